"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { WorkspaceClaimDetails } from "@/domain/overlay/workspace-model";
import { callApi } from "@/components/api/api-client";

export type ClaimDetailsState = { kind: "ready"; details: WorkspaceClaimDetails } | { kind: "loading" } | { kind: "failed"; message: string } | { kind: "none" };

/**
 * The open claim's details (rationale, ratings, evidence with citations), which the workspace
 * page does not carry: fetched when a claim is opened (GET /api/claims/<id>) and forgotten when
 * it is closed, so a claim opened again shows what the server holds then. A claim just created
 * is seeded from the create route's answer (no request). `reload` fetches the open claim again
 * (after its evidence changed) and keeps the old details on screen meanwhile, so the editor
 * is not remounted and nothing typed is lost. `onFetched` hears every fetched copy (the list
 * takes the claim's restatement and verdict from it).
 */
export function useClaimDetails(openId: string | null, onFetched: (details: WorkspaceClaimDetails) => void) {
  const [cache, setCache] = useState<ReadonlyMap<string, WorkspaceClaimDetails>>(() => new Map());
  /** The same map, read by the effects and callbacks (every write goes through `write`). */
  const cacheRef = useRef(cache);
  const [failure, setFailure] = useState<{ id: string; message: string } | null>(null);
  const openRef = useRef(openId);
  const onFetchedRef = useRef(onFetched);
  useEffect(() => {
    openRef.current = openId;
    onFetchedRef.current = onFetched;
  });
  /** The latest request per claim: an older answer arriving late never replaces a newer one. */
  const requests = useRef(new Map<string, number>());

  const write = useCallback((change: (current: ReadonlyMap<string, WorkspaceClaimDetails>) => ReadonlyMap<string, WorkspaceClaimDetails>) => {
    cacheRef.current = change(cacheRef.current);
    setCache(cacheRef.current);
  }, []);

  const fetchDetails = useCallback(
    async (id: string) => {
      const ticket = (requests.current.get(id) ?? 0) + 1;
      requests.current.set(id, ticket);
      setFailure((f) => (f?.id === id ? null : f));
      const result = await callApi("getWorkspaceClaim", { params: { id } });
      if (requests.current.get(id) !== ticket || openRef.current !== id) return;
      if (!result.ok) {
        setFailure({ id, message: result.message });
        return;
      }
      write((current) => new Map(current).set(id, result.data));
      onFetchedRef.current(result.data);
    },
    [write],
  );

  useEffect(() => {
    openRef.current = openId;
    // A closed claim is forgotten, so opening it again reads it afresh.
    if ([...cacheRef.current.keys()].some((id) => id !== openId)) write((current) => new Map([...current].filter(([id]) => id === openId)));
    if (openId && !cacheRef.current.has(openId)) void fetchDetails(openId);
  }, [openId, fetchDetails, write]);

  const seed = useCallback((details: WorkspaceClaimDetails) => write((current) => new Map(current).set(details.id, details)), [write]);
  const reload = useCallback(() => {
    if (openRef.current) void fetchDetails(openRef.current);
  }, [fetchDetails]);

  const details = openId ? cache.get(openId) : undefined;
  const state: ClaimDetailsState = !openId
    ? { kind: "none" }
    : details
      ? { kind: "ready", details }
      : failure?.id === openId
        ? { kind: "failed", message: failure.message }
        : { kind: "loading" };
  return { state, seed, reload };
}
