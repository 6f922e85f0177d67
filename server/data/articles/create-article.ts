import "server-only";
import { importArticleText } from "../../import/import-article-text";
import { contentHashOf } from "@/domain/text/content-hash";
import { slugify } from "@/domain/text/slugify";
import type { TCreateArticleInput } from "@/domain/schemas/inputs";
import { db, type Tx } from "../../db";
import { authorize, can, type Actor } from "../../authz";
import { AppError } from "../../errors";
import { recordAuditEvent } from "../audit/record-audit-event";

/**
 * Imports the text and writes the article with its first revision in one transaction. With the
 * request's signal, an import whose client went away (cancelled) while the text was being read
 * is dropped before anything is written; once the transaction starts it completes or not at all.
 */
export async function createArticle(actor: Actor | null, input: TCreateArticleInput, options: { signal?: AbortSignal } = {}) {
  const author = authorize(can.createArticle(actor), actor, "create articles");
  const imported = importArticleText(input.content, input.format);
  if (options.signal?.aborted) throw new AppError("CANCELLED", "The import was cancelled; nothing was saved.");
  if (imported.document.text.length === 0) throw new AppError("INVALID_INPUT", "The article has no text.", { fieldErrors: { content: ["The article has no text."] } });
  const title = input.title || imported.title;
  if (!title) throw new AppError("INVALID_INPUT", "Give the article a title.", { fieldErrors: { title: ["Give the article a title."] } });

  return db.$transaction(async (tx) => {
    const slug = await uniqueSlug(tx, slugify(title));
    const article = await tx.article.create({
      data: {
        slug,
        title,
        author: input.author ?? imported.author ?? null,
        sourceUrl: input.sourceUrl ?? imported.sourceUrl ?? null,
        publishedAt: input.publishedAt ? new Date(input.publishedAt) : imported.publishedAt ? new Date(imported.publishedAt) : null,
        createdById: author.id,
        revisions: {
          create: {
            number: 1,
            text: imported.document.text,
            blocksJson: JSON.stringify(imported.document.blocks),
            contentHash: contentHashOf(imported.document.text),
          },
        },
      },
    });
    await recordAuditEvent(tx, author, { action: "article.create", entityType: "Article", entityId: article.id, articleId: article.id, after: { slug, title } });
    return article;
  });
}

async function uniqueSlug(tx: Tx, base: string): Promise<string> {
  const taken = new Set((await tx.article.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((a) => a.slug));
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
