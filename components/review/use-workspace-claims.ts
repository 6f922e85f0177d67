"use client";

import { useCallback, useMemo, useState } from "react";
import type { WorkspaceClaim, WorkspaceModel } from "@/domain/overlay/workspace-model";

/** What a claim's own save tells the list: the stored claim's version and the fields it may have changed. */
export type ClaimChange = { id: string; version: number } & Partial<Pick<WorkspaceClaim, "start" | "end" | "quote" | "restatement" | "verdict" | "checkable" | "evidenceCount">>;

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
 * was read before the save), and over the page data it was changed on (a change of its evidence
 * count leaves the version as it was); page data loaded later at the same version wins. A created claim is shown over the page data it was created on: the
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
      if (!mine || !showsOver(mine, claim, loaded)) return claim;
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
        const shown = mine && (!fromPage || showsOver(mine, fromPage, loaded)) ? mine.claim : fromPage;
        if (!shown || shown.version > change.version) return current;
        const next: WorkspaceClaim = { ...shown, ...change, restatement: change.restatement === undefined ? shown.restatement : change.restatement || (change.quote ?? shown.quote) };
        if ((Object.keys(next) as (keyof WorkspaceClaim)[]).every((key) => next[key] === shown[key])) return current;
        // A claim of the page is changed over this page data; a created one stays tied to the data it was created on.
        return new Map(current).set(change.id, { claim: next, over: fromPage ? loaded : (mine?.over ?? loaded) });
      }),
    [loaded],
  );

  return { claims, addClaim, changeClaim };
}

/** Whether this user's copy of a claim is newer than the page data's. */
function showsOver(mine: LocalClaim, fromPage: WorkspaceClaim, loaded: WorkspaceModel): boolean {
  return mine.claim.version > fromPage.version || (mine.claim.version === fromPage.version && mine.over === loaded);
}
