import { ZReviewImport } from "@/domain/schemas/review-import";
import { authorizeImport, importReview } from "@/server/data/import/import-review";
import { readJson, routeHandler } from "@/server/http/route-handler";

/** POST /api/import with a JSON export as the body (editors): recreates the review, or changes nothing. */
export const POST = routeHandler(async ({ request, actor }) => {
  authorizeImport(actor);
  const imported = await importReview(actor, await readJson(request, ZReviewImport));
  return Response.json({ ...imported, url: `/articles/${imported.slug}` }, { status: 201, headers: { "Cache-Control": "no-store" } });
});
