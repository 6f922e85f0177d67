import { ZUpdateEvidenceInput } from "@/domain/schemas/inputs";
import { removeEvidence } from "@/server/data/evidence/remove-evidence";
import { updateEvidence } from "@/server/data/evidence/update-evidence";
import { readJson, routeHandler } from "@/server/http/route-handler";

export const PATCH = routeHandler<{ id: string }>(async ({ request, actor, params }) => updateEvidence(actor, params.id, await readJson(request, ZUpdateEvidenceInput)));

export const DELETE = routeHandler<{ id: string }>(async ({ actor, params }) => {
  await removeEvidence(actor, params.id);
  return { ok: true };
});
