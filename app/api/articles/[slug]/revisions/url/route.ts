import { ZImportRevisionFromUrlInput } from "@/domain/revisions/revision-inputs";
import { importRevisionFromUrl } from "@/server/data/revisions/import-revision-from-url";
import { readJson, routeHandler } from "@/server/http/route-handler";

/** Re-import from the article's address: fetched server-side with the URL import's limits, then as a pasted revision. */
export const POST = routeHandler<{ slug: string }>(async ({ request, actor, params }) => {
  const summary = await importRevisionFromUrl(actor, params.slug, await readJson(request, ZImportRevisionFromUrlInput));
  return Response.json(summary, { status: 201 });
});
