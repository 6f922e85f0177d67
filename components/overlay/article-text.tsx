"use client";

import { memo, useEffect, useRef, type KeyboardEvent, type MouseEvent } from "react";
import type { SegmentedBlock } from "@/domain/overlay/segment-blocks";
import type { Verdict } from "@/domain/ratings/scale";
import { pieceLabel } from "@/domain/overlay/article-html";
import { useHighlightStates } from "./use-highlight-states";

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
 * with data-claim-id (the innermost claim), data-claim-ids (all claims covering the piece,
 * innermost first) and data-verdict. The first piece of each claim is focusable, and Enter or
 * a click opens it (with a chooser when several claims cover the piece).
 *
 * The marks are rendered once (on the server for the reader page) and never re-rendered when
 * the active claim or the filter changes: those only toggle classes, so a review with
 * thousands of claims stays responsive.
 */
export function ArticleText({ text, blocks, claims, activeClaimId, matchingClaimIds, onOpenClaim }: ArticleTextProps) {
  const rootRef = useRef<HTMLDivElement>(null);
  const onOpenRef = useRef(onOpenClaim);
  useEffect(() => {
    onOpenRef.current = onOpenClaim;
  }, [onOpenClaim]);

  useHighlightStates(rootRef, activeClaimId, matchingClaimIds, blocks);

  return (
    <div className="article-text" ref={rootRef}>
      <ArticleBlocks text={text} blocks={blocks} claims={claims} onOpenRef={onOpenRef} />
    </div>
  );
}

interface ArticleBlocksProps {
  text: string;
  blocks: SegmentedBlock[];
  claims: ReadonlyMap<string, HighlightClaim>;
  onOpenRef: { current: ArticleTextProps["onOpenClaim"] };
}

const ArticleBlocks = memo(function ArticleBlocks({ text, blocks, claims, onOpenRef }: ArticleBlocksProps) {
  const firstPieceSeen = new Set<string>();
  const open = (event: MouseEvent<HTMLElement> | KeyboardEvent<HTMLElement>) => {
    const handler = onOpenRef.current;
    if (!handler) return;
    const selection = window.getSelection();
    if (event.type === "click" && selection && !selection.isCollapsed) return; // selecting text, not opening
    const ids = (event.currentTarget.dataset.claimIds ?? "").split(" ").filter(Boolean);
    handler(ids, event.currentTarget);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === "Enter" || event.key === " ") {
      event.preventDefault();
      open(event);
    }
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
      const others = segment.claimIds.slice(1);
      const outerVerdict = others.length > 0 ? (claims.get(others[0]!)?.verdict ?? "unrated") : undefined;
      const label = isFirstPiece ? pieceLabel(segment.claimIds, claims, pieceText) : undefined;
      return (
        <mark
          key={segment.start}
          id={isFirstPiece ? `claim-${innermost}` : undefined}
          className={others.length > 0 ? "claim overlap" : "claim"}
          data-start={segment.start}
          data-claim-id={innermost}
          data-claim-ids={segment.claimIds.join(" ")}
          data-verdict={verdict ?? "unrated"}
          data-outer-verdict={outerVerdict}
          tabIndex={isFirstPiece ? 0 : -1}
          role={isFirstPiece ? "button" : undefined}
          aria-label={label}
          onClick={open}
          onKeyDown={onKeyDown}
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

  return <>{blocks.map(renderBlock)}</>;
});
