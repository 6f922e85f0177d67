import type { ApiReply } from "@/domain/schemas/api/contract";
import { revisionsApi } from "@/domain/schemas/api/revisions";
import { importRevision } from "@/server/data/revisions/import-revision";
import { getRevisionReport } from "@/server/data/revisions/get-revision-report";
import { readJson, routeHandler } from "@/server/http/route-handler";

/** The revisions report of an article (reviewers and editors who work on it). */
export const GET = routeHandler<{ slug: string }>(async ({ actor, params }) => (await getRevisionReport(actor, params.slug)) satisfies ApiReply<"getRevisionReport">);

/** Re-import: the changed text becomes the next revision and every claim is re-anchored onto it. */
export const POST = routeHandler<{ slug: string }>(async ({ request, actor, params }) => {
  const summary = await importRevision(actor, params.slug, await readJson(request, revisionsApi.importRevision.body));
  return Response.json(summary satisfies ApiReply<"importRevision">, { status: 201 });
});
