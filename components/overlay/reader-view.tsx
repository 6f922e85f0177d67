"use client";

import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import type { ReaderClaimDetails, ReaderPageModel } from "@/domain/overlay/reader-model";
import type { Verdict } from "@/domain/ratings/scale";
import { verdictLabel } from "@/components/ui/verdict-badge";
import { ArticleBody } from "./article-body";
import { revealClaim } from "./claim-anchor";
import { ClaimDialog } from "./claim-dialog";
import { ClaimList } from "./claim-list";
import { ScorecardPanel } from "./scorecard-panel";
import { UnlocatedClaimsNotice } from "./unlocated-claims-notice";
import { useClaimKeys } from "./use-claim-keys";
import { VerdictLegend } from "./verdict-legend";

interface ReaderViewProps {
  /** Download links for every export format, rendered on the server. */
  exportMenu?: ReactNode;
  model: ReaderPageModel;
  /** The article with its highlights as HTML, rendered on the server (domain/overlay/article-html.ts). */
  articleHtml: string;
  summary: ReactNode;
}

/** A claim's fetched details, or why they could not be fetched; none yet while loading. */
export type DetailsState = { status: "loaded"; details: ReaderClaimDetails } | { status: "failed"; message: string };

/**
 * The published review: scorecard, the annotated article, the claim list, and the claim
 * detail in a dialog (a side panel on wide screens, a bottom sheet on phones). Escape closes
 * the dialog and focus returns to the highlight or list item that opened it; j / k walk
 * through the claims; `#claim-<id>` opens a claim on arrival. A claim's rationale and evidence
 * are fetched when it is opened (GET /api/articles/<slug>/published-claims/<id>, cached on
 * the server) and kept for the page's lifetime.
 */
