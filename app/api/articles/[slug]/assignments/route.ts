import { articlesApi } from "@/domain/schemas/api/articles";
import type { ApiReply } from "@/domain/schemas/api/contract";
import { assignReviewer } from "@/server/data/assignments/assign-reviewer";
import { listArticleAssignments } from "@/server/data/assignments/list-article-assignments";
import { readJson, routeHandler } from "@/server/http/route-handler";

/** Editors: who reviews this article. */
export const GET = routeHandler<{ slug: string }>(async ({ actor, params }) => (await listArticleAssignments(actor, params.slug)) satisfies ApiReply<"listAssignments">);

export const POST = routeHandler<{ slug: string }>(async ({ request, actor, params }) => {
  const { user, created } = await assignReviewer(actor, params.slug, await readJson(request, articlesApi.assignReviewer.body));
  return Response.json({ user, created } satisfies ApiReply<"assignReviewer">, { status: created ? 201 : 200, headers: { "Cache-Control": "no-store" } });
});
