import type { ApiReply } from "@/domain/schemas/api/contract";
import { listCheckedBefore } from "@/server/data/claim-search/list-checked-before";
import { routeHandler } from "@/server/http/route-handler";
import { searchRateLimiter } from "@/server/security/request-rate-limit";
import { AppError } from "@/server/errors";

/** The workspace's "Checked before" panel: earlier reviews of this claim the reviewer may see. */
export const GET = routeHandler<{ id: string }>(async ({ actor, params }) => {
  if (actor && searchRateLimiter.take(`user:${actor.id}`) !== null) throw new AppError("RATE_LIMITED", "Too many searches in the last minute; try again shortly.");
  return (await listCheckedBefore(actor, params.id)) satisfies ApiReply<"listCheckedBefore">;
});
