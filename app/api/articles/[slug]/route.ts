import { articlesApi } from "@/domain/schemas/api/articles";
import type { ApiReply } from "@/domain/schemas/api/contract";
import { getReviewDocument } from "@/server/data/articles/get-review-document";
import { updateArticle } from "@/server/data/articles/update-article";
import { readJson, routeHandler } from "@/server/http/route-handler";

export const GET = routeHandler<{ slug: string }>(async ({ actor, params }) => (await getReviewDocument(actor, params.slug)) satisfies ApiReply<"getReviewDocument">);

export const PATCH = routeHandler<{ slug: string }>(async ({ request, actor, params }) => {
  const article = await updateArticle(actor, params.slug, await readJson(request, articlesApi.updateArticle.body));
  return { slug: article.slug, title: article.title, author: article.author, summary: article.summary } satisfies ApiReply<"updateArticle">;
});
