"use client";

import { memo, useEffect, useRef, type RefObject } from "react";
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

  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    const markOf = (event: Event) => (event.target instanceof Element ? event.target.closest<HTMLElement>("mark[data-claim-ids]") : null);
    const open = (mark: HTMLElement) => {
      const ids = (mark.dataset.claimIds ?? "").split(" ").filter(Boolean);
      if (ids.length > 0) onOpenRef.current(ids, mark);
    };
    const onClick = (event: MouseEvent) => {
      const mark = markOf(event);
      if (!mark) return;
      const selection = window.getSelection();
      if (selection && !selection.isCollapsed) return; // selecting text, not opening
      open(mark);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== "Enter" && event.key !== " ") return;
      const mark = markOf(event);
      if (!mark || mark !== event.target) return;
      event.preventDefault();
      open(mark);
    };
    root.addEventListener("click", onClick);
    root.addEventListener("keydown", onKeyDown);
    return () => {
      root.removeEventListener("click", onClick);
      root.removeEventListener("keydown", onKeyDown);
    };
  }, []);

  useHighlightStates(rootRef, activeClaimId, matchingClaimIds, html);

  return <ArticleHtml rootRef={rootRef} html={html} />;
}

/** Memoised so that no state change of the reader ever touches the article's DOM. */
const ArticleHtml = memo(function ArticleHtml({ rootRef, html }: { rootRef: RefObject<HTMLDivElement | null>; html: string }) {
  return <div className="article-text" ref={rootRef} dangerouslySetInnerHTML={{ __html: html }} />;
});
