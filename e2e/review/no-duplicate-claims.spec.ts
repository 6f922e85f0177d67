import { createArticle, stamp } from "../export/review-api";
import { expect, test } from "../fixtures";
import { startStubServer, stopStubServer, STUB_ORIGIN, STUB_SKIP_REASON, stubConfigured } from "./support/stub-server";
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

test("imports are idempotent too: the same JSON import and the same URL import fired twice at once make one article each", async ({ apiAs }) => {
  const editor = await apiAs("editor");
  const text = `Garlic lowers blood pressure by 30 points ${stamp()}.\n\nEnd.`;
  const slug = await createArticle(editor, { title: `Import twice ${stamp()}`, text });
  const exported = (await (await editor.get(`/api/articles/${slug}/export?format=json`)).json()) as { article: { slug: string } };
  exported.article.slug = `${slug}-copy`;
  const file = JSON.stringify(exported);

  const importKey = `import-${stamp()}-${stamp()}`;
  const imports = await Promise.all([0, 1].map(() => editor.post("/api/import", { data: file, headers: { "Content-Type": "application/json", "Idempotency-Key": importKey } })));
  expect(imports.map((r) => r.status())).toEqual([201, 201]);
  const bodies = (await Promise.all(imports.map((r) => r.json()))) as { slug: string }[];
  expect(bodies[0]!.slug).toBe(`${slug}-copy`);
  expect(bodies[1]).toEqual(bodies[0]);
  expect(imports.map((r) => r.headers()["idempotent-replayed"]).sort()).toEqual(["true", undefined].sort());
  // Without a key the second import is refused (the review exists), as before.
  expect((await editor.post("/api/import", { data: file, headers: { "Content-Type": "application/json" } })).status()).toBe(409);

  test.skip(!stubConfigured(), STUB_SKIP_REASON);
  await startStubServer();
  try {
    const reviewer = await apiAs("reviewer");
    const page = `${STUB_ORIGIN}/article/twice-${stamp()}`;
    const urlKey = `url-${stamp()}-${stamp()}`;
    const fetched = await Promise.all([0, 1].map(() => reviewer.post("/api/imports/url", { data: { url: page }, headers: { "Content-Type": "application/json", "Idempotency-Key": urlKey } })));
    expect(fetched.map((r) => r.status())).toEqual([201, 201]);
    const [first, second] = (await Promise.all(fetched.map((r) => r.json()))) as { slug: string; id: string }[];
    expect(second).toEqual(first);
    const listed = (await (await reviewer.get(`/api/articles/${first!.slug}`)).json()) as { article: { sourceUrl: string } };
    expect(listed.article.sourceUrl).toBe(page);
  } finally {
    await stopStubServer();
  }
});
