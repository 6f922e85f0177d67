import { ZMergeClaimsInput } from "@/domain/schemas/inputs";
import { mergeClaims } from "@/server/data/claims/merge-claims";
import { readJson, routeHandler } from "@/server/http/route-handler";

export const POST = routeHandler(async ({ request, actor }) => mergeClaims(actor, await readJson(request, ZMergeClaimsInput)));
