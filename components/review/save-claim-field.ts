"use client";

import type { TClaimRow } from "@/domain/schemas/api/wire";
import type { ClaimVersion, FieldVersion } from "./claim-version";

/**
 * One try of a claim write, as `callApi` answers it for the claim routes the editor's fields save through
 * (updateClaim, rateClaim, resizeClaim, splitClaim): each answers a stale version with 409 and the claim stored now
 * (`current`), the rating route also with this user's stored rating (`conflictContext`).
 */
type SaveAttempt<T, X> = { ok: true; data: T } | { ok: false; code: string; message: string; current: TClaimRow | null; conflictContext: X | null };

/** What a refused save found on the server. */
export interface ClaimConflict<X> {
  current: TClaimRow;
  context: X | null;
}

export type FieldSaveResult<T, X> = { ok: true; data: T } | { ok: false; conflict: ClaimConflict<X> | null; message: string };

/**
 * Saves one field of a claim at the version the field last saw. A 409 whose current claim still
 * holds this field's base value (someone changed another field, or this user's other field) is
 * safe to retry at the current version; any other 409 comes back as a conflict to merge.
 */
export async function saveClaimField<T, X = Record<string, never>>(options: {
  claim: ClaimVersion;
  version: FieldVersion;
  /** The typed call (`callApi`) at this version. */
  send: (version: number) => Promise<SaveAttempt<T, X>>;
  /** Whether the server's copy of this field is still what this field last saw. */
  unchangedOnServer: (conflict: ClaimConflict<X>) => boolean;
  versionOf: (data: T) => number;
}): Promise<FieldSaveResult<T, X>> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const result = await options.claim.queue(() => options.send(options.version.get()));
    if (result.ok) {
      options.version.set(options.versionOf(result.data));
      return { ok: true, data: result.data };
    }
    if (result.code !== "CONFLICT" || !result.current) return { ok: false, conflict: null, message: result.message };
    const conflict = { current: result.current, context: result.conflictContext };
    if (!options.unchangedOnServer(conflict)) return { ok: false, conflict, message: "someone else saved first; compare below." };
    options.version.set(result.current.version);
  }
  return { ok: false, conflict: null, message: "the claim keeps changing; try again in a moment." };
}
