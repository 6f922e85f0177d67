"use client";

import { useCallback, useMemo, useState } from "react";
import type { WorkspaceClaim, WorkspaceModel } from "@/domain/overlay/workspace-model";

/** What a claim's own save tells the list: the stored claim's version and the fields it may have changed. */
export type ClaimChange = { id: string; version: number } & Partial<Pick<WorkspaceClaim, "restatement" | "verdict" | "checkable" | "evidenceCount">>;

interface LocalClaim {
  claim: WorkspaceClaim;
  /** The page data it was made or changed over. */
  over: WorkspaceModel;
}

/**
 * The workspace's claims: the page's summaries, with this user's own changes applied from the
 * routes' answers (a claim created, a restatement or verdict saved) without reloading the page
 * data, which on a long article takes seconds. A changed claim keeps every other claim's object,
 * so the list redraws one row.
 *
 * A changed claim is shown over any page data that holds an older version of it (a reload that
 * was read before the save). A created claim is shown over the page data it was created on: the
 * next data loaded (a reload after a merge, a deletion…) has it, or it was deleted since.
 */
export function useWorkspaceClaims(loaded: WorkspaceModel) {
  const [local, setLocal] = useState<ReadonlyMap<string, LocalClaim>>(() => new Map());

  const addClaim = useCallback((claim: WorkspaceClaim) => setLocal((current) => new Map(current).set(claim.id, { claim, over: loaded })), [loaded]);

  const claims = useMemo(() => {
    if (local.size === 0) return loaded.claims;
    const known = new Set<string>();
    let changed = false;
    const merged = loaded.claims.map((claim) => {
      known.add(claim.id);
      const mine = local.get(claim.id);
      if (!mine || mine.claim.version < claim.version) return claim;
      changed = true;
      return mine.claim;
    });
    const created = [...local.values()].filter((entry) => entry.over === loaded && !known.has(entry.claim.id)).map((entry) => entry.claim);
    if (created.length === 0) return changed ? merged : loaded.claims;
    return [...merged, ...created].sort((a, b) => a.start - b.start || b.end - a.end);
  }, [loaded, local]);

  /** Applies one claim's saved change (from its route's answer) to the list; an answer older than what is shown is ignored. */
  const changeClaim = useCallback(
    (change: ClaimChange) =>
      setLocal((current) => {
        const mine = current.get(change.id);
        const fromPage = loaded.claims.find((claim) => claim.id === change.id);
        const shown = mine && (!fromPage || mine.claim.version >= fromPage.version) ? mine.claim : fromPage;
        if (!shown || shown.version > change.version) return current;
        const next: WorkspaceClaim = { ...shown, ...change, restatement: change.restatement === undefined ? shown.restatement : change.restatement || shown.quote };
        if ((Object.keys(next) as (keyof WorkspaceClaim)[]).every((key) => next[key] === shown[key])) return current;
        return new Map(current).set(change.id, { claim: next, over: mine?.over ?? loaded });
      }),
    [loaded],
  );

  return { claims, addClaim, changeClaim };
}
