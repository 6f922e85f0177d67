import { ZUpdateArticleInput } from "@/domain/schemas/inputs";
import { getReviewDocument } from "@/server/data/articles/get-review-document";
import { updateArticle } from "@/server/data/articles/update-article";
import { readJson, routeHandler } from "@/server/http/route-handler";

export const GET = routeHandler<{ slug: string }>(async ({ actor, params }) => getReviewDocument(actor, params.slug));

export const PATCH = routeHandler<{ slug: string }>(async ({ request, actor, params }) => {
  const article = await updateArticle(actor, params.slug, await readJson(request, ZUpdateArticleInput));
  return { slug: article.slug, title: article.title, author: article.author, summary: article.summary };
});
