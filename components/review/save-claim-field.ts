"use client";

import { sendJson, type SendResult } from "./send-json";
import type { ClaimVersion, FieldVersion } from "./claim-version";

export interface ClaimConflictDetails {
  current: { version: number } & Record<string, unknown>;
  [extra: string]: unknown;
}

export type FieldSaveResult<T> = { ok: true; data: T } | { ok: false; conflict: ClaimConflictDetails | null; message: string };

/**
 * Saves one field of a claim at the version the field last saw. A 409 whose current claim still
 * holds this field's base value (someone changed another field, or this user's other field) is
 * safe to retry at the current version; any other 409 comes back as a conflict to merge.
 */
export async function saveClaimField<T>(options: {
  claim: ClaimVersion;
  version: FieldVersion;
  method: "PUT" | "PATCH" | "POST";
  url: string;
  body: (version: number) => unknown;
  /** Whether the server's copy of this field is still what this field last saw. */
  unchangedOnServer: (details: ClaimConflictDetails) => boolean;
  versionOf: (data: T) => number;
}): Promise<FieldSaveResult<T>> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const result: SendResult<T> = await options.claim.queue(() => sendJson<T>(options.method, options.url, options.body(options.version.get())));
    if (result.ok) {
      options.version.set(options.versionOf(result.data));
      return { ok: true, data: result.data };
    }
    if (result.code !== "CONFLICT") return { ok: false, conflict: null, message: result.message };
    const details = result.details as ClaimConflictDetails | null;
    if (!details?.current) return { ok: false, conflict: null, message: result.message };
    if (!options.unchangedOnServer(details)) return { ok: false, conflict: details, message: "someone else saved first; compare below." };
    options.version.set(details.current.version);
  }
  return { ok: false, conflict: null, message: "the claim keeps changing; try again in a moment." };
}
