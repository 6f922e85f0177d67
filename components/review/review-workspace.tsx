"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { WorkspaceClaimDetails, WorkspaceModel } from "@/domain/overlay/workspace-model";
import { publishProblems } from "@/domain/ratings/publish-readiness";
import { VERDICTS, type Verdict } from "@/domain/ratings/scale";
import { ClaimEditor, type ClaimEditorHandle } from "./claim-editor";
import { ClaimList } from "./claim-list";
import { HelpOverlay } from "./help-overlay";
import { SentenceCursor, useArticleSentences } from "./sentence-cursor";
import { placeUnder, SelectionPopover, selectionRect, type PopoverPlace } from "./selection-popover";
import { SuggestionsPanel } from "./suggestions-panel";
import { WorkflowBar } from "./workflow-bar";
import { WorkspaceArticle } from "./workspace-article";
import { selectionToOffsets } from "./selection-offsets";
import { callApi, newIdempotencyKey } from "@/components/api/api-client";
import { useWorkspaceShortcuts } from "./use-workspace-shortcuts";
import { useLeaveWarning } from "./use-local-draft";
import { useClaimDetails } from "./use-claim-details";
import { useWorkspaceClaims, type ClaimChange } from "./use-workspace-claims";
import type { CreatedClaim } from "./created-claim";

interface ReviewWorkspaceProps {
  model: WorkspaceModel;
  viewerEmail: string;
  /** The viewer's display name, as their ratings carry it (the publish checklist counts reviewers by name). */
  viewerName: string;
  canPublish: boolean;
  canEdit: boolean;
  /** The editor's note when the review was last sent back to its reviewers. */
  sendBackNote?: string | null;
}

/** Keys 5…1 are the verdict scale from Supported to Contradicted. */
const VERDICT_OF_KEY: Record<string, Verdict> = { "5": VERDICTS[0], "4": VERDICTS[1], "3": VERDICTS[2], "2": VERDICTS[3], "1": VERDICTS[4], "0": VERDICTS[5] };

