"use client";

import { memo, useCallback, useEffect, useMemo, useRef, type MouseEvent, type RefObject } from "react";
import type { TBlock } from "@/domain/schemas/review";
import { segmentBlocks, type SegmentedBlock } from "@/domain/overlay/segment-blocks";
import { claimsAtOffset } from "@/domain/overlay/claims-at-offset";
import { ArticleText, type HighlightClaim } from "@/components/overlay/article-text";
import { offsetAtPoint } from "./selection-offsets";
import { useClaimHighlights, useHighlightApi, useScrollToClaim, type HighlightedClaim } from "./use-claim-highlights";

export interface WorkspaceArticleClaim extends HighlightedClaim {
  restatement: string;
  orphaned: boolean;
}

interface WorkspaceArticleProps {
  text: string;
  blocks: SegmentedBlock[];
  claims: readonly WorkspaceArticleClaim[];
  activeClaimId: string | null;
  onOpenClaim: (claimIds: string[]) => void;
}

/**
 * The article in the reviewer workspace. Its text is rendered once, one element per block
 * holding one text node (data-start: the block's offset in the canonical text), and is not
 * rendered again while claims come and go, the active claim changes or the reviewer types:
 * claims are drawn over it with the CSS Custom Highlight API, a click in the text opens the
 * innermost claim under it, and off-screen blocks are skipped by `content-visibility: auto`
 * (reader.css). Browsers without the Highlight API get the article cut into <mark> pieces
 * (ArticleText), re-rendered when the claims change. Claims are reached by keyboard through
 * the claim list, j/k and the sentence cursor.
 */
export function WorkspaceArticle({ text, blocks, claims, activeClaimId, onOpenClaim }: WorkspaceArticleProps) {
  const highlightApi = useHighlightApi();
  const rootRef = useRef<HTMLDivElement>(null);
  const located = useMemo(() => claims.filter((claim) => !claim.orphaned), [claims]);
  useClaimHighlights(rootRef, text, located, activeClaimId, highlightApi);
  useScrollToClaim(rootRef, located, activeClaimId);
  const onOpenRef = useRef(onOpenClaim);
  const locatedRef = useRef(located);
  useEffect(() => {
    onOpenRef.current = onOpenClaim;
    locatedRef.current = located;
  });
  const openClaimAt = useOpenClaimAtClick(locatedRef, onOpenRef);

  // Without the Highlight API: the article cut at the current claims (those just created included).
  const marked = useMemo(() => {
    if (highlightApi) return null;
    const labels = new Map<string, HighlightClaim>(located.map((claim) => [claim.id, { id: claim.id, verdict: claim.verdict, label: claim.restatement }]));
    return { labels, blocks: segmentBlocks(blocks.map((b) => b.block), located) };
  }, [highlightApi, blocks, located]);

  if (marked) {
    return (
      <div ref={rootRef}>
        <ArticleText text={text} blocks={marked.blocks} claims={marked.labels} activeClaimId={activeClaimId} onOpenClaim={(ids) => onOpenClaim(ids)} />
      </div>
    );
  }

  return <PlainArticle text={text} blocks={blocks} rootRef={rootRef} onClick={openClaimAt} />;
}

/**
 * A click that only places the caret (no selection) in a highlighted claim opens it, the
 * innermost first. Stable: reads the latest claims and handler from refs.
 */
function useOpenClaimAtClick(claimsRef: { current: readonly WorkspaceArticleClaim[] }, onOpenRef: { current: (ids: string[]) => void }) {
  return useCallback(
    (event: MouseEvent<HTMLDivElement>) => {
      const selection = window.getSelection();
      if (selection && !selection.isCollapsed) return; // selecting text, not opening a claim
      const offset = offsetAtPoint(event.clientX, event.clientY);
      if (offset === null) return;
      const ids = claimsAtOffset(claimsRef.current, offset);
      if (ids.length > 0) onOpenRef.current(ids);
    },
    [claimsRef, onOpenRef],
  );
}

interface PlainArticleProps {
  text: string;
  blocks: SegmentedBlock[];
  rootRef: RefObject<HTMLDivElement | null>;
  onClick: (event: MouseEvent<HTMLDivElement>) => void;
}

/** Same text and same blocks: after a save refreshes the page data, the article is not rendered again (the ref and handler are stable). */
function sameArticle(a: PlainArticleProps, b: PlainArticleProps): boolean {
  if (a.text !== b.text || a.blocks.length !== b.blocks.length || a.rootRef !== b.rootRef || a.onClick !== b.onClick) return false;
  return a.blocks.every(({ block }, i) => {
    const other = b.blocks[i]!.block;
    return block.start === other.start && block.end === other.end && block.kind === other.kind;
  });
}

/** Each commit of the article's text bumps data-renders on its root (the end-to-end tests read it: typing never re-renders the article). */
function useRenderCount(rootRef: RefObject<HTMLElement | null>) {
  const count = useRef(0);
  useEffect(() => {
    count.current += 1;
    if (rootRef.current) rootRef.current.dataset.renders = String(count.current);
  });
}

const PlainArticle = memo(function PlainArticle({ text, blocks, rootRef, onClick }: PlainArticleProps) {
  useRenderCount(rootRef);
  return (
    <div className="article-text highlighted-article" ref={rootRef} onClick={onClick}>
      {blocks.map(({ block }, index) => (
        <Block key={`${block.start}-${index}`} block={block} content={text.slice(block.start, block.end)} />
      ))}
    </div>
  );
}, sameArticle);

function Block({ block, content }: { block: TBlock; content: string }) {
  const at = { "data-start": block.start, "data-block-start": block.start };
  switch (block.kind) {
    case "heading":
      return <h2 {...at}>{content}</h2>;
    case "comments_heading":
      return <h2 {...at} className="comments-heading">{content}</h2>;
    case "quote":
      return <blockquote {...at}>{content}</blockquote>;
    case "list_item":
      return <p {...at} className="list-item">{content}</p>;
    case "comment":
      return <p {...at} className="comment">{content}</p>;
    default:
      return <p {...at}>{content}</p>;
  }
}
