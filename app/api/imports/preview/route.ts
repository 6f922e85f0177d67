import type { ApiReply } from "@/domain/schemas/api/contract";
import { importsApi } from "@/domain/schemas/api/imports";
import { previewArticleImport } from "@/server/import/preview-article-import";
import { readJson, routeHandler } from "@/server/http/route-handler";

export const POST = routeHandler(
  async ({ request, actor }) => previewArticleImport(actor, await readJson(request, importsApi.previewArticleImport.body)) satisfies ApiReply<"previewArticleImport">,
);
