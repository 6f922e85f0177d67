import { afterAll, beforeAll, expect, it } from "vitest";
import { callRoute, startRouteServer, type RouteServer } from "./support/route-server";
import { createArticle, createClaim, rateClaim, setStatus, stamp } from "./support/review-builder";

/**
 * Issue 16.1: the reviewer rates a claim `supported`, the editor `contradicted`; PUT /consensus
 * is refused to the reviewer, and so must be every other route that could move the published
 * verdict (PATCH of the claim, the not-checkable toggle, re-rating). The public ClaimReview
 * keeps saying "Contradicted". (Moved from e2e/api/verdict-only-through-consensus.spec.ts.)
 */

let server: RouteServer;
beforeAll(async () => {
  server = await startRouteServer("consensus");
});
afterAll(() => server?.close());

it("a reviewer cannot set the published verdict through any route", async () => {
  const reviewer = await server.as("reviewer");
  const editor = await server.as("editor");
  const anonymous = await server.as("anonymous");
  const text = `Coffee after 4 pm halves deep sleep ${stamp()}. Most adults drink coffee.`;
  const slug = await createArticle(reviewer, { title: `Disputed verdict ${stamp()}`, text });
  const claim = await createClaim(reviewer, slug, "Coffee after 4 pm halves deep sleep", "Late coffee halves deep sleep");
  await rateClaim(reviewer, claim.id, "supported");
  await rateClaim(editor, claim.id, "contradicted");
  await setStatus(editor, slug, "published");

  const claimNow = async () => {
    const review = (await (await callRoute(reviewer, "GET", `/api/articles/${slug}`)).json()) as { claims: { id: string; verdict: string; version: number }[] };
    return review.claims.find((c) => c.id === claim.id)!;
  };
  const { version } = await claimNow();

  expect((await callRoute(reviewer, "PUT", `/api/claims/${claim.id}/consensus`, { json: { version, verdict: "supported" } })).status).toBe(403);
  const patched = await callRoute(reviewer, "PATCH", `/api/claims/${claim.id}`, { json: { version, verdict: "supported" } });
  expect(patched.status).toBe(403);
  expect(((await patched.json()) as { error: { message: string } }).error.message).toMatch(/editors' consensus/);
  expect((await callRoute(reviewer, "PATCH", `/api/claims/${claim.id}`, { json: { version, checkable: false } })).status).toBe(403);
  expect((await callRoute(reviewer, "PUT", `/api/claims/${claim.id}/rating`, { json: { version, verdict: "supported", confidence: 5, rationale: "" } })).status).toBe(200);

  expect((await claimNow()).verdict).toBe("contradicted");
  const published = await callRoute(anonymous, "GET", `/api/articles/${slug}/export?format=claimreview`);
  expect(published.status).toBe(200);
  const claimReview = JSON.stringify(await published.json());
  expect(claimReview).toContain("Contradicted");
  expect(claimReview).not.toContain('"Supported"');
});
