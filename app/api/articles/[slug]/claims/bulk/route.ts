import { claimsApi } from "@/domain/schemas/api/claims";
import type { ApiReply } from "@/domain/schemas/api/contract";
import { createClaims } from "@/server/data/claims/create-claims";
import { idempotent } from "@/server/http/idempotency";
import { readJson, routeHandler } from "@/server/http/route-handler";

export const POST = routeHandler<{ slug: string }>(async ({ request, actor, params }) =>
  idempotent(request, actor, async () => ({
    status: 201,
    body: { claims: await createClaims(actor, params.slug, await readJson(request, claimsApi.createClaims.body)) } satisfies ApiReply<"createClaims">,
  })),
);
