"use client";

import { useState } from "react";
import { callApi } from "@/components/api/api-client";

interface ClaimLinkButtonProps {
  claimId: string;
  otherClaimId: string;
  articleTitle: string;
  linked: boolean;
  /** The link was made or removed: reload the links, with a message. */
  onChanged: (message: string) => void;
}

/** "Same claim as": links this claim to a match, or removes the link (the undo). */
export function ClaimLinkButton({ claimId, otherClaimId, articleTitle, linked, onChanged }: ClaimLinkButtonProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const act = async () => {
    setBusy(true);
    setError(null);
    if (linked) {
      const result = await callApi("unlinkClaim", { params: { id: claimId, otherClaimId } });
      setBusy(false);
      if (!result.ok) return setError(result.message);
      onChanged(result.data.removed ? `Unlinked from “${articleTitle}”.` : "Those claims were not linked.");
    } else {
      const result = await callApi("linkClaim", { params: { id: claimId }, body: { toClaimId: otherClaimId } });
      setBusy(false);
      if (!result.ok) return setError(result.message);
      onChanged(result.data.created ? `Linked as the same claim as in “${articleTitle}”.` : `Already linked to the claim in “${articleTitle}”.`);
    }
  };
  return (
    <>
      <button type="button" onClick={() => void act()} disabled={busy} aria-label={linked ? `Unlink from the claim in “${articleTitle}”` : `Link as the same claim as in “${articleTitle}”`}>
        {linked ? (busy ? "Unlinking…" : "Unlink") : busy ? "Linking…" : "Same claim: link"}
      </button>
      {error && <p role="alert">{error}</p>}
    </>
  );
}
