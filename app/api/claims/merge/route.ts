import { claimsApi } from "@/domain/schemas/api/claims";
import type { ApiReply } from "@/domain/schemas/api/contract";
import { mergeClaims } from "@/server/data/claims/merge-claims";
import { readJson, routeHandler } from "@/server/http/route-handler";

export const POST = routeHandler(async ({ request, actor }) => (await mergeClaims(actor, await readJson(request, claimsApi.mergeClaims.body))) satisfies ApiReply<"mergeClaims">);
