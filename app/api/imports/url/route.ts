import type { ApiReply } from "@/domain/schemas/api/contract";
import { importsApi } from "@/domain/schemas/api/imports";
import { importArticleFromUrl } from "@/server/import/import-article-from-url";
import { readJson, routeHandler } from "@/server/http/route-handler";

export const POST = routeHandler(async ({ request, actor }) => {
  const article = await importArticleFromUrl(actor, await readJson(request, importsApi.importArticleFromUrl.body), { signal: request.signal });
  return Response.json({ slug: article.slug, id: article.id } satisfies ApiReply<"importArticleFromUrl">, { status: 201 });
});
