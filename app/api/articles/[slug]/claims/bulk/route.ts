import { ZCreateClaimsInput } from "@/domain/schemas/inputs";
import { createClaims } from "@/server/data/claims/create-claims";
import { readJson, routeHandler } from "@/server/http/route-handler";

export const POST = routeHandler<{ slug: string }>(async ({ request, actor, params }) => {
  const claims = await createClaims(actor, params.slug, await readJson(request, ZCreateClaimsInput));
  return Response.json({ claims }, { status: 201 });
});
