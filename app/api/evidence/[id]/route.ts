import type { ApiReply } from "@/domain/schemas/api/contract";
import { evidenceApi } from "@/domain/schemas/api/evidence";
import { removeEvidence } from "@/server/data/evidence/remove-evidence";
import { updateEvidence } from "@/server/data/evidence/update-evidence";
import { readJson, routeHandler } from "@/server/http/route-handler";

export const PATCH = routeHandler<{ id: string }>(
  async ({ request, actor, params }) => (await updateEvidence(actor, params.id, await readJson(request, evidenceApi.updateEvidence.body))) satisfies ApiReply<"updateEvidence">,
);

export const DELETE = routeHandler<{ id: string }>(async ({ actor, params }) => {
  await removeEvidence(actor, params.id);
  return { ok: true } satisfies ApiReply<"removeEvidence">;
});
