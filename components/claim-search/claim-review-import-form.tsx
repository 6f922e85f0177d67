"use client";

import { useState } from "react";
import type { TClaimReviewImportResult } from "@/domain/schemas/external-reviews";
import { callApi } from "@/components/api/api-client";

const MAX_FILE_BYTES = 6 * 1024 * 1024;
const SHOWN_PROBLEMS = 20;

/**
 * Upload another fact-checker's ClaimReview feed (JSON-LD, or a DataFeed as Google's Fact Check
 * Markup Tool exports): their reviews become matches in "Checked before" and on /claims, shown
 * with their name and rating, never as our verdict.
 */
export function ClaimReviewImportForm() {
  const [file, setFile] = useState<File | null>(null);
  const [message, setMessage] = useState("");
  const [error, setError] = useState("");
  const [skipped, setSkipped] = useState<TClaimReviewImportResult["skipped"]>([]);
  const [busy, setBusy] = useState(false);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setError("");
    setSkipped([]);
    setMessage("");
    if (!file) return setError("Choose a ClaimReview feed (.json or .jsonld).");
    if (file.size > MAX_FILE_BYTES) return setError("The file is over 6 MB.");
    let document: unknown;
    try {
      document = JSON.parse(await file.text());
    } catch {
      return setError("This file is not JSON: choose a JSON-LD ClaimReview feed.");
    }
    setBusy(true);
    setMessage("Importing…");
    const result = await callApi("importExternalReviews", { body: document });
    setBusy(false);
    if (!result.ok) {
      setMessage("");
      return setError(result.message);
    }
    const { created, updated, unchanged } = result.data;
    setMessage(`Imported ${created} new, updated ${updated}, ${unchanged} unchanged; skipped ${result.data.skipped.length}.`);
    setSkipped(result.data.skipped);
  }

  return (
    <form className="import-form card" onSubmit={(event) => void submit(event)} aria-label="Import other fact-checkers' reviews">
      <div className="field">
        <label htmlFor="claim-review-file">Import other fact-checkers&apos; reviews (ClaimReview feed)</label>
        <input id="claim-review-file" type="file" accept="application/json,application/ld+json,.json,.jsonld" onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
        <span className="hint">JSON-LD ClaimReview items or a schema.org DataFeed of them. Importing the same feed again updates, never duplicates.</span>
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="button secondary" disabled={busy}>
        Import feed
      </button>{" "}
      <span className="hint" role="status">
        {message}
      </span>
      {skipped.length > 0 && (
        <ul className="import-skipped" aria-label="Skipped items">
          {skipped.slice(0, SHOWN_PROBLEMS).map((item) => (
            <li key={item.index}>
              Item {item.index} ({item.path}): {item.reasons.join(" ")}
            </li>
          ))}
          {skipped.length > SHOWN_PROBLEMS && <li>… and {skipped.length - SHOWN_PROBLEMS} more.</li>}
        </ul>
      )}
    </form>
  );
}
