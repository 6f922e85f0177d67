import { createArticle, createClaim, rateClaim, setStatus, stamp } from "../export/review-api";
import { expect, test } from "../fixtures";

const json = (data: unknown) => ({ data, headers: { "Content-Type": "application/json" } });

/**
 * Issue 16.1, reproduced over HTTP: the reviewer rates a claim `supported`, the editor
 * `contradicted`; PUT /consensus is refused to the reviewer, and so must be every other route
 * that could move the published verdict (PATCH of the claim, the not-checkable toggle,
 * re-rating). The public ClaimReview keeps saying "Contradicted".
 */
test("a reviewer cannot set the published verdict through any route", async ({ apiAs }) => {
  const reviewer = await apiAs("reviewer");
  const editor = await apiAs("editor");
  const anonymous = await apiAs("anonymous");
  const text = `Coffee after 4 pm halves deep sleep ${stamp()}. Most adults drink coffee.`;
  const slug = await createArticle(reviewer, { title: `Disputed verdict ${stamp()}`, text });
  const claim = await createClaim(reviewer, slug, text, "Coffee after 4 pm halves deep sleep", "Late coffee halves deep sleep");
  await rateClaim(reviewer, claim.id, "supported");
  await rateClaim(editor, claim.id, "contradicted");
  await setStatus(editor, slug, "published");

  const claimNow = async () => {
    const review = (await (await reviewer.get(`/api/articles/${slug}`)).json()) as { claims: { id: string; verdict: string; version: number }[] };
    return review.claims.find((c) => c.id === claim.id)!;
  };
  const { version } = await claimNow();

  expect((await reviewer.put(`/api/claims/${claim.id}/consensus`, json({ version, verdict: "supported" }))).status()).toBe(403);
  const patched = await reviewer.patch(`/api/claims/${claim.id}`, json({ version, verdict: "supported" }));
  expect(patched.status()).toBe(403);
  expect((await patched.json()).error.message).toMatch(/editors' consensus/);
  expect((await reviewer.patch(`/api/claims/${claim.id}`, json({ version, checkable: false }))).status()).toBe(403);
  expect((await reviewer.put(`/api/claims/${claim.id}/rating`, json({ version, verdict: "supported", confidence: 5, rationale: "" }))).status()).toBe(200);

  expect((await claimNow()).verdict).toBe("contradicted");
  const published = await anonymous.get(`/api/articles/${slug}/export?format=claimreview`);
  expect(published.status()).toBe(200);
  const claimReview = JSON.stringify(await published.json());
  expect(claimReview).toContain("Contradicted");
  expect(claimReview).not.toContain('"Supported"');
});
