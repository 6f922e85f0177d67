import type { ApiReply } from "@/domain/schemas/api/contract";
import { importsApi } from "@/domain/schemas/api/imports";
import { authorizeImport, importReview } from "@/server/data/import/import-review";
import { idempotent } from "@/server/http/idempotency";
import { readJson, routeHandler } from "@/server/http/route-handler";

/**
 * POST /api/import with a JSON export as the body (editors): recreates the review, or changes nothing.
 * Honours an Idempotency-Key header: a repeat (double click, retry, both at once) gets the first import's answer.
 */
export const POST = routeHandler(async ({ request, actor }) => {
  authorizeImport(actor);
  return idempotent(request, actor, async () => {
    const imported = await importReview(actor, await readJson(request, importsApi.importReview.body));
    return { status: 201, body: { ...imported, url: `/articles/${imported.slug}` } satisfies ApiReply<"importReview"> };
  });
});
