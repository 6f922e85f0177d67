import "server-only";
import { AppError } from "../../errors";

/** The one message every stale claim write gets; `current` is what is stored now, so the user can compare. */
export const CLAIM_CONFLICT_MESSAGE = "Someone saved this claim after you loaded it. Nothing was overwritten: compare their version with yours, then save again.";

export function claimConflict(current: unknown, extra: Record<string, unknown> = {}): AppError {
  return new AppError("CONFLICT", CLAIM_CONFLICT_MESSAGE, { current, ...extra });
}
