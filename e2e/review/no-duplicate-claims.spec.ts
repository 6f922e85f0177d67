import { createArticle, stamp } from "../export/review-api";
import { expect, test } from "../fixtures";
import { claimListItems, openNewArticle, workspaceStatus } from "./support/workspace";

const json = (data: unknown, headers: Record<string, string> = {}) => ({ data, headers: { "Content-Type": "application/json", ...headers } });

test("the same creation fired twice at once makes one claim: with a key both get it, without one the second is told why", async ({ apiAs }) => {
  const reviewer = await apiAs("reviewer");
  const text = `Coffee after 4 pm halves deep sleep ${stamp()}. Most adults drink coffee.`;
  const slug = await createArticle(reviewer, { title: `Twice ${stamp()}`, text });
  const span = { start: 0, end: 35 };

  const key = `claim-${stamp()}-${stamp()}`;
  const [one, two] = await Promise.all([
    reviewer.post(`/api/articles/${slug}/claims`, json(span, { "Idempotency-Key": key })),
    reviewer.post(`/api/articles/${slug}/claims`, json(span, { "Idempotency-Key": key })),
  ]);
  expect([one.status(), two.status()]).toEqual([201, 201]);
  expect(((await one.json()) as { id: string }).id).toBe(((await two.json()) as { id: string }).id);

  const [three, four] = await Promise.all([
    reviewer.post(`/api/articles/${slug}/claims`, json({ start: 36, end: 60 })),
    reviewer.post(`/api/articles/${slug}/claims`, json({ start: 36, end: 60 })),
  ]);
  expect([three.status(), four.status()].sort()).toEqual([201, 409]);
  const refused = three.status() === 409 ? three : four;
  expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(/already made a claim of exactly this passage/);

  const review = (await (await reviewer.get(`/api/articles/${slug}`)).json()) as { claims: unknown[] };
  expect(review.claims).toHaveLength(2);
});

test("pressing c twice makes one claim", async ({ pageAs, apiAs }) => {
  const page = await pageAs("reviewer");
  await openNewArticle(page, await apiAs("reviewer"), ["Fish oil halves the risk of dementia.", "Other text."], "Double c");
  await page.locator("body").press("c");
  await page.locator("body").press("c");
  await expect(workspaceStatus(page)).toContainText(/Claim created|already made a claim/);
  await page.reload();
  await expect(claimListItems(page)).toHaveCount(1);
});
