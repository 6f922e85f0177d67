import { exportsApi } from "@/domain/schemas/api/exports";
import { exportArticle } from "@/server/data/export/export-article";
import { exportBaseUrl } from "@/server/data/export/export-base-url";
import { routeHandler } from "@/server/http/route-handler";

/** GET /api/articles/<slug>/export?format=F: the review as a download. */
export const GET = routeHandler<{ slug: string }>(async ({ request, actor, params }) => {
  const url = new URL(request.url);
  const { format } = exportsApi.exportArticle.query.parse({ format: url.searchParams.get("format") ?? undefined });
  const result = await exportArticle(actor, params.slug, format, exportBaseUrl(request));
  const body = typeof result.body === "string" ? result.body : new Uint8Array(result.body);
  return new Response(body, {
    headers: {
      "Content-Type": result.contentType,
      "Content-Disposition": `attachment; filename="${result.fileName}"; filename*=UTF-8''${encodeURIComponent(result.fileName)}`,
      // Drafts are private and published reviews change when edited: never serve a stale copy.
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
