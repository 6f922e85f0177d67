import "server-only";
import { detectImportFormat } from "@/domain/import/detect-import-format";
import type { TImportRevisionFromUrlInput } from "@/domain/revisions/revision-inputs";
import { db } from "../../db";
import { authorize, can, type Actor } from "../../authz";
import { fetchArticleUrl } from "../../import/fetch-article-url";
import { findArticleForActor } from "../articles/find-article-for-actor";
import { importRevision } from "./import-revision";

/** Fetches the article's page again and imports it as the next revision. The permission is checked before anything is fetched. */
export async function importRevisionFromUrl(actor: Actor | null, slug: string, input: TImportRevisionFromUrlInput) {
  const { facts } = await findArticleForActor(db, actor, { slug });
  authorize(can.editReview(actor, facts), actor, "import a new revision of this article");
  const page = await fetchArticleUrl(input.url);
  const format = detectImportFormat(undefined, page.contentType, page.body);
  return importRevision(actor, slug, { format, content: page.body, baseRevision: input.baseRevision });
}
