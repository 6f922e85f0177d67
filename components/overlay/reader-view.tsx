"use client";

import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { ReaderModel } from "@/domain/overlay/reader-model";
import type { Verdict } from "@/domain/ratings/scale";
import { ClaimDetail } from "@/components/claims/claim-detail";
import { ArticleText, type HighlightClaim } from "./article-text";
import { ClaimList } from "./claim-list";
import { ScorecardPanel } from "./scorecard-panel";
import { VerdictLegend } from "./verdict-legend";

interface ReaderViewProps {
  model: ReaderModel;
  summary: ReactNode;
  rationales: Record<string, ReactNode>;
}

/**
 * The published review: scorecard, the annotated article, the claim list, and the claim
 * detail in a dialog (a side panel on wide screens, a bottom sheet on phones). Escape closes
 * the dialog and focus returns to the highlight or list item that opened it.
 */
export function ReaderView({ model, summary, rationales }: ReaderViewProps) {
  const [filter, setFilter] = useState<Verdict | null>(null);
  const [openIds, setOpenIds] = useState<string[]>([]);
  const [activeId, setActiveId] = useState<string | null>(null);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const triggerRef = useRef<HTMLElement | null>(null);

  const claimsById = useMemo(() => new Map(model.claims.map((c) => [c.id, c])), [model.claims]);
  const highlights = useMemo(
    () => new Map<string, HighlightClaim>(model.claims.map((c) => [c.id, { id: c.id, verdict: c.verdict, label: c.restatement }])),
    [model.claims],
  );
  const matching = useMemo(() => (filter ? new Set(model.claims.filter((c) => c.verdict === filter).map((c) => c.id)) : null), [filter, model.claims]);

  const openClaims = useCallback((ids: string[], trigger: HTMLElement | null) => {
    if (ids.length === 0) return;
    triggerRef.current = trigger;
    setOpenIds(ids);
    setActiveId(ids[0]!);
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    history.replaceState(null, "", `#claim-${ids[0]}`);
  }, []);

  const close = useCallback(() => dialogRef.current?.close(), []);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const onClose = () => {
      setOpenIds([]);
      history.replaceState(null, "", window.location.pathname + window.location.search);
      triggerRef.current?.focus();
    };
    dialog.addEventListener("close", onClose);
    return () => dialog.removeEventListener("close", onClose);
  }, []);

  // Deep links: /articles/<slug>#claim-<id> opens that claim, on arrival and when the hash changes.
  useEffect(() => {
    const openFromHash = () => {
      const match = /^#claim-(.+)$/.exec(window.location.hash);
      const id = match?.[1] ? decodeURIComponent(match[1]) : null;
      if (!id || !claimsById.has(id)) return;
      const highlight = document.getElementById(`claim-${id}`);
      highlight?.scrollIntoView({ block: "center" });
      openClaims([id], highlight);
    };
    openFromHash();
    window.addEventListener("hashchange", openFromHash);
    return () => window.removeEventListener("hashchange", openFromHash);
  }, [claimsById, openClaims]);

  const shown = openIds.map((id) => claimsById.get(id)).filter((c) => c !== undefined);
  const current = shown.find((c) => c.id === activeId) ?? shown[0];

  return (
    <div className="reader">
      <header className="reader-header">
        <p className="eyebrow">Claim review</p>
        <h1>{model.title}</h1>
        <p className="hint">
          {model.author && <>By {model.author} · </>}
          {model.sourceUrl && (
            <>
              <a href={model.sourceUrl} rel="noopener noreferrer nofollow">
                Original article
              </a>{" "}
              ·{" "}
            </>
          )}
          <a href={`/api/articles/${model.slug}/export?format=json`}>Download review (JSON)</a>
        </p>
      </header>
      <ScorecardPanel scorecard={model.scorecard} summary={summary} filter={filter} onFilter={setFilter} />
      <VerdictLegend />
      <div className="reader-columns">
        <div className={filter ? "article-column dimmed" : "article-column"}>
          <ArticleText text={model.text} blocks={model.blocks} claims={highlights} activeClaimId={activeId} matchingClaimIds={matching} onOpenClaim={openClaims} />
        </div>
        <aside className="rail">
          <ClaimList
            claims={model.claims}
            filter={filter}
            activeClaimId={activeId}
            onSelect={(id, trigger) => {
              document.getElementById(`claim-${id}`)?.scrollIntoView({ block: "center", behavior: "smooth" });
              openClaims([id], trigger);
            }}
          />
        </aside>
      </div>
      <dialog ref={dialogRef} className="claim-dialog" aria-labelledby={current ? `claim-heading-${current.id}` : undefined}>
        <div className="dialog-bar">
          {shown.length > 1 && (
            <div role="group" aria-label="Overlapping claims here">
              {shown.map((claim, index) => (
                <button key={claim.id} type="button" className="filter-chip" aria-pressed={claim.id === current?.id} onClick={() => setActiveId(claim.id)}>
                  Claim {index + 1}
                </button>
              ))}
            </div>
          )}
          <button type="button" className="button secondary close-button" onClick={close}>
            Close
          </button>
        </div>
        {current && <ClaimDetail claim={current} headingId={`claim-heading-${current.id}`} rationale={rationales[current.id]} />}
      </dialog>
    </div>
  );
}
