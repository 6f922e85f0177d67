import { ZImportUrlInput } from "@/domain/schemas/inputs";
import { importArticleFromUrl } from "@/server/import/import-article-from-url";
import { readJson, routeHandler } from "@/server/http/route-handler";

export const POST = routeHandler(async ({ request, actor }) => {
  const article = await importArticleFromUrl(actor, await readJson(request, ZImportUrlInput));
  return Response.json({ slug: article.slug, id: article.id }, { status: 201 });
});
