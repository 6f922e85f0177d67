"use client";

import { memo, useEffect, useRef, type KeyboardEvent, type MouseEvent, type RefObject } from "react";
import { useHighlightStates } from "./use-highlight-states";

interface ArticleBodyProps {
  /** The annotated article, rendered and escaped on the server (domain/overlay/article-html.ts). */
  html: string;
  activeClaimId: string | null;
  matchingClaimIds: ReadonlySet<string> | null;
  onOpenClaim: (claimIds: string[], trigger: HTMLElement) => void;
}

/**
 * The published article with its highlights: the same <mark> markup as ArticleText, but
 * inserted as ready HTML and never hydrated piece by piece. One click and one keydown
 * listener on the container stand for the thousands of highlights (Enter, Space or a click
 * on a mark opens its claims); the active claim and the filter only toggle classes.
 */
export function ArticleBody({ html, activeClaimId, matchingClaimIds, onOpenClaim }: ArticleBodyProps) {
  const rootRef = useRef<HTMLDivElement>(null);
  const onOpenRef = useRef(onOpenClaim);
  useEffect(() => {
    onOpenRef.current = onOpenClaim;
  }, [onOpenClaim]);

  useHighlightStates(rootRef, activeClaimId, matchingClaimIds, html);

  return <ArticleHtml rootRef={rootRef} html={html} onOpenRef={onOpenRef} />;
}

const markOf = (target: EventTarget) => (target instanceof Element ? target.closest<HTMLElement>("mark[data-claim-ids]") : null);

function openMark(mark: HTMLElement, onOpen: ArticleBodyProps["onOpenClaim"]) {
  const ids = (mark.dataset.claimIds ?? "").split(" ").filter(Boolean);
  if (ids.length > 0) onOpen(ids, mark);
}

/** Memoised so that no state change of the reader ever touches the article's DOM. */
const ArticleHtml = memo(function ArticleHtml({ rootRef, html, onOpenRef }: { rootRef: RefObject<HTMLDivElement | null>; html: string; onOpenRef: RefObject<ArticleBodyProps["onOpenClaim"]> }) {
  // React's own (delegated) handlers rather than listeners added after hydration: a click or an
  // Enter that arrives while the page is still hydrating is replayed by React, not lost.
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const mark = markOf(event.target);
    if (!mark) return;
    const selection = window.getSelection();
    if (selection && !selection.isCollapsed) return; // selecting text, not opening
    openMark(mark, onOpenRef.current);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== "Enter" && event.key !== " ") return;
    const mark = markOf(event.target);
    if (!mark || mark !== event.target) return;
    event.preventDefault();
    openMark(mark, onOpenRef.current);
  };
  return <div className="article-text" ref={rootRef} onClick={onClick} onKeyDown={onKeyDown} dangerouslySetInnerHTML={{ __html: html }} />;
});
