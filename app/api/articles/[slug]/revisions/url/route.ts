import type { ApiReply } from "@/domain/schemas/api/contract";
import { revisionsApi } from "@/domain/schemas/api/revisions";
import { importRevisionFromUrl } from "@/server/data/revisions/import-revision-from-url";
import { readJson, routeHandler } from "@/server/http/route-handler";

/** Re-import from the article's address: fetched server-side with the URL import's limits, then as a pasted revision. */
export const POST = routeHandler<{ slug: string }>(async ({ request, actor, params }) => {
  const summary = await importRevisionFromUrl(actor, params.slug, await readJson(request, revisionsApi.importRevisionFromUrl.body));
  return Response.json(summary satisfies ApiReply<"importRevisionFromUrl">, { status: 201 });
});
