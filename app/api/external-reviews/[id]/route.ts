import type { ApiReply } from "@/domain/schemas/api/contract";
import { deleteExternalReview } from "@/server/data/external-reviews/delete-external-review";
import { routeHandler } from "@/server/http/route-handler";

/** Deletes one imported review of another fact-checker (editors); audited with the whole row. */
export const DELETE = routeHandler<{ id: string }>(async ({ actor, params }) => {
  await deleteExternalReview(actor, params.id);
  return { ok: true } satisfies ApiReply<"deleteExternalReview">;
});
