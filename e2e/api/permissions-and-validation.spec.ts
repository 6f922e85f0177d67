import { expect, test } from "../fixtures";

const json = (data: unknown) => ({ data, headers: { "Content-Type": "application/json" } });
const newArticle = { title: "Permission probe", content: "One sentence about coffee and sleep." };

test.describe("the server refuses what a role may not do", () => {
  test("anonymous users cannot create, edit, rate or publish", async ({ apiAs }) => {
    const anonymous = await apiAs("anonymous");
    expect((await anonymous.post("/api/articles", json(newArticle))).status()).toBe(401);
    expect((await anonymous.patch("/api/claims/demo-claim-01", json({ version: 1, restatement: "defaced" }))).status()).toBe(401);
    expect((await anonymous.put("/api/claims/demo-claim-01/rating", json({ version: 1, verdict: "supported" }))).status()).toBe(401);
    expect((await anonymous.post("/api/articles/reversing-calcification-vitamin-k2/status", json({ status: "archived" }))).status()).toBe(401);
    expect((await anonymous.post("/api/articles/reversing-calcification-vitamin-k2/claims", json({ start: 0, end: 10 }))).status()).toBe(401);
    expect((await anonymous.delete("/api/claims/demo-claim-01")).status()).toBe(401);
  });

  test("signed-in readers cannot either, and nothing changes", async ({ apiAs }) => {
    const reader = await apiAs("reader");
    const create = await reader.post("/api/articles", json(newArticle));
    expect(create.status()).toBe(403);
    expect((await create.json()).error.message).toContain("reader");
    expect((await reader.patch("/api/claims/demo-claim-01", json({ version: 1, restatement: "defaced" }))).status()).toBe(403);
    expect((await reader.put("/api/claims/demo-claim-01/rating", json({ version: 1, verdict: "supported" }))).status()).toBe(403);
    expect((await reader.post("/api/claims/demo-claim-01/evidence", json({ finding: "x", stance: "supports", studyDesign: "other", source: { title: "x" } }))).status()).toBe(403);
    expect((await reader.post("/api/articles/reversing-calcification-vitamin-k2/status", json({ status: "archived" }))).status()).toBe(403);
    expect((await reader.delete("/api/claims/demo-claim-01")).status()).toBe(403);

    const review = await (await reader.get("/api/articles/reversing-calcification-vitamin-k2")).json();
    const claim = review.claims.find((c: { id: string }) => c.id === "demo-claim-01");
    expect(claim.restatement).not.toBe("defaced");
    expect(claim.verdict).toBe("contradicted");
    expect(review.article.status).toBe("published");
  });

  test("a reviewer cannot publish, nor edit an article they neither created nor were assigned", async ({ apiAs }) => {
    const editor = await apiAs("editor");
    const created = await editor.post("/api/articles", json({ title: "Editor's own draft", content: "Coffee prevents all headaches." }));
    expect(created.status()).toBe(201);
    const { slug } = await created.json();

    const reviewer = await apiAs("reviewer");
    expect((await reviewer.post(`/api/articles/${slug}/claims`, json({ start: 0, end: 6 }))).status()).toBe(404);
    expect((await reviewer.post(`/api/articles/${slug}/status`, json({ status: "published" }))).status()).toBe(403);
    expect((await reviewer.post("/api/articles/reversing-calcification-vitamin-k2/status", json({ status: "archived" }))).status()).toBe(403);
  });
});

test.describe("malformed requests get a 4xx with the reason", () => {
  test("invalid JSON, missing fields, wrong values and cross-site origins", async ({ apiAs }) => {
    const reviewer = await apiAs("reviewer");
    const broken = await reviewer.post("/api/articles", { data: Buffer.from("{not json"), headers: { "Content-Type": "application/json" } });
    expect(broken.status()).toBe(422);
    expect((await broken.json()).error.message).toMatch(/not valid JSON/);

    const empty = await reviewer.post("/api/articles", json({ title: "No text" }));
    expect(empty.status()).toBe(422);
    expect((await empty.json()).error.details.fieldErrors.content).toBeTruthy();

    const badVerdict = await reviewer.put("/api/claims/demo-claim-01/rating", json({ version: 1, verdict: "mostly_true", confidence: 9 }));
    expect(badVerdict.status()).toBe(422);
    const fields = (await badVerdict.json()).error.details.fieldErrors;
    expect(Object.keys(fields).sort()).toEqual(["confidence", "verdict"]);

    const badRange = await reviewer.post("/api/articles/reversing-calcification-vitamin-k2/claims", json({ start: 50, end: 10 }));
    expect(badRange.status()).toBe(422);

    const pastEnd = await reviewer.post("/api/articles/reversing-calcification-vitamin-k2/claims", json({ start: 0, end: 10_000_000 }));
    expect(pastEnd.status()).toBe(422);

    const wrongType = await reviewer.post("/api/articles", { data: "title=x", headers: { "Content-Type": "application/x-www-form-urlencoded" } });
    expect(wrongType.status()).toBe(422);

    const crossSite = await reviewer.post("/api/articles", { ...json(newArticle), headers: { "Content-Type": "application/json", Origin: "https://evil.example" } });
    expect(crossSite.status()).toBe(403);

    const stale = await reviewer.patch("/api/claims/demo-claim-02", json({ version: 999, restatement: "stale" }));
    expect(stale.status()).toBe(409);
  });
});
