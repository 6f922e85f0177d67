import { articlesApi } from "@/domain/schemas/api/articles";
import type { ApiReply } from "@/domain/schemas/api/contract";
import { changeArticleStatus } from "@/server/data/articles/change-article-status";
import { readJson, routeHandler } from "@/server/http/route-handler";

export const POST = routeHandler<{ slug: string }>(async ({ request, actor, params }) => {
  const { status, note, acknowledgeMissing } = await readJson(request, articlesApi.changeArticleStatus.body);
  const article = await changeArticleStatus(actor, params.slug, status, { note, acknowledgeMissing });
  return { slug: article.slug, status: article.status } satisfies ApiReply<"changeArticleStatus">;
});
