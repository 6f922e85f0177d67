import { ZCreateClaimInput } from "@/domain/schemas/inputs";
import { createClaim } from "@/server/data/claims/create-claim";
import { readJson, routeHandler } from "@/server/http/route-handler";

export const POST = routeHandler<{ slug: string }>(async ({ request, actor, params }) => {
  const claim = await createClaim(actor, params.slug, await readJson(request, ZCreateClaimInput));
  return Response.json(claim, { status: 201 });
});
