"use client";

import { useEffect, useState } from "react";
import { callApi } from "@/components/api/api-client";
import type { TCheckedBeforeMatch, TExternalReviewMatch } from "@/domain/schemas/checked-before";

export type CheckedBeforeState =
  | { status: "loading" }
  | { status: "ready"; matches: TCheckedBeforeMatch[]; external: TExternalReviewMatch[] }
  | { status: "failed"; message: string };

/** Waits this long after the claim's wording last changed before searching. */
const DEBOUNCE_MS = 400;

/** Earlier reviews of a claim (GET /api/claims/[id]/similar), searched again when its wording changes. */
export function useCheckedBefore(claimId: string, wording: string, refresh: number): CheckedBeforeState {
  const [state, setState] = useState<CheckedBeforeState>({ status: "loading" });
  useEffect(() => {
    const controller = new AbortController();
    setState({ status: "loading" });
    const timer = setTimeout(() => {
      void callApi("listCheckedBefore", { params: { id: claimId }, signal: controller.signal }).then((result) => {
        if (controller.signal.aborted) return;
        setState(result.ok ? { status: "ready", matches: result.data.matches, external: result.data.external } : { status: "failed", message: result.message });
      });
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [claimId, wording, refresh]);
  return state;
}
