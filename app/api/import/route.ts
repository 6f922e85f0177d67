import type { ApiReply } from "@/domain/schemas/api/contract";
import { importsApi } from "@/domain/schemas/api/imports";
import { authorizeImport, importReview } from "@/server/data/import/import-review";
import { readJson, routeHandler } from "@/server/http/route-handler";

/** POST /api/import with a JSON export as the body (editors): recreates the review, or changes nothing. */
export const POST = routeHandler(async ({ request, actor }) => {
  authorizeImport(actor);
  const imported = await importReview(actor, await readJson(request, importsApi.importReview.body));
  return Response.json({ ...imported, url: `/articles/${imported.slug}` } satisfies ApiReply<"importReview">, { status: 201, headers: { "Cache-Control": "no-store" } });
});
