"use client";

import { useCallback, useMemo, useState } from "react";
import type { ReaderClaim } from "@/domain/overlay/reader-model";
import type { WorkspaceModel, WorkspaceRating } from "@/domain/overlay/workspace-model";
import type { Verdict } from "@/domain/ratings/scale";

/** The claim row the create-claim route answers with (the fields the workspace shows). */
export interface CreatedClaim {
  id: string;
  start: number;
  end: number;
  exact: string;
  restatement: string;
  verdict: Verdict | null;
  checkable: boolean;
  version: number;
  /** The maker's own rating, when the claim was made with a verdict (select, rate, done). */
  rating?: WorkspaceRating;
}

/**
 * A claim just created is shown at once (listed, highlighted, open in the editor) from the
 * create route's answer, without waiting for the page data to be refreshed: on a long article
 * that refresh takes seconds. A claim is shown this way only over the model it was created on:
 * the next model loaded (the refresh after the creation) has it, or it was deleted since.
 */
export function usePendingClaims(loaded: WorkspaceModel) {
  const [pending, setPending] = useState<Array<{ claim: CreatedClaim; over: WorkspaceModel }>>([]);
  const add = useCallback((claim: CreatedClaim) => setPending((current) => [...current.filter((p) => p.over === loaded && p.claim.id !== claim.id), { claim, over: loaded }]), [loaded]);

  const model = useMemo(() => {
    const known = new Set(loaded.claims.map((c) => c.id));
    const waiting = pending.filter((p) => p.over === loaded && !known.has(p.claim.id)).map((p) => p.claim);
    if (waiting.length === 0) return loaded;
    const shown: ReaderClaim[] = waiting.map((c) => ({
      id: c.id,
      start: c.start,
      end: c.end,
      quote: c.exact,
      restatement: c.restatement || c.exact,
      verdict: c.verdict,
      rationale: "",
      tags: [],
      section: "article",
      orphaned: false,
      evidence: [],
    }));
    const claims = [...loaded.claims, ...shown].sort((a, b) => a.start - b.start || b.end - a.end);
    const claimExtras = { ...loaded.claimExtras };
    for (const c of waiting) claimExtras[c.id] = { version: c.version, checkable: c.checkable, ratings: c.rating ? [c.rating] : [] };
    return { ...loaded, claims, claimExtras };
  }, [loaded, pending]);

  return { model, addPendingClaim: add };
}
