/**
 * The one set of factories, used by the seed and by the tests. Each writes real rows through
 * the client it is given and returns them; ids are fixed when the caller passes them.
 */
import { describeRange } from "../domain/anchoring/describe-range";
import { importPlainText } from "../domain/import/import-plain-text";
import type { Role, Stance, StudyDesign, Verdict } from "../domain/ratings/scale";
import { referenceToStore } from "../domain/export/source-citation";
import type { TCslItem } from "../domain/schemas/review";
import { contentHashOf } from "../domain/text/content-hash";
import { hashPassword } from "../server/passwords";
import type { Db } from "../server/prisma-client";

export async function createUser(db: Db, input: { id?: string; email: string; name: string; role: Role; password: string }) {
  const { password, ...rest } = input;
  return db.user.create({ data: { ...rest, email: rest.email.toLowerCase(), passwordHash: await hashPassword(password) } });
}

export async function createArticleFromText(
  db: Db,
  input: { id?: string; slug: string; title?: string; text: string; createdById: string; status?: string; author?: string; sourceUrl?: string; publishedAt?: Date; summary?: string },
) {
  const { text, title, ...rest } = input;
  const imported = importPlainText(text);
  return db.article.create({
    data: {
      ...rest,
      title: title ?? imported.title ?? rest.slug,
      revisions: {
        create: { number: 1, text: imported.document.text, blocksJson: JSON.stringify(imported.document.blocks), contentHash: contentHashOf(imported.document.text) },
      },
    },
    include: { revisions: true },
  });
}

/** A claim on the first occurrence of `quote` (after `after`, if given) in the article's latest revision. */
export async function createClaimOnQuote(
  db: Db,
  input: {
    id?: string;
    articleId: string;
    quote: string;
    after?: string;
    createdById: string;
    restatement?: string;
    verdict?: Verdict | null;
    rationale?: string;
    tags?: string[];
  },
) {
  const revision = await db.articleRevision.findFirstOrThrow({ where: { articleId: input.articleId }, orderBy: { number: "desc" } });
  const from = input.after ? revision.text.indexOf(input.after) : 0;
  const start = revision.text.indexOf(input.quote, Math.max(0, from));
  if (from < 0 || start < 0) throw new Error(`The quote "${input.quote.slice(0, 60)}" is not in the article's text`);
  const { quote } = describeRange(revision.text, start, start + input.quote.length);
  return db.claim.create({
    data: {
      ...(input.id ? { id: input.id } : {}),
      articleId: input.articleId,
      revisionId: revision.id,
      start,
      end: start + input.quote.length,
      exact: quote.exact,
      prefix: quote.prefix,
      suffix: quote.suffix,
      restatement: input.restatement ?? "",
      verdict: input.verdict ?? null,
      checkable: input.verdict !== "not_checkable",
      rationale: input.rationale ?? "",
      tagsJson: JSON.stringify(input.tags ?? []),
      createdById: input.createdById,
    },
  });
}

export interface SourceFixture {
  id?: string;
  title: string;
  authors: string[];
  container?: string;
  year?: number;
  doi?: string;
  pmid?: string;
  url?: string;
  type?: string;
  volume?: string;
  issue?: string;
  page?: string;
}

export function cslFromFixture(source: SourceFixture): TCslItem {
  const csl: TCslItem = {
    type: source.type ?? "article-journal",
    title: source.title,
    author: source.authors.map((name) => {
      const [family, given] = name.split(/\s+(?=[A-Z]+$)|,\s*/);
      return given ? { family: family ?? name, given } : { literal: name };
    }),
  };
  if (source.container) csl["container-title"] = source.container;
  if (source.year) csl.issued = { "date-parts": [[source.year]] };
  if (source.doi) csl.DOI = source.doi;
  if (source.pmid) csl.PMID = source.pmid;
  if (source.url) csl.URL = source.url;
  if (source.volume) csl.volume = source.volume;
  if (source.issue) csl.issue = source.issue;
  if (source.page) csl.page = source.page;
  return csl;
}

export async function createSource(db: Db, source: SourceFixture) {
  const csl = cslFromFixture(source);
  return db.source.create({
    data: {
      ...(source.id ? { id: source.id } : {}),
      type: source.type ?? "article-journal",
      title: source.title,
      authorsJson: JSON.stringify(source.authors),
      container: source.container ?? null,
      year: source.year ?? null,
      doi: source.doi?.toLowerCase() ?? null,
      pmid: source.pmid ?? null,
      url: source.url ?? null,
      normalizedUrl: source.url ?? null,
      cslJson: JSON.stringify(csl),
      ...referenceToStore(csl),
    },
  });
}

export async function createEvidence(
  db: Db,
  input: { id?: string; claimId: string; sourceId: string; position?: number; finding: string; stance: Stance; studyDesign: StudyDesign; locator?: string; note?: string },
) {
  return db.evidence.create({ data: input });
}

export async function createRating(db: Db, input: { claimId: string; reviewerId: string; verdict: Verdict; confidence: number; rationale?: string }) {
  return db.rating.create({ data: input });
}
