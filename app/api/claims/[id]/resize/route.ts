import { ZResizeClaimInput } from "@/domain/schemas/inputs";
import { resizeClaim } from "@/server/data/claims/resize-claim";
import { readJson, routeHandler } from "@/server/http/route-handler";

export const POST = routeHandler<{ id: string }>(async ({ request, actor, params }) => resizeClaim(actor, params.id, await readJson(request, ZResizeClaimInput)));
