import { removeEvidence } from "@/server/data/evidence/remove-evidence";
import { routeHandler } from "@/server/http/route-handler";

export const DELETE = routeHandler<{ id: string }>(async ({ actor, params }) => {
  await removeEvidence(actor, params.id);
  return { ok: true };
});
