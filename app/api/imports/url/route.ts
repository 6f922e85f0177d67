import type { ApiReply } from "@/domain/schemas/api/contract";
import { importsApi } from "@/domain/schemas/api/imports";
import { importArticleFromUrl } from "@/server/import/import-article-from-url";
import { idempotent } from "@/server/http/idempotency";
import { readJson, routeHandler } from "@/server/http/route-handler";

/** POST /api/imports/url: fetch an article page and import it (stopped when the client goes away). Honours an Idempotency-Key header (a repeat returns the same article). */
export const POST = routeHandler(async ({ request, actor }) =>
  idempotent(request, actor, async () => {
    const article = await importArticleFromUrl(actor, await readJson(request, importsApi.importArticleFromUrl.body), { signal: request.signal });
    return { status: 201, body: { slug: article.slug, id: article.id } satisfies ApiReply<"importArticleFromUrl"> };
  }),
);
