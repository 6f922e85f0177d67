import { ZSplitClaimInput } from "@/domain/schemas/inputs";
import { splitClaim } from "@/server/data/claims/split-claim";
import { readJson, routeHandler } from "@/server/http/route-handler";

export const POST = routeHandler<{ id: string }>(async ({ request, actor, params }) => splitClaim(actor, params.id, await readJson(request, ZSplitClaimInput)));
