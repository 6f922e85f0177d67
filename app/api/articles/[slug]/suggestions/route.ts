import type { ApiReply } from "@/domain/schemas/api/contract";
import { listClaimSuggestions } from "@/server/data/claims/list-claim-suggestions";
import { routeHandler } from "@/server/http/route-handler";

export const GET = routeHandler<{ slug: string }>(
  async ({ actor, params }) => ({ suggestions: await listClaimSuggestions(actor, params.slug) }) satisfies ApiReply<"listClaimSuggestions">,
);