/** The reviewer's three areas: claim list, the article (select text or step through sentences to make claims), the selected claim's editor. */
export function ReviewWorkspace({ model, viewerEmail, viewerName, canPublish, canEdit, sendBackNote = null }: ReviewWorkspaceProps) {
  const router = useRouter();
  const { claims, addClaim, changeClaim } = useWorkspaceClaims(model);
  const articleRef = useRef<HTMLDivElement>(null);
  const articleColumnRef = useRef<HTMLElement>(null);
  const editorRef = useRef<ClaimEditorHandle>(null);
  const [selectedId, setSelectedId] = useState<string | null>(claims[0]?.id ?? null);
  const [selection, setSelection] = useState<{ start: number; end: number } | null>(null);
  const [status, setStatus] = useState("");
  const [deletedId, setDeletedId] = useState<string | null>(null);
  const [sentenceIndex, setSentenceIndex] = useState(0);
  const [showSuggestions, setShowSuggestions] = useState(false);
  const [helpOpen, setHelpOpen] = useState(false);
  /** A claim is being created: the buttons and keys that create one wait for it (no double claims). */
  const [creating, setCreating] = useState(false);
  const creatingRef = useRef(false);
  /** The verdict popover at a selection (or, from the keyboard, at the sentence cursor). */
  const [popover, setPopover] = useState<{ span: { start: number; end: number }; place: PopoverPlace; fromKeyboard: boolean } | null>(null);
  /** A claim just made with a verdict: its rationale field takes the focus when it opens. */
  const [focusRationaleOf, setFocusRationaleOf] = useState<string | null>(null);
  /** Reviewers who rated in this session, before the page data was read again. */
  const [newRaters, setNewRaters] = useState<readonly string[]>([]);
  useLeaveWarning();

  const onDetailsFetched = useCallback(
    (details: WorkspaceClaimDetails) =>
      changeClaim({ id: details.id, version: details.version, start: details.start, end: details.end, quote: details.quote, restatement: details.restatement, verdict: details.verdict, checkable: details.checkable, evidenceCount: details.evidence.length }),
    [changeClaim],
  );
  const { state: detailsState, seed: seedDetails, reload: reloadDetails } = useClaimDetails(selectedId, onDetailsFetched);
  // New page data (after a merge, a span change, accepted suggestions…): the open claim is read again too.
  const firstModel = useRef(model);
  useEffect(() => {
    if (model !== firstModel.current) reloadDetails();
  }, [model, reloadDetails]);

  const { sentences, complete: sentencesComplete, all: allSentences } = useArticleSentences(model.text, model.blocks);
  const selected = claims.find((c) => c.id === selectedId) ?? null;
  const order = useMemo(() => claims.filter((c) => !c.orphaned).map((c) => c.id), [claims]);
  const missing = useMemo(
    () =>
      publishProblems({
        claims: claims.map((c) => ({ verdict: c.verdict, checkable: c.checkable, evidenceCount: c.evidenceCount })),
        summary: model.summary,
        reviewerCount: new Set([...model.reviewerNames, ...newRaters]).size,
      }),
    [claims, model.summary, model.reviewerNames, newRaters],
  );

  /** A restatement or rating saved: the list takes the stored claim from the route's answer; without one, the claim is read again. */
  const onClaimSaved = useCallback(
    (change?: ClaimChange) => {
      if (!change) return reloadDetails();
      changeClaim(change);
      if (change.verdict !== undefined) setNewRaters((names) => (names.includes(viewerName) ? names : [...names, viewerName]));
    },
    [changeClaim, reloadDetails, viewerName],
  );
  const onEvidenceChanged = useCallback(
    (message: string) => {
      setStatus(message);
      setDeletedId(null);
      reloadDetails();
    },
    [reloadDetails],
  );

  const refresh = (message?: string, selectId?: string) => {
    if (message !== undefined) {
      setStatus(message);
      setDeletedId(null);
    }
    if (selectId) setSelectedId(selectId);
    router.refresh();
  };

  const popoverTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const captureSelection = () => {
    if (!articleRef.current) return;
    setSelection(selectionToOffsets(articleRef.current));
    // The popover waits for the end of a double or triple click (which selects a word or a paragraph) before it opens.
    clearTimeout(popoverTimer.current);
    popoverTimer.current = setTimeout(() => {
      const offsets = articleRef.current ? selectionToOffsets(articleRef.current) : null;
      const rect = offsets && canEdit ? selectionRect() : null;
      const column = articleColumnRef.current;
      // A popover opened from the keyboard (v) stays until it is used or closed.
      setPopover((open) => (rect && offsets && column ? { span: offsets, place: placeUnder(rect, column), fromKeyboard: false } : open?.fromKeyboard ? open : null));
    }, 350);
  };
  const hidePopover = () => {
    clearTimeout(popoverTimer.current);
    setPopover(null);
  };

  /** `v`: the verdict popover for the selection, or else for the sentence at the cursor. */
  function openPopoverFromKeyboard() {
    const span = spanToUse();
    const column = articleColumnRef.current;
    if (!span || !column || !articleRef.current) return;
    let rect = selection ? selectionRect() : null;
    if (!rect) {
      const pieces = [...articleRef.current.querySelectorAll<HTMLElement>("[data-start]")];
      rect = (pieces.filter((piece) => Number(piece.dataset.start) <= span.start).pop() ?? pieces[0])?.getBoundingClientRect() ?? null;
    }
    if (rect) setPopover({ span, place: placeUnder(rect, column), fromKeyboard: true });
  }

  async function createClaim(span: { start: number; end: number }, checkable: boolean, verdict?: Verdict) {
    if (creatingRef.current) return;
    creatingRef.current = true;
    setCreating(true);
    setStatus(checkable ? "Creating the claim…" : "Marking the span not checkable…");
    const result = await callApi("createClaim", { params: { slug: model.slug }, body: { ...span, checkable, ...(verdict ? { verdict } : {}) }, idempotencyKey: newIdempotencyKey() });
    creatingRef.current = false;
    setCreating(false);
    if (!result.ok) {
      setStatus(`Couldn't create the claim: ${result.message}`);
      return;
    }
    window.getSelection()?.removeAllRanges();
    setSelection(null);
    setPopover(null);
    showCreated(verdict ? { ...result.data, rating: { reviewerEmail: viewerEmail, reviewerName: viewerName, verdict, confidence: 3, rationale: "" } } : result.data);
    if (verdict) {
      setFocusRationaleOf(result.data.id);
      setNewRaters((names) => (names.includes(viewerName) ? names : [...names, viewerName]));
    }
    setStatus(verdict ? "Claim created and rated. Write why in the rationale, then add evidence." : checkable ? "Claim created. Write its restatement and add evidence." : "Marked not checkable.");
    setDeletedId(null);
    setSelectedId(result.data.id);
  }

  /** A claim just created is listed, highlighted and opened from the create route's answer: nothing else is read again. */
  function showCreated(created: CreatedClaim) {
    const restatement = created.restatement || created.exact;
    addClaim({
      id: created.id,
      start: created.start,
      end: created.end,
      quote: created.exact,
      restatement,
      verdict: created.verdict,
      tags: [],
      section: "article",
      orphaned: false,
      version: created.version,
      checkable: created.checkable,
      evidenceCount: 0,
    });
    seedDetails({ id: created.id, version: created.version, start: created.start, end: created.end, quote: created.exact, checkable: created.checkable, restatement, verdict: created.verdict, rationale: "", ratings: created.rating ? [created.rating] : [], evidence: [] });
  }

  const spanToUse = () => {
    if (selection) return selection;
    const sentence = (sentenceIndex < sentences.length ? sentences : allSentences())[sentenceIndex];
    return sentence ? { start: sentence.start, end: sentence.end } : null;
  };

  function moveSentence(index: number) {
    const every = index < sentences.length ? sentences : allSentences();
    const bounded = Math.max(0, Math.min(every.length - 1, index));
    setSentenceIndex(bounded);
    const target = every[bounded];
    if (!target || !articleRef.current) return;
    const pieces = articleRef.current.querySelectorAll<HTMLElement>("[data-start]");
    let found: HTMLElement | null = null;
    for (const piece of pieces) {
      if (Number(piece.dataset.start) <= target.start) found = piece;
      else break;
    }
    found?.scrollIntoView({ block: "nearest" });
  }

  async function deleteSelected() {
    if (!selected) return;
    const id = selected.id;
    const result = await callApi("deleteClaim", { params: { id } });
    if (!result.ok) {
      setStatus(`Couldn't delete the claim: ${result.message}`);
      return;
    }
    const position = order.indexOf(id);
    setSelectedId(order[position + 1] ?? order[position - 1] ?? null);
    setStatus("Claim deleted.");
    setDeletedId(id);
    router.refresh();
  }

  async function undoDelete() {
    if (!deletedId) return;
    const result = await callApi("restoreClaim", { body: { claimId: deletedId } });
    if (!result.ok) {
      setStatus(`Couldn't undo: ${result.message}`);
      return;
    }
    setDeletedId(null);
    refresh("Claim restored.", result.data.id);
  }

  function step(delta: number) {
    if (order.length === 0) return;
    const position = selectedId ? order.indexOf(selectedId) : -1;
    const next = order[(position + delta + order.length) % order.length]!;
    setSelectedId(next);
    document.getElementById(`claim-row-${next}`)?.scrollIntoView({ block: "nearest" });
  }

  useWorkspaceShortcuts((action, key) => {
    switch (action) {
      case "nextClaim":
        return step(1);
      case "previousClaim":
        return step(-1);
      case "nextSentence":
        return moveSentence(sentenceIndex + 1);
      case "previousSentence":
        return moveSentence(sentenceIndex - 1);
      case "createClaim":
      case "notCheckable": {
        const span = canEdit ? spanToUse() : null;
        if (span) void createClaim(span, action === "createClaim");
        return;
      }
      case "openEvidence":
        return editorRef.current?.focusEvidence();
      case "verdict":
      case "verdictNotCheckable": {
        const verdict = VERDICT_OF_KEY[key];
        if (verdict && canEdit) editorRef.current?.setVerdict(verdict);
        return;
      }
      case "suggest":
        if (canEdit) setShowSuggestions(true);
        return;
      case "delete":
        if (canEdit) void deleteSelected();
        return;
      case "undo":
        void undoDelete();
        return;
      case "help":
        setHelpOpen((open) => !open);
        return;
      case "rateSelection":
        if (canEdit) openPopoverFromKeyboard();
        return;
    }
  });

  return (
    <div className="workspace">
      <header className="workspace-header">
        <h1>{model.title}</h1>
        <WorkflowBar slug={model.slug} status={model.status} canPublish={canPublish} canEdit={canEdit} missing={missing} sendBackNote={sendBackNote} onChanged={() => router.refresh()} />
        {canEdit && <Link href={`/review/${model.slug}/revisions`}>Revisions and re-import</Link>}
      </header>
      <div className="workspace-toolbar">
        {canEdit && (
          <button type="button" className="button secondary" onClick={() => setShowSuggestions(true)} aria-keyshortcuts="s">
            Suggest claims
          </button>
        )}
        <button type="button" className="button secondary" onClick={() => setHelpOpen(true)} aria-keyshortcuts="?">
          Keyboard shortcuts <kbd>?</kbd>
        </button>
        <p className="status-line" id="workspace-status" role="status" aria-live="polite">
          {status}
          {deletedId && (
            <>
              {" "}
              <button type="button" className="link-button" onClick={() => void undoDelete()}>
                Undo
              </button>
            </>
          )}
        </p>
      </div>
      <div className="workspace-columns">
        <ClaimList
          claims={claims}
          selectedId={selectedId}
          canEdit={canEdit}
          onSelect={setSelectedId}
          onMerged={(message, id) => refresh(message, id)}
        />
        <section className="workspace-article" aria-label="Article text" ref={articleColumnRef}>
          {showSuggestions && canEdit && (
            <SuggestionsPanel
              slug={model.slug}
              onAccepted={(count) => refresh(`${count} suggestion${count === 1 ? "" : "s"} accepted as claims.`)}
              onClose={() => setShowSuggestions(false)}
            />
          )}
          {canEdit && (
            <div className="selection-toolbar">
              <button type="button" className="button" disabled={!selection || creating} onClick={() => selection && void createClaim(selection, true)} aria-keyshortcuts="c">
                Create claim from selection
              </button>
              <button type="button" className="button secondary" disabled={!selection || creating} onClick={() => selection && void createClaim(selection, false)} aria-keyshortcuts="x">
                Mark selection not checkable
              </button>
              <span className="hint">{selection ? `${selection.end - selection.start} characters selected` : "Select text in the article, then create a claim."}</span>
              <SentenceCursor sentences={sentenceIndex < sentences.length ? sentences : allSentences()} complete={sentencesComplete} index={sentenceIndex} onMove={moveSentence} disabled={!canEdit} onCreate={() => {
                const s = (sentenceIndex < sentences.length ? sentences : allSentences())[sentenceIndex];
                if (s) void createClaim({ start: s.start, end: s.end }, true);
              }} />
            </div>
          )}
          <div ref={articleRef} onMouseDown={hidePopover} onMouseUp={captureSelection} onKeyUp={captureSelection} onTouchEnd={captureSelection}>
            <WorkspaceArticle text={model.text} blocks={model.blocks} claims={claims} activeClaimId={selectedId} onOpenClaim={(ids) => setSelectedId(ids[0] ?? null)} />
          </div>
          {popover && canEdit && (
            <SelectionPopover
              place={popover.place}
              length={popover.span.end - popover.span.start}
              busy={creating}
              focusFirst={popover.fromKeyboard}
              onRate={(verdict) => void createClaim(popover.span, true, verdict)}
              onClaim={() => void createClaim(popover.span, true)}
              onClose={() => setPopover(null)}
            />
          )}
        </section>
        <section className="workspace-editor" aria-label="Selected claim">
          {selected && detailsState.kind === "ready" ? (
            <ClaimEditor
              key={selected.id}
              ref={editorRef}
              claim={selected}
              details={detailsState.details}
              text={model.text}
              viewerEmail={viewerEmail}
              canEdit={canEdit}
              focusRationale={focusRationaleOf === selected.id}
              onSpanChanged={refresh}
              onClaimSaved={onClaimSaved}
              onEvidenceChanged={onEvidenceChanged}
              onDelete={() => void deleteSelected()}
            />
          ) : selected && detailsState.kind === "failed" ? (
            <div className="claim-loading" role="alert">
              <p className="form-error">Couldn&apos;t open the claim: {detailsState.message}</p>
              <button type="button" className="button secondary" onClick={reloadDetails}>
                Try again
              </button>
            </div>
          ) : selected ? (
            <div className="claim-loading" role="status" aria-busy="true" data-testid="claim-loading">
              <blockquote className="claim-quote" title={selected.quote}>
                “{selected.quote}”
              </blockquote>
              <p className="hint">Loading the claim…</p>
            </div>
          ) : (
            <p className="hint empty-state">
              {claims.length === 0 ? "Make a claim from the article to start: select text, or use the sentence cursor, or Suggest claims." : "Choose a claim from the list or the article."}
            </p>
          )}
        </section>
      </div>
      <HelpOverlay open={helpOpen} onClose={() => setHelpOpen(false)} />
    </div>
  );
}
