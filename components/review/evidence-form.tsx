"use client";

import { forwardRef, useEffect, useImperativeHandle, useRef, useState, type FormEvent } from "react";
import { BibliographyPicker } from "./bibliography-picker";
import { EMPTY_DETAILS, EvidenceDetailFields, type EvidenceDetails } from "./evidence-detail-fields";
import { focusFirstInvalid } from "./focus-first-invalid";
import { callApi, newIdempotencyKey, type FieldErrors } from "@/components/api/api-client";
import { checkEvidenceDetails } from "@/domain/ratings/evidence-details-check";
import { EMPTY_SOURCE, SourceLookup, type LookupOutcome, type SourceFields } from "./source-lookup";
import { RestoredNotice } from "./restored-notice";
import { useLocalDraft } from "./use-local-draft";

interface EvidenceFormProps {
  claimId: string;
  onAdded: () => void;
}

export interface EvidenceFormHandle {
  focus: () => void;
}

/**
 * Attach a source with its finding, stance and design. Compact: one paste field first (DOI, PMID, URL, BibTeX, RIS:
 * looked up on paste); the source's own fields, typing a source by hand and the bibliography stay folded until needed;
 * the finding, stance and design appear once there is a source. Ctrl+Enter adds the item.
 */
export const EvidenceForm = forwardRef<EvidenceFormHandle, EvidenceFormProps>(function EvidenceForm({ claimId, onAdded }, ref) {
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [sourceId, setSourceId] = useState("");
  const [source, setSource] = useState<SourceFields>(EMPTY_SOURCE);
  const [details, setDetails] = useState<EvidenceDetails>(EMPTY_DETAILS);
  const [lookupKey, setLookupKey] = useState(0);
  const [sourceCitation, setSourceCitation] = useState("");
  /** The source's fields are shown: typed by hand, or a lookup that could not fill them. */
  const [byHand, setByHand] = useState(false);
  /** One key per evidence item being added: a double submit or a retry after a lost answer adds it once. */
  const attempt = useRef<string | null>(null);
  const running = useRef(false);
  const EMPTY_FORM = { sourceId: "", source: EMPTY_SOURCE, details: EMPTY_DETAILS };
  const draft = useLocalDraft(`${claimId}:evidence`, { sourceId, source, details }, 0, (kept) => {
    setSourceId(kept.sourceId);
    setSource(kept.source);
    setDetails(kept.details);
  });
  useImperativeHandle(ref, () => ({
    focus: () => {
      formRef.current?.scrollIntoView({ block: "nearest" });
      formRef.current?.querySelector<HTMLElement>("#evidence-identifier")?.focus();
    },
  }));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (running.current) return;
    // Nothing chosen yet is named here, with the API's own messages, instead of being sent.
    const checked = checkEvidenceDetails(details);
    if (!checked.ok) {
      setErrors(checked.fieldErrors);
      setMessage("Some fields are not valid.");
      return;
    }
    const body = {
      ...(sourceId
        ? { sourceId }
        : {
            source: {
              title: source.title,
              authors: source.authors
                .split(/;|\n/)
                .map((a) => a.trim())
                .filter(Boolean),
              container: source.container,
              year: source.year.trim() ? Number(source.year) : null,
              doi: source.doi,
              pmid: source.pmid,
              url: source.url,
              volume: source.volume,
              issue: source.issue,
              pages: source.pages,
              publisher: source.publisher,
            },
          }),
      ...checked.details,
    };
    running.current = true;
    setBusy(true);
    attempt.current ??= newIdempotencyKey();
    const result = await callApi("addEvidence", { params: { id: claimId }, body, idempotencyKey: attempt.current });
    running.current = false;
    setBusy(false);
    if (!result.ok) {
      // A refused body will be changed before the next try: that is a new request.
      if (result.status !== 0) attempt.current = null;
      setErrors(result.fieldErrors);
      setMessage(result.message);
      if (Object.keys(result.fieldErrors).some((key) => key.startsWith("source"))) setByHand(true);
      return;
    }
    attempt.current = null;
    draft.confirm(EMPTY_FORM);
    setErrors({});
    setMessage(null);
    setSource(EMPTY_SOURCE);
    setDetails(EMPTY_DETAILS);
    setSourceId("");
    setByHand(false);
    setLookupKey((k) => k + 1);
    onAdded();
  }

  /** A field to focus once the render that shows it is committed (after a lookup the finding appears and takes the cursor). */
  const [focusNext, setFocusNext] = useState<string | null>(null);
  useEffect(() => {
    if (!focusNext) return;
    formRef.current?.querySelector<HTMLElement>(`#${focusNext}`)?.focus();
    setFocusNext(null);
  }, [focusNext]);
  const focusField = setFocusNext;
  // Refused: the first field named takes the cursor (once the render that marks it is committed).
  useEffect(() => {
    if (Object.keys(errors).length > 0) focusFirstInvalid(formRef.current);
  }, [errors]);

  function looked(outcome: LookupOutcome) {
    if (outcome === "error") return;
    if (outcome === "offline") {
      // The identifier is kept but the title and the rest are for the reviewer to fill in.
      setByHand(true);
      focusField("evidence-title");
    } else focusField("evidence-finding");
  }

  const hasSource = sourceId !== "" || source.title.trim() !== "" || byHand || details.finding !== "";
  const sourceSummary = [source.title, source.container, source.year].filter((part) => part.trim()).join(" · ");

  const sourceField = (name: keyof SourceFields, label: string, type = "text") => {
    const key = `source.${name}`;
    return (
      <div className="field">
        <label htmlFor={`evidence-${name}`}>{label}</label>
        <input
          id={`evidence-${name}`}
          type={type}
          value={source[name]}
          onChange={(e) => setSource({ ...source, [name]: e.target.value })}
          aria-invalid={errors[key] ? true : undefined}
          aria-describedby={errors[key] ? `evidence-${name}-error` : name === "authors" ? "evidence-authors-hint" : undefined}
        />
        {name === "authors" && (
          <span className="hint" id="evidence-authors-hint">
            Separate authors with semicolons: Luo G; Ducy P
          </span>
        )}
        {errors[key] && (
          <span className="field-error" id={`evidence-${name}-error`}>
            {errors[key].join(" ")}
          </span>
        )}
      </div>
    );
  };

  return (
    <form
      ref={formRef}
      className="evidence-form card"
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => {
        if (e.key === "Enter" && (e.ctrlKey || e.metaKey) && hasSource) {
          e.preventDefault();
          formRef.current?.requestSubmit();
        }
      }}
      noValidate
      aria-labelledby="evidence-heading"
    >
      <h4 id="evidence-heading" className="visually-hidden">
        Add evidence
      </h4>
      {draft.restored && <RestoredNotice onDismiss={draft.dismiss} detail="check it, then add it." />}
      {message && (
        <p className="form-error" role="alert">
          {message}
        </p>
      )}
      {/* Disabled while saving: what is typed during a save would be cleared when the form resets after it. */}
      <fieldset className="plain-fieldset" disabled={busy} aria-busy={busy}>
        {sourceId ? (
          <p className="chosen-source">
            From the bibliography: {sourceCitation || "the chosen source"}{" "}
            <button type="button" className="link-button" onClick={() => setSourceId("")}>
              Use another source
            </button>
          </p>
        ) : (
          <SourceLookup key={lookupKey} onResolved={setSource} onLooked={looked} />
        )}
        <div className="evidence-folds">
        {!sourceId && (
            <details className="source-fields" open={byHand} onToggle={(e) => setByHand(e.currentTarget.open)}>
              <summary>{sourceSummary ? `Source: ${sourceSummary}` : "Type the source by hand"}</summary>
              <fieldset>
                <legend>Source</legend>
                {sourceField("title", "Title")}
                {sourceField("authors", "Authors")}
                {sourceField("container", "Journal or site")}
                {sourceField("volume", "Volume")}
                {sourceField("issue", "Issue")}
                {sourceField("pages", "Pages")}
                {sourceField("publisher", "Publisher")}
                {sourceField("year", "Year", "number")}
                {sourceField("doi", "DOI")}
                {sourceField("pmid", "PMID")}
                {sourceField("url", "URL", "url")}
              </fieldset>
            </details>
        )}
        <details className="bibliography-fold">
          <summary>Reuse a source from the bibliography</summary>
          <BibliographyPicker
            value={sourceId}
            onChange={(id, citation) => {
              setSourceId(id);
              setSourceCitation(citation);
            }}
          />
        </details>
        </div>
        {hasSource && (
          <>
            <EvidenceDetailFields idPrefix="evidence" value={details} onChange={setDetails} errors={errors} />
            <button type="submit" className="button small" aria-keyshortcuts="Control+Enter">
              {busy ? "Adding…" : "Add evidence"}
            </button>
          </>
        )}
      </fieldset>
    </form>
  );
});
