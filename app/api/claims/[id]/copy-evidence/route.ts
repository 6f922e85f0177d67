import { claimsApi } from "@/domain/schemas/api/claims";
import type { ApiReply } from "@/domain/schemas/api/contract";
import { copyEvidence } from "@/server/data/evidence/copy-evidence";
import { readJson, routeHandler } from "@/server/http/route-handler";

/** Copies a matching claim's evidence onto this claim (sources reused). */
export const POST = routeHandler<{ id: string }>(async ({ request, actor, params }) => {
  const created = await copyEvidence(actor, params.id, await readJson(request, claimsApi.copyEvidence.body));
  return Response.json({ copied: created.length } satisfies ApiReply<"copyEvidence">, { status: 201 });
});
