import { articlesApi } from "@/domain/schemas/api/articles";
import type { ApiReply } from "@/domain/schemas/api/contract";
import { createArticle } from "@/server/data/articles/create-article";
import { idempotent } from "@/server/http/idempotency";
import { readJson, routeHandler } from "@/server/http/route-handler";

export const POST = routeHandler(async ({ request, actor }) =>
  idempotent(request, actor, async () => {
    const article = await createArticle(actor, await readJson(request, articlesApi.createArticle.body), { signal: request.signal });
    return { status: 201, body: { slug: article.slug, id: article.id } satisfies ApiReply<"createArticle"> };
  }),
);
