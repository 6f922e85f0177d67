/**
 * A generated published review of a long article: 100,000 words in 1,500 paragraphs, 2,000
 * claims (about 10% overlapping another claim, 5% spanning two paragraphs) and 6,000
 * evidence items citing 1,500 sources, written with the factories and Prisma into its own
 * SQLite file.
 */
import { describeRange } from "../../domain/anchoring/describe-range";
import { referenceToStore } from "../../domain/export/source-citation";
import { STANCES, STUDY_DESIGNS, VERDICTS } from "../../domain/ratings/scale";
import { createArticleFromText, cslFromFixture, createUser } from "../../prisma/factories";
import { createPrismaClient } from "../../server/prisma-client";
import { freshDatabase } from "./serve";

export const LARGE_SLUG = "bench-large-review";

export interface LargeReviewSize {
  words: number;
  paragraphs: number;
  claims: number;
  evidence: number;
  sources: number;
}

export const LARGE_REVIEW: LargeReviewSize = { words: 100_000, paragraphs: 1_500, claims: 2_000, evidence: 6_000, sources: 1_500 };

const VOCABULARY = (
  "vitamin calcium artery study trial patients dose risk heart bone evidence effect group cohort " +
  "observed reported increase decrease level blood vessel supplement diet years adults women men " +
  "measured significant association marker protein clinical randomized placebo outcome mortality " +
  "fracture density plaque stiffness kidney disease population sample analysis review data"
).split(" ");

/** A small deterministic generator, so every run writes the same article. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function articleText(size: LargeReviewSize): string {
  const next = random(42);
  const wordsPerParagraph = Math.round(size.words / size.paragraphs);
  const paragraphs: string[] = ["A generated article for the reader benchmark"];
  for (let p = 0; p < size.paragraphs; p++) {
    const sentences: string[] = [];
    let words = 0;
    while (words < wordsPerParagraph) {
      const length = Math.min(wordsPerParagraph - words, 8 + Math.floor(next() * 12));
      const sentence = Array.from({ length }, () => VOCABULARY[Math.floor(next() * VOCABULARY.length)]!);
      sentence[0] = sentence[0]![0]!.toUpperCase() + sentence[0]!.slice(1);
      sentences.push(`${sentence.join(" ")}.`);
      words += length;
    }
    paragraphs.push(sentences.join(" "));
  }
  return paragraphs.join("\n\n");
}

/** Where the review is written: the reader benchmark's published article, or (workspace benchmark) a review still being worked on. */
export interface LargeReviewPlacement {
  slug: string;
  status: "draft" | "in_review" | "published";
}

