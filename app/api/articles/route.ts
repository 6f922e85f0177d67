import { ZCreateArticleInput } from "@/domain/schemas/inputs";
import { createArticle } from "@/server/data/articles/create-article";
import { readJson, routeHandler } from "@/server/http/route-handler";

export const POST = routeHandler(async ({ request, actor }) => {
  const article = await createArticle(actor, await readJson(request, ZCreateArticleInput));
  return Response.json({ slug: article.slug, id: article.id }, { status: 201 });
});
