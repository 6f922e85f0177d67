"use client";

import { useEffect, useState } from "react";
import { ZCheckedBeforeResponse, type TCheckedBeforeMatch } from "@/domain/schemas/checked-before";

export type CheckedBeforeState = { status: "loading" } | { status: "ready"; matches: TCheckedBeforeMatch[] } | { status: "failed"; message: string };

/** Waits this long after the claim's wording last changed before searching. */
const DEBOUNCE_MS = 400;

/** Earlier reviews of a claim (GET /api/claims/[id]/similar), searched again when its wording changes. */
export function useCheckedBefore(claimId: string, wording: string, refresh: number): CheckedBeforeState {
  const [state, setState] = useState<CheckedBeforeState>({ status: "loading" });
  useEffect(() => {
    const controller = new AbortController();
    setState({ status: "loading" });
    const timer = setTimeout(() => {
      fetch(`/api/claims/${encodeURIComponent(claimId)}/similar`, { signal: controller.signal })
        .then(async (response) => {
          if (!response.ok) throw new Error(`The search answered ${response.status}.`);
          const parsed = ZCheckedBeforeResponse.safeParse(await response.json());
          if (!parsed.success) throw new Error("The search answered something unexpected.");
          setState({ status: "ready", matches: parsed.data.matches });
        })
        .catch((error: unknown) => {
          if (controller.signal.aborted) return;
          setState({ status: "failed", message: error instanceof Error ? error.message : "The search failed." });
        });
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [claimId, wording, refresh]);
  return state;
}
