import type { ApiReply } from "@/domain/schemas/api/contract";
import { evidenceApi } from "@/domain/schemas/api/evidence";
import { addEvidence } from "@/server/data/evidence/add-evidence";
import { idempotent } from "@/server/http/idempotency";
import { readJson, routeHandler } from "@/server/http/route-handler";

/** POST /api/claims/<id>/evidence; honours an Idempotency-Key header (a repeat returns the same evidence item). */
export const POST = routeHandler<{ id: string }>(async ({ request, actor, params }) =>
  idempotent(request, actor, async () => ({
    status: 201,
    body: (await addEvidence(actor, params.id, await readJson(request, evidenceApi.addEvidence.body))) satisfies ApiReply<"addEvidence">,
  })),
);
