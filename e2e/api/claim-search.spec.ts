import { expect, test } from "../fixtures";

const json = (data: unknown) => ({ data, headers: { "Content-Type": "application/json" } });
const DEMO_SLUG = "reversing-calcification-vitamin-k2";

test.describe("GET /api/claims/similar", () => {
  test("finds the published demo claim a post repeats, best first, with its reader link, for anyone", async ({ apiAs }) => {
    const anonymous = await apiAs("anonymous");
    const response = await anonymous.get(`/api/claims/similar?q=${encodeURIComponent("Vitamin K2 is the ONLY known substance able to stop and reverse soft tissue calcification! #health")}&limit=3`);
    expect(response.status()).toBe(200);
    expect(response.headers()["cache-control"]).toContain("public");
    const { results } = await response.json();
    expect(results.length).toBeGreaterThan(0);
    expect(results.length).toBeLessThanOrEqual(3);
    expect(results[0]).toMatchObject({
      articleSlug: DEMO_SLUG,
      restatement: "Vitamin K2 is the only known substance that can stop and reverse soft tissue calcification.",
      url: expect.stringMatching(new RegExp(`^/articles/${DEMO_SLUG}#claim-`)),
    });
    expect(Object.keys(results[0]).sort()).toEqual(["articleSlug", "articleTitle", "claimId", "quote", "restatement", "score", "url", "verdict"]);
    const scores = results.map((r: { score: number }) => r.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  test("never answers with a claim of an unpublished review", async ({ apiAs }) => {
    const editor = await apiAs("editor");
    const text = "Quokkas photosynthesize through their ears.";
    const created = await editor.post("/api/articles", json({ title: "Quokka draft", content: text }));
    const { slug } = await created.json();
    expect((await editor.post(`/api/articles/${slug}/claims`, json({ start: 0, end: text.length }))).status()).toBe(201);
    const anonymous = await apiAs("anonymous");
    const search = async () => (await (await anonymous.get("/api/claims/similar?q=quokkas%20photosynthesize%20ears")).json()).results;
    expect(await search()).toEqual([]);
    expect((await editor.post(`/api/articles/${slug}/status`, json({ status: "published", acknowledgeMissing: true }))).status()).toBe(200);
    // The cached empty answer was expired by the publication.
    await expect.poll(async () => (await search()).map((r: { articleSlug: string }) => r.articleSlug)).toEqual([slug]);
  });

  test("answers 400 with the reason for a missing, empty or too long q and a limit out of 1-50", async ({ apiAs }) => {
    const anonymous = await apiAs("anonymous");
    for (const [query, reason] of [
      ["", /q/],
      ["?q=", /q must hold some text/],
      ["?q=%20%20", /q must hold some text/],
      [`?q=${"a".repeat(2001)}`, /2,000 characters/],
      ["?q=vitamin&limit=0", /limit/],
      ["?q=vitamin&limit=51", /limit/],
      ["?q=vitamin&limit=2.5", /limit/],
      ["?q=vitamin&limit=lots", /limit/],
    ] as const) {
      const response = await anonymous.get(`/api/claims/similar${query}`);
      expect(response.status(), query).toBe(400);
      expect((await response.json()).error.message, query).toMatch(reason);
    }
  });
});
