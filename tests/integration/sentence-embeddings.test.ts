import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { embeddingCosine } from "../../domain/claim-matching/sentence-embeddings";
import type { Actor } from "../../server/authz";
import { createTestActors } from "../support/test-actors";
import { removeSqliteDatabase, useFreshSqliteDatabase } from "../support/test-database";

/**
 * The sentence encoder and its store on a real SQLite database with the real model: vectors are
 * encoded once, kept in the "SentenceEmbedding" table for every instance, and the texts of the
 * published claims are encoded ahead of the searches.
 */
let url: string;
let db: typeof import("../../server/db").db;
let store: typeof import("../../server/data/claim-search/sentence-embeddings-store");
let embedIndexedTexts: typeof import("../../server/data/claim-search/embed-indexed-texts").embedIndexedTexts;
let actors: Record<"reviewer" | "editor", Actor>;

beforeAll(async () => {
  url = await useFreshSqliteDatabase("sentence-embeddings");
  ({ db } = await import("../../server/db"));
  store = await import("../../server/data/claim-search/sentence-embeddings-store");
  ({ embedIndexedTexts } = await import("../../server/data/claim-search/embed-indexed-texts"));
  actors = await createTestActors(db, [["reviewer", "reviewer"], ["editor", "editor"]] as const, "vectors.example");
});

afterAll(async () => {
  await db.$disconnect();
  removeSqliteDatabase(url);
});

describe("sentence vectors", () => {
  it("places a paraphrase nearer than an unrelated claim, and stores each vector once", async () => {
    const claim = "COVID vaccines contain microchips";
    const paraphrase = "The coronavirus jab has a tracking chip inside";
    const unrelated = "Drinking coffee late halves deep sleep";
    const vectors = await store.sentenceEmbeddingsOf([claim, paraphrase, unrelated, claim]);
    expect(vectors.size).toBe(3);
    for (const vector of vectors.values()) expect(vector).toHaveLength(512);
    const cosine = (a: string, b: string) => embeddingCosine(vectors.get(a)!, vectors.get(b)!);
    expect(cosine(claim, paraphrase)).toBeGreaterThan(cosine(claim, unrelated) + 0.2);
    expect(await db.sentenceEmbedding.count()).toBe(3);

    // A process that has not seen them (another instance, a restart) reads them back, bit for bit.
    store.forgetSentenceEmbeddings();
    const again = await store.sentenceEmbeddingsOf([paraphrase]);
    expect(again.get(paraphrase)).toEqual(vectors.get(paraphrase));
    expect(await db.sentenceEmbedding.count()).toBe(3);
  });

  it("encodes every indexed text ahead of the searches, and nothing twice", async () => {
    const { createArticle } = await import("../../server/data/articles/create-article");
    const { createClaim } = await import("../../server/data/claims/create-claim");
    const text = "Vitamin K2 reverses the \u201Ccalcification\u201D of arteries within weeks.";
    const article = await createArticle(actors.reviewer, { title: "K2", author: null, content: text, format: "text" });
    await createClaim(actors.reviewer, article.slug, { start: 0, end: text.length, restatement: "K2 undoes hardened arteries", checkable: true, tags: [] });

    const before = await db.sentenceEmbedding.count();
    const progress: [number, number][] = [];
    const first = await embedIndexedTexts((done, total) => progress.push([done, total]));
    expect(first.encoded).toBe(2);
    expect(progress.at(-1)).toEqual([2, 2]);
    expect(await db.sentenceEmbedding.count()).toBe(before + 2);
    const hashes = ["Vitamin K2 reverses the calcification of arteries within weeks.", "K2 undoes hardened arteries"].map(store.sentenceTextHash);
    expect(await db.sentenceEmbedding.count({ where: { textHash: { in: hashes } } })).toBe(2);

    expect((await embedIndexedTexts()).encoded).toBe(0);
  });

  it("encodes a search's text before a backlog of background texts, with the same vector as alone", async () => {
    const { encodeSentences } = await import("../../server/data/claim-search/sentence-encoder");
    const query = "Eating carrots improves night vision";
    const [alone] = await encodeSentences([query]);
    const backlog = Array.from({ length: 48 }, (_, i) => `Archived claim number ${i} about a city budget and its schools`);
    const finished: string[] = [];
    const background = encodeSentences(backlog, "background").then((vectors) => {
      finished.push("background");
      return vectors;
    });
    const interactive = encodeSentences([query], "interactive").then((vectors) => {
      finished.push("interactive");
      return vectors;
    });
    const [backgroundVectors, [interleaved]] = await Promise.all([background, interactive]);
    expect(finished).toEqual(["interactive", "background"]);
    expect(backgroundVectors).toHaveLength(backlog.length);
    expect(interleaved).toEqual(alone);
  });
});