export async function generateLargeReview(
  databaseUrl: string,
  size: LargeReviewSize = LARGE_REVIEW,
  placement: LargeReviewPlacement = { slug: LARGE_SLUG, status: "published" },
): Promise<{ textLength: number; claims: number; evidence: number; articleId: string }> {
  await freshDatabase(databaseUrl);
  const db = createPrismaClient(databaseUrl);
  try {
    const editor = await createUser(db, { email: "bench-editor@example.test", name: "Bench Editor", role: "editor", password: "bench-password-not-used" });
    const article = await createArticleFromText(db, {
      slug: placement.slug,
      text: articleText(size),
      createdById: editor.id,
      status: placement.status,
      publishedAt: placement.status === "published" ? new Date("2026-01-15T00:00:00Z") : undefined,
      summary: `A generated review: **${size.claims.toLocaleString("en")} claims** over a ${size.words.toLocaleString("en")}-word article, for the benchmarks.`,
    });
    const revision = article.revisions[0]!;
    const text = revision.text;
    const blocks = JSON.parse(revision.blocksJson) as Array<{ start: number; end: number }>;

    // Sentences per paragraph, as [start, end) offsets in the stored text.
    const sentencesOf = blocks.map((block) => [...text.slice(block.start, block.end).matchAll(/[^.]+\./g)].map((m) => {
      const lead = m[0].length - m[0].trimStart().length;
      return { start: block.start + m.index + lead, end: block.start + m.index + m[0].length };
    }));

    const spans: Array<{ start: number; end: number }> = [];
    const spanning = Math.round(size.claims * 0.05);
    const overlapping = Math.round(size.claims * 0.1);
    const plain = size.claims - spanning - overlapping;
    // Plain claims: whole sentences spread evenly over the article.
    const allSentences = sentencesOf.flatMap((sentences, paragraph) => sentences.map((s, index) => ({ ...s, paragraph, index, last: index === sentences.length - 1 })));
    const stride = allSentences.length / plain;
    const chosen = Array.from({ length: plain }, (_, i) => allSentences[Math.floor(i * stride)]!);
    for (const sentence of chosen) spans.push({ start: sentence.start, end: sentence.end });
    // Overlapping claims: the first words of a chosen sentence (nested) or a phrase that runs into the next sentence.
    for (let i = 0; i < overlapping; i++) {
      const sentence = chosen[Math.floor((i * chosen.length) / overlapping)]!;
      const words = [...text.slice(sentence.start, sentence.end).matchAll(/\S+/g)];
      const cut = words[Math.min(3, words.length - 1)]!;
      if (i % 2 === 0) spans.push({ start: sentence.start, end: sentence.start + cut.index + cut[0].length });
      else spans.push({ start: sentence.start + cut.index, end: Math.min(sentence.end + 20, blocks[sentence.paragraph]!.end) });
    }
    // Claims across two paragraphs: a paragraph's last sentence and the next one's first.
    for (let i = 0; i < spanning; i++) {
      const paragraph = Math.floor(((i + 0.5) * (blocks.length - 1)) / spanning);
      const last = sentencesOf[paragraph]!.at(-1)!;
      const first = sentencesOf[paragraph + 1]![0]!;
      spans.push({ start: last.start, end: first.end });
    }
    spans.sort((a, b) => a.start - b.start || b.end - a.end);

    const next = random(7);
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
    await db.source.createMany({
      data: Array.from({ length: size.sources }, (_, i) => {
        const fixture = {
          title: `Study ${i + 1} of ${pick(VOCABULARY)} and ${pick(VOCABULARY)} in ${pick(VOCABULARY)}`,
          authors: [`Author${i} A`, `Writer${i % 97} B`],
          container: "Journal of Generated Results",
          year: 1990 + (i % 35),
          doi: `10.5555/bench.${i + 1}`,
          pmid: String(10_000_000 + i),
        };
        const csl = cslFromFixture(fixture);
        return {
          id: `bench-source-${i + 1}`,
          type: "article-journal",
          title: fixture.title,
          authorsJson: JSON.stringify(fixture.authors),
          container: fixture.container,
          year: fixture.year,
          doi: fixture.doi,
          pmid: fixture.pmid,
          cslJson: JSON.stringify(csl),
          // With its formatted reference, as the app stores a source it creates (findOrCreateSource):
          // otherwise the first read formats and stores 1,500 references and bumps the page version.
          ...referenceToStore(csl),
        };
      }),
    });
    const claimRows = spans.map((span, i) => {
      const { quote } = describeRange(text, span.start, span.end);
      const verdict = pick(VERDICTS);
      return {
        id: `bench-claim-${String(i + 1).padStart(4, "0")}`,
        articleId: article.id,
        revisionId: revision.id,
        start: span.start,
        end: span.end,
        exact: quote.exact,
        prefix: quote.prefix,
        suffix: quote.suffix,
        restatement: `Claim ${i + 1}: ${quote.exact.slice(0, 80)}`,
        verdict,
        checkable: verdict !== "not_checkable",
        rationale: `The cited studies ${pick(["support", "partly support", "contradict"])} this; see **evidence** below.`,
        tagsJson: "[]",
        createdById: editor.id,
      };
    });
    await db.claim.createMany({ data: claimRows });
    const perClaim = Math.ceil(size.evidence / claimRows.length);
    const evidenceRows = claimRows.flatMap((claim, c) =>
      Array.from({ length: perClaim }, (_, position) => ({
        id: `bench-evidence-${c}-${position}`,
        claimId: claim.id,
        sourceId: `bench-source-${((c * perClaim + position) % size.sources) + 1}`,
        position,
        finding: `Participants in the ${pick(VOCABULARY)} group showed a ${pick(["small", "moderate", "large"])} change in ${pick(VOCABULARY)}.`,
        stance: pick(STANCES),
        studyDesign: pick(STUDY_DESIGNS),
      })),
    ).slice(0, size.evidence);
    await db.evidence.createMany({ data: evidenceRows });
    return { textLength: text.length, claims: claimRows.length, evidence: evidenceRows.length, articleId: article.id };
  } finally {
    await db.$disconnect();
  }
}
