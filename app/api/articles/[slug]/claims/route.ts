import { claimsApi } from "@/domain/schemas/api/claims";
import type { ApiReply } from "@/domain/schemas/api/contract";
import { createClaim } from "@/server/data/claims/create-claim";
import { idempotent } from "@/server/http/idempotency";
import { readJson, routeHandler } from "@/server/http/route-handler";

/** POST /api/articles/<slug>/claims: one claim, optionally with the maker's verdict (one step); honours an Idempotency-Key header (a repeat returns the same claim). */
export const POST = routeHandler<{ slug: string }>(async ({ request, actor, params }) =>
  idempotent(request, actor, async () => ({
    status: 201,
    body: (await createClaim(actor, params.slug, await readJson(request, claimsApi.createClaim.body))) satisfies ApiReply<"createClaim">,
  })),
);
