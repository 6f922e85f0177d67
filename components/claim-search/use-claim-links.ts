"use client";

import { useEffect, useState } from "react";
import { callApi } from "@/components/api/api-client";
import type { TLinkedClaim } from "@/domain/schemas/claim-links";

export type ClaimLinksState = { status: "loading" } | { status: "ready"; links: TLinkedClaim[] } | { status: "failed"; message: string };

/** The claims linked to this one ("same claim as"), GET /api/claims/[id]/links; loaded again when `refresh` moves. */
export function useClaimLinks(claimId: string, refresh: number): ClaimLinksState {
  const [state, setState] = useState<ClaimLinksState>({ status: "loading" });
  useEffect(() => {
    const controller = new AbortController();
    void callApi("listClaimLinks", { params: { id: claimId }, signal: controller.signal }).then((result) => {
      if (controller.signal.aborted) return;
      setState(result.ok ? { status: "ready", links: result.data.links } : { status: "failed", message: result.message });
    });
    return () => controller.abort();
  }, [claimId, refresh]);
  return state;
}
