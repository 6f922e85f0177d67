import { ZAssignReviewerInput } from "@/domain/schemas/editor-inputs";
import { assignReviewer } from "@/server/data/assignments/assign-reviewer";
import { listArticleAssignments } from "@/server/data/assignments/list-article-assignments";
import { readJson, routeHandler } from "@/server/http/route-handler";

/** Editors: who reviews this article. */
export const GET = routeHandler<{ slug: string }>(async ({ actor, params }) => listArticleAssignments(actor, params.slug));

export const POST = routeHandler<{ slug: string }>(async ({ request, actor, params }) => {
  const { user, created } = await assignReviewer(actor, params.slug, await readJson(request, ZAssignReviewerInput));
  return Response.json({ user, created }, { status: created ? 201 : 200, headers: { "Cache-Control": "no-store" } });
});
