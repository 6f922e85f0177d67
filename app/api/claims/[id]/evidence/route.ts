import { ZAddEvidenceInput } from "@/domain/schemas/inputs";
import { addEvidence } from "@/server/data/evidence/add-evidence";
import { readJson, routeHandler } from "@/server/http/route-handler";

export const POST = routeHandler<{ id: string }>(async ({ request, actor, params }) => {
  const evidence = await addEvidence(actor, params.id, await readJson(request, ZAddEvidenceInput));
  return Response.json(evidence, { status: 201 });
});
