"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { callApi } from "@/components/api/api-client";

/**
 * Deletes one imported review after a second click ("Delete" then "Confirm delete"), then
 * reloads the list. Importing its feed again brings the review back.
 */
export function DeleteExternalReviewButton({ reviewId, claimText }: { reviewId: string; claimText: string }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState("");

  async function remove() {
    setBusy(true);
    setError("");
    const result = await callApi("deleteExternalReview", { params: { id: reviewId } });
    setBusy(false);
    if (!result.ok) return setError(result.message);
    setConfirming(false);
    router.refresh();
  }

  const label = claimText.length > 60 ? `${claimText.slice(0, 57)}…` : claimText;
  return (
    <div className="status-controls">
      {confirming ? (
        <>
          <button type="button" className="button danger" disabled={busy} onClick={() => void remove()} aria-label={`Confirm delete: ${label}`}>
            Confirm delete
          </button>
          <button type="button" className="button secondary" disabled={busy} onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </>
      ) : (
        <button type="button" className="button secondary" onClick={() => setConfirming(true)} aria-label={`Delete: ${label}`}>
          Delete
        </button>
      )}
      {error && (
        <span className="form-error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
