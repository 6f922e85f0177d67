import type { ApiReply } from "@/domain/schemas/api/contract";
import { unassignReviewer } from "@/server/data/assignments/unassign-reviewer";
import { routeHandler } from "@/server/http/route-handler";

export const DELETE = routeHandler<{ slug: string; userId: string }>(async ({ actor, params }) => {
  await unassignReviewer(actor, params.slug, params.userId);
  return { ok: true } satisfies ApiReply<"unassignReviewer">;
});
