import type { ApiReply } from "@/domain/schemas/api/contract";
import { evidenceApi } from "@/domain/schemas/api/evidence";
import { searchSources } from "@/server/data/sources/search-sources";
import { routeHandler } from "@/server/http/route-handler";

/** The bibliography picker: GET /api/sources?q=words */
export const GET = routeHandler(async ({ request, actor }) => {
  const params = new URL(request.url).searchParams;
  const query = evidenceApi.searchSources.query.parse({ q: params.get("q") ?? undefined, take: params.get("take") ?? undefined });
  return { sources: await searchSources(actor, query) } satisfies ApiReply<"searchSources">;
});
