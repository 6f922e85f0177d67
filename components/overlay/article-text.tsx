"use client";

import type { KeyboardEvent, MouseEvent } from "react";
import type { SegmentedBlock } from "@/domain/overlay/segment-blocks";
import type { Verdict } from "@/domain/ratings/scale";
import { verdictLabel } from "@/components/ui/verdict-badge";

export interface HighlightClaim {
  id: string;
  verdict: Verdict | null;
  label: string;
}

interface ArticleTextProps {
  text: string;
  blocks: SegmentedBlock[];
  claims: ReadonlyMap<string, HighlightClaim>;
  activeClaimId?: string | null;
  matchingClaimIds?: ReadonlySet<string> | null;
  onOpenClaim?: (claimIds: string[], trigger: HTMLElement) => void;
}

/**
 * The article with its claims highlighted. Every piece of text carries its offset
 * (data-start) so a selection maps back to the canonical text; each highlight is a <mark>
 * with data-claim-id and data-verdict. The first piece of each claim is focusable, and
 * Enter or a click opens it.
 */
export function ArticleText({ text, blocks, claims, activeClaimId, matchingClaimIds, onOpenClaim }: ArticleTextProps) {
  const firstPieceSeen = new Set<string>();
  const open = (event: MouseEvent<HTMLElement> | KeyboardEvent<HTMLElement>, ids: string[]) => {
    if (!onOpenClaim) return;
    const selection = window.getSelection();
    if (event.type === "click" && selection && !selection.isCollapsed) return; // selecting text, not opening
    onOpenClaim(ids, event.currentTarget);
  };

  const renderBlock = ({ block, segments }: SegmentedBlock, index: number) => {
    const children = segments.map((segment) => {
      const pieceText = text.slice(segment.start, segment.end);
      const innermost = segment.claimIds[0];
      if (!innermost) return <span key={segment.start} data-start={segment.start}>{pieceText}</span>;
      const claim = claims.get(innermost);
      const verdict = claim?.verdict ?? null;
      const isFirstPiece = !firstPieceSeen.has(innermost);
      firstPieceSeen.add(innermost);
      const classes = ["claim"];
      if (segment.claimIds.length > 1) classes.push("overlap");
      if (segment.claimIds.includes(activeClaimId ?? "")) classes.push("active");
      if (matchingClaimIds && segment.claimIds.some((id) => matchingClaimIds.has(id))) classes.push("match");
      return (
        <mark
          key={segment.start}
          id={isFirstPiece ? `claim-${innermost}` : undefined}
          className={classes.join(" ")}
          data-start={segment.start}
          data-claim-id={innermost}
          data-claim-ids={segment.claimIds.join(" ")}
          data-verdict={verdict ?? "unrated"}
          tabIndex={isFirstPiece ? 0 : -1}
          role={isFirstPiece ? "button" : undefined}
          aria-label={isFirstPiece ? `${verdictLabel(verdict)} claim: ${claim?.label ?? pieceText}` : undefined}
          onClick={(event) => open(event, segment.claimIds)}
          onKeyDown={(event) => {
            if (event.key === "Enter" || event.key === " ") {
              event.preventDefault();
              open(event, segment.claimIds);
            }
          }}
        >
          {pieceText}
        </mark>
      );
    });
    const key = `${block.start}-${index}`;
    switch (block.kind) {
      case "heading":
        return <h2 key={key} data-block-start={block.start}>{children}</h2>;
      case "comments_heading":
        return <h2 key={key} className="comments-heading" data-block-start={block.start}>{children}</h2>;
      case "quote":
        return <blockquote key={key} data-block-start={block.start}>{children}</blockquote>;
      case "list_item":
        return <p key={key} className="list-item" data-block-start={block.start}>{children}</p>;
      case "comment":
        return <p key={key} className="comment" data-block-start={block.start}>{children}</p>;
      default:
        return <p key={key} data-block-start={block.start}>{children}</p>;
    }
  };

  return <div className="article-text">{blocks.map(renderBlock)}</div>;
}
