import { ZImportPreviewInput } from "@/domain/import/import-preview";
import { previewArticleImport } from "@/server/import/preview-article-import";
import { readJson, routeHandler } from "@/server/http/route-handler";

export const POST = routeHandler(async ({ request, actor }) => previewArticleImport(actor, await readJson(request, ZImportPreviewInput)));