export function ReaderView({ model, articleHtml, summary, exportMenu }: ReaderViewProps) {
  const [filter, setFilter] = useState<Verdict | null>(null);
  const [openIds, setOpenIds] = useState<string[]>([]);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const rootRef = useRef<HTMLDivElement>(null);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const triggerRef = useRef<HTMLElement | null>(null);
  const activeIdRef = useRef<string | null>(null);
  useEffect(() => {
    activeIdRef.current = activeId;
  }, [activeId]);

  const claimsById = useMemo(() => new Map(model.claims.map((c) => [c.id, c])), [model.claims]);
  const [details, setDetails] = useState<ReadonlyMap<string, DetailsState>>(() => new Map());
  const requested = useRef(new Set<string>());
  /** Fetches a claim's details once (again after a failure); until they arrive the dialog says it is loading. */
  const loadDetails = useCallback(
    (id: string) => {
      if (requested.current.has(id)) return;
      requested.current.add(id);
      const settle = (state: DetailsState) => setDetails((previous) => new Map(previous).set(id, state));
      const failed = (message: string) => {
        requested.current.delete(id);
        settle({ status: "failed", message });
      };
      fetch(`/api/articles/${encodeURIComponent(model.slug)}/published-claims/${encodeURIComponent(id)}`, { headers: { Accept: "application/json" } })
        .then(async (response) => {
          if (response.ok) settle({ status: "loaded", details: (await response.json()) as ReaderClaimDetails });
          else failed(response.status === 404 ? "This claim is no longer part of the published review: reload the page." : "The evidence could not be loaded. Try again in a moment.");
        })
        .catch(() => failed("The evidence could not be loaded. Check your connection and try again."));
    },
    [model.slug],
  );
  const matching = useMemo(() => (filter ? new Set(model.claims.filter((c) => c.verdict === filter).map((c) => c.id)) : null), [filter, model.claims]);
  /** The highlighted claims the keys and the dialog's previous / next walk through. */
  const navigable = useMemo(
    () => (matching ? model.readingOrder.filter((id) => matching.has(id)) : model.readingOrder),
    [matching, model.readingOrder],
  );
  const unlocated = useMemo(() => model.unlocatedIds.map((id) => claimsById.get(id)).filter((c) => c !== undefined), [model.unlocatedIds, claimsById]);
  const weakest = useMemo(
    () =>
      model.scorecard.weakestFirst
        .map((id) => claimsById.get(id))
        .filter((c) => c !== undefined)
        .filter((c) => c.verdict === "contradicted" || c.verdict === "unsupported" || c.verdict === "mixed")
        .slice(0, 3),
    [model.scorecard.weakestFirst, claimsById],
  );

  const showClaim = useCallback((ids: string[], trigger: HTMLElement | null, preferred?: string | null) => {
    if (ids.length === 0) return;
    const chosen = preferred && ids.includes(preferred) ? preferred : ids[0]!;
    triggerRef.current = trigger;
    setOpenIds(ids);
    setActiveId(chosen);
    activeIdRef.current = chosen;
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    history.replaceState(null, "", `#claim-${chosen}`);
  }, []);

  /** From a highlight: the claims covering it, with the claim reached by j / k chosen first. */
  const openFromHighlight = useCallback((ids: string[], trigger: HTMLElement) => showClaim(ids, trigger, activeIdRef.current), [showClaim]);

  const openOne = useCallback(
    (id: string, trigger: HTMLElement | null) => {
      if (!claimsById.get(id)?.orphaned) revealClaim(id, true);
      showClaim([id], trigger);
    },
    [claimsById, showClaim],
  );

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
      if (!id || !claimsById.has(id) || (dialogRef.current?.open && activeIdRef.current === id)) return;
      const anchor = claimsById.get(id)?.orphaned ? document.querySelector<HTMLElement>(`[data-unlocated-claim-id="${CSS.escape(id)}"] button`) : revealClaim(id);
      showClaim([id], anchor);
    };
    openFromHash();
    window.addEventListener("hashchange", openFromHash);
    return () => window.removeEventListener("hashchange", openFromHash);
  }, [claimsById, showClaim]);

  // Hydrated: highlights answer clicks and keys from here on (the benchmark and tests wait for it).
  useEffect(() => {
    rootRef.current?.setAttribute("data-ready", "true");
    performance.mark("claimcheck:reader-interactive");
  }, []);

  /** Moves to the next or previous highlighted claim: in the article (focus) or, with the dialog open, in the dialog. */
  const step = useCallback(
    (direction: 1 | -1) => {
      if (navigable.length === 0) return;
      const current = activeIdRef.current ? navigable.indexOf(activeIdRef.current) : -1;
      const index = current < 0 ? (direction === 1 ? 0 : navigable.length - 1) : Math.min(navigable.length - 1, Math.max(0, current + direction));
      const id = navigable[index]!;
      const claim = claimsById.get(id);
      const anchor = revealClaim(id);
      setActiveId(id);
      activeIdRef.current = id;
      if (dialogRef.current?.open) {
        triggerRef.current = anchor;
        setOpenIds([id]);
        history.replaceState(null, "", `#claim-${id}`);
        return;
      }
      if (anchor) {
        if (anchor.tabIndex < 0) anchor.setAttribute("tabindex", "-1");
        anchor.focus({ preventScroll: true });
      }
      setAnnouncement(`Claim ${index + 1} of ${navigable.length}, ${verdictLabel(claim?.verdict ?? null)}: ${claim?.restatement ?? ""}. Press Enter to open.`);
    },
    [navigable, claimsById],
  );
  useClaimKeys(step);

  const shown = openIds.map((id) => claimsById.get(id)).filter((c) => c !== undefined);
  const current = shown.find((c) => c.id === activeId) ?? shown[0];
  const currentId = current?.id;
  useEffect(() => {
    if (currentId) loadDetails(currentId);
  }, [currentId, loadDetails]);
  const position = current && !current.orphaned && navigable.includes(current.id) ? { index: navigable.indexOf(current.id), count: navigable.length } : null;

  return (
    <div className="reader" ref={rootRef}>
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
          {exportMenu}
        </p>
      </header>
      <ScorecardPanel scorecard={model.scorecard} summary={summary} weakest={weakest} filter={filter} onFilter={setFilter} onOpenClaim={openOne} />
      <VerdictLegend />
      <UnlocatedClaimsNotice claims={unlocated} onOpenClaim={(id, trigger) => showClaim([id], trigger)} />
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      <div className="reader-columns">
        <div className={filter ? "article-column dimmed" : "article-column"}>
          <ArticleBody html={articleHtml} activeClaimId={activeId} matchingClaimIds={matching} onOpenClaim={openFromHighlight} />
        </div>
        <aside className="rail">
          <ClaimList claims={model.claims} filter={filter} activeClaimId={activeId} onSelect={openOne} />
        </aside>
      </div>
      <ClaimDialog
        dialogRef={dialogRef}
        claims={shown}
        current={current}
        details={current ? details.get(current.id) : undefined}
        position={position}
        onChoose={(id) => {
          setActiveId(id);
          history.replaceState(null, "", `#claim-${id}`);
        }}
        onStep={step}
        onClose={close}
      />
    </div>
  );
}
