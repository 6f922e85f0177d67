import { ZRateClaimInput } from "@/domain/schemas/inputs";
import { rateClaim } from "@/server/data/ratings/rate-claim";
import { readJson, routeHandler } from "@/server/http/route-handler";

export const PUT = routeHandler<{ id: string }>(async ({ request, actor, params }) => rateClaim(actor, params.id, await readJson(request, ZRateClaimInput)));
