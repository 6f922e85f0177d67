import "server-only";
import { detectImportFormat } from "@/domain/import/detect-import-format";
import type { TImportUrlInput } from "@/domain/schemas/inputs";
import { authorize, can, type Actor } from "../authz";
import { createArticle } from "../data/articles/create-article";
import { fetchArticleUrl } from "./fetch-article-url";

/** Imports the page at a URL as a new article. The permission is checked before anything is fetched. */
export async function importArticleFromUrl(actor: Actor | null, input: TImportUrlInput, options: { signal?: AbortSignal } = {}) {
  authorize(can.createArticle(actor), actor, "import articles");
  const page = await fetchArticleUrl(input.url);
  const format = detectImportFormat(undefined, page.contentType, page.body);
  return createArticle(actor, { title: input.title, author: null, sourceUrl: page.url, format, content: page.body }, options);
}
