/**
 * Two production servers on one PostgreSQL database, as behind a load balancer:
 * - two reviewers save the same claim from the same version through different instances:
 *   one gets 409 CONFLICT and the first save stays (no lost update);
 * - a change published through one instance is on the other's reader page, and in the claim
 *   details its dialog fetches, at once: each instance caches both under the review's version,
 *   which every request reads.
 * Run: tests/multi-instance/vitest.config.ts (needs scripts/pg/start-cluster.sh's cluster).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScratchDatabase, dropScratchDatabase, postgresServerUrl } from "../../scripts/pg/scratch-database";
import { DEMO_PASSWORD, DEMO_USERS } from "../../prisma/demo-accounts";
import { sendJson, signIn, startAppInstance, type AppInstance } from "./app-instance";

const firstPort = Number(process.env.MULTI_INSTANCE_PORT ?? 3121);
const distDir = process.env.NEXT_DIST_DIR ?? `.next-${firstPort}`;

const serverUrl = postgresServerUrl();
let databaseUrl: string;
let first: AppInstance;
let second: AppInstance;
let reviewerCookie: string;
let editorCookie: string;

function demoEmail(role: "reviewer" | "editor"): string {
  const user = DEMO_USERS.find((candidate) => candidate.role === role);
  if (!user) throw new Error(`no demo ${role}`);
  return user.email;
}

beforeAll(async () => {
  databaseUrl = await createScratchDatabase(`cc_test_multi_instance_${process.pid}`, serverUrl);
  // The first instance migrates, seeds the demo accounts and builds when needed; the second
  // starts on the same build and database, as a second machine would.
  first = await startAppInstance({ port: firstPort, databaseUrl, distDir, env: { SEED_DEMO: "1" } });
  second = await startAppInstance({ port: firstPort + 1, databaseUrl, distDir });
  reviewerCookie = await signIn(first.baseUrl, demoEmail("reviewer"), DEMO_PASSWORD);
  editorCookie = await signIn(second.baseUrl, demoEmail("editor"), DEMO_PASSWORD);
}, 600_000);

afterAll(async () => {
  await Promise.all([first?.stop(), second?.stop()]);
  if (databaseUrl) await dropScratchDatabase(databaseUrl, serverUrl);
});

async function createArticleWithClaim(title: string) {
  const article = await sendJson(first.baseUrl, reviewerCookie, "POST", "/api/articles", {
    title,
    format: "text",
    author: null,
    content: "Coffee after 4 pm halves deep sleep in adults.\n\nMost adults drink coffee every day.",
  });
  expect(article.status).toBe(201);
  const { slug } = article.body as { slug: string };
  const claim = await sendJson(first.baseUrl, reviewerCookie, "POST", `/api/articles/${slug}/claims`, { start: 0, end: 45, restatement: "Late coffee halves deep sleep." });
  expect(claim.status).toBe(201);
  return { slug, claim: claim.body as { id: string; version: number } };
}

async function claimAsSeenThrough(instance: AppInstance, cookie: string, slug: string, claimId: string) {
  const review = await sendJson(instance.baseUrl, cookie, "GET", `/api/articles/${slug}`);
  expect(review.status).toBe(200);
  const claim = (review.body as { claims: { id: string; version: number; restatement: string }[] }).claims.find((c) => c.id === claimId);
  if (!claim) throw new Error(`claim ${claimId} missing from the review document`);
  return claim;
}

/** What a signed-out reader gets from one instance: the reader page, and the claim's details its dialog fetches. */
async function readerSees(instance: AppInstance, slug: string, claimId: string): Promise<{ page: string; details: string }> {
  const page = await fetch(`${instance.baseUrl}/articles/${slug}`);
  const details = await fetch(`${instance.baseUrl}/api/articles/${slug}/published-claims/${claimId}`);
  return { page: await page.text(), details: await details.text() };
}

describe("two app instances on one PostgreSQL database", () => {
  it("gives the second of two saves from the same version, through the other instance, a 409 and keeps the first", async () => {
    const { slug, claim } = await createArticleWithClaim("Two instances, one claim");
    const seenByReviewer = await claimAsSeenThrough(first, reviewerCookie, slug, claim.id);
    const seenByEditor = await claimAsSeenThrough(second, editorCookie, slug, claim.id);
    expect(seenByEditor.version).toBe(seenByReviewer.version);

    const [viaFirst, viaSecond] = await Promise.all([
      sendJson(first.baseUrl, reviewerCookie, "PATCH", `/api/claims/${claim.id}`, { version: seenByReviewer.version, restatement: "Saved through the first instance." }),
      sendJson(second.baseUrl, editorCookie, "PATCH", `/api/claims/${claim.id}`, { version: seenByEditor.version, restatement: "Saved through the second instance." }),
    ]);
    const statuses = [viaFirst.status, viaSecond.status].sort();
    expect(statuses).toEqual([200, 409]);
    const winner = viaFirst.status === 200 ? "Saved through the first instance." : "Saved through the second instance.";

    // Both instances now read the winner's text at the next version: nothing was overwritten.
    for (const [instance, cookie] of [[first, reviewerCookie], [second, editorCookie]] as const) {
      const stored = await claimAsSeenThrough(instance, cookie, slug, claim.id);
      expect(stored.restatement).toBe(winner);
      expect(stored.version).toBe(seenByReviewer.version + 1);
    }

    // The one refused re-reads and saves on top of the winner's version.
    const loserInstance = viaFirst.status === 409 ? first : second;
    const loserCookie = viaFirst.status === 409 ? reviewerCookie : editorCookie;
    const retry = await sendJson(loserInstance.baseUrl, loserCookie, "PATCH", `/api/claims/${claim.id}`, { version: seenByReviewer.version + 1, restatement: `${winner} Then amended.` });
    expect(retry.status).toBe(200);
  });

  it("serves a change made through one instance from both at once: the reader page and the claim's details", async () => {
    const { slug, claim } = await createArticleWithClaim("Two instances, one reader page");
    const before = `rationale-before-${Date.now().toString(36)}`;
    const after = `rationale-after-${Date.now().toString(36)}`;
    const restatementAfter = `Restated after publishing ${Date.now().toString(36)}.`;
    const current = await claimAsSeenThrough(first, reviewerCookie, slug, claim.id);
    expect((await sendJson(first.baseUrl, reviewerCookie, "PATCH", `/api/claims/${claim.id}`, { version: current.version, rationale: before })).status).toBe(200);
    const published = await sendJson(second.baseUrl, editorCookie, "POST", `/api/articles/${slug}/status`, { status: "published", acknowledgeMissing: true });
    expect(published.status, JSON.stringify(published.body)).toBe(200);

    // Both instances render and cache the published page and the claim's details.
    for (const instance of [first, second]) expect((await readerSees(instance, slug, claim.id)).details).toContain(before);

    // The reviewer changes the restatement (on the page) and the rationale (in the details) through the first instance.
    const edited = await sendJson(first.baseUrl, reviewerCookie, "PATCH", `/api/claims/${claim.id}`, { version: current.version + 1, rationale: after, restatement: restatementAfter });
    expect(edited.status).toBe(200);

    // Each instance reads the review's version on every request: neither serves what it cached before.
    for (const instance of [first, second]) {
      const seen = await readerSees(instance, slug, claim.id);
      expect(seen.page).toContain(restatementAfter);
      expect(seen.details).toContain(after);
      expect(seen.details).not.toContain(before);
    }
  });
});
