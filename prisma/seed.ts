/**
 * Seeds the demo: one account per role and the published demo review of the vitamin K2
 * article. It only ever writes to an empty database (one it has just created), and refuses
 * otherwise, so it can never mix demo accounts into real data.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { databaseUrl } from "../server/database-url";
import { createPrismaClient, type Db } from "../server/prisma-client";
import { DEMO_PASSWORD, DEMO_USERS } from "./demo-accounts";
import { DEMO_ARTICLE_ORIGIN, DEMO_CLAIMS, DEMO_SLUG, DEMO_SOURCES, DEMO_SUMMARY } from "./demo-review";
import { createArticleFromText, createClaimOnQuote, createEvidence, createRating, createSource, createUser } from "./factories";

export const DEMO_ARTICLE_PATH = join(import.meta.dirname, "fixtures", "vitamin-k2", "source.txt");

export class SeedRefusedError extends Error {}

export async function seedDemo(db: Db): Promise<{ claims: number; evidence: number }> {
  const [users, articles] = await Promise.all([db.user.count(), db.article.count()]);
  if (users > 0 || articles > 0) {
    throw new SeedRefusedError(`The database already holds ${users} users and ${articles} articles: the demo is only seeded into a new, empty database.`);
  }

  const accounts = Object.fromEntries(
    await Promise.all(DEMO_USERS.map(async (user) => [user.role, await createUser(db, { ...user, password: DEMO_PASSWORD })] as const)),
  );
  const reviewer = accounts.reviewer!;
  const editor = accounts.editor!;

  const article = await createArticleFromText(db, {
    id: "demo-article-vitamin-k2",
    slug: DEMO_SLUG,
    text: readFileSync(DEMO_ARTICLE_PATH, "utf8"),
    createdById: reviewer.id,
    status: "published",
    summary: DEMO_SUMMARY,
    ...DEMO_ARTICLE_ORIGIN,
  });
  await db.assignment.create({ data: { articleId: article.id, userId: reviewer.id } });

  const sources = new Map<string, string>();
  for (const [key, source] of Object.entries(DEMO_SOURCES)) sources.set(key, (await createSource(db, source)).id);

  let evidenceCount = 0;
  for (const demo of DEMO_CLAIMS) {
    const claim = await createClaimOnQuote(db, {
      id: demo.id,
      articleId: article.id,
      quote: demo.quote,
      ...(demo.after ? { after: demo.after } : {}),
      createdById: reviewer.id,
      restatement: demo.restatement,
      verdict: demo.verdict,
      rationale: demo.rationale,
      tags: demo.tags,
    });
    for (const [position, item] of demo.evidence.entries()) {
      await createEvidence(db, {
        claimId: claim.id,
        sourceId: sources.get(item.source)!,
        position,
        finding: item.finding,
        stance: item.stance,
        studyDesign: item.studyDesign,
        ...(item.note ? { note: item.note } : {}),
      });
      evidenceCount++;
    }
    await createRating(db, { claimId: claim.id, reviewerId: reviewer.id, verdict: demo.verdict, confidence: 4, rationale: demo.rationale });
    if (demo.editorRating) await createRating(db, { claimId: claim.id, reviewerId: editor.id, ...demo.editorRating });
  }
  await db.auditEvent.create({ data: { action: "seed.demo", entityType: "Article", entityId: article.id, articleId: article.id } });
  return { claims: DEMO_CLAIMS.length, evidence: evidenceCount };
}

export function demoLoginsText(): string {
  return [
    `Demo accounts (password for all: ${DEMO_PASSWORD}):`,
    ...DEMO_USERS.map((user) => `  ${user.role.padEnd(8)} ${user.email}`),
  ].join("\n");
}

async function main() {
  const db = createPrismaClient(databaseUrl());
  try {
    const result = await seedDemo(db);
    console.log(`Seeded the demo review: ${result.claims} claims, ${result.evidence} evidence items.\n${demoLoginsText()}`);
  } catch (error) {
    if (error instanceof SeedRefusedError) {
      console.error(error.message);
      process.exitCode = 1;
    } else throw error;
  } finally {
    await db.$disconnect();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await main();
