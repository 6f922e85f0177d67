import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callRoute, startRouteServer, type RouteServer, type Session } from "./support/route-server";

/** The route handlers refuse what a role may not do, and malformed requests get a 4xx with the reason (moved from e2e/api). */

let server: RouteServer;
const newArticle = { title: "Permission probe", content: "One sentence about coffee and sleep." };
const DEMO = "/api/articles/reversing-calcification-vitamin-k2";

beforeAll(async () => {
  server = await startRouteServer("permissions");
});
afterAll(() => server?.close());

const status = async (session: Session, method: string, url: string, json?: unknown) => (await callRoute(session, method, url, json === undefined ? {} : { json })).status;

describe("the server refuses what a role may not do", () => {
  it("anonymous users cannot create, edit, rate or publish", async () => {
    const anonymous = await server.as("anonymous");
    expect(await status(anonymous, "POST", "/api/articles", newArticle)).toBe(401);
    expect(await status(anonymous, "PATCH", "/api/claims/demo-claim-01", { version: 1, restatement: "defaced" })).toBe(401);
    expect(await status(anonymous, "PUT", "/api/claims/demo-claim-01/rating", { version: 1, verdict: "supported" })).toBe(401);
    expect(await status(anonymous, "POST", `${DEMO}/status`, { status: "archived" })).toBe(401);
    expect(await status(anonymous, "POST", `${DEMO}/claims`, { start: 0, end: 10 })).toBe(401);
    expect(await status(anonymous, "DELETE", "/api/claims/demo-claim-01")).toBe(401);
  });

  it("signed-in readers cannot either, and nothing changes", async () => {
    const reader = await server.as("reader");
    const create = await callRoute(reader, "POST", "/api/articles", { json: newArticle });
    expect(create.status).toBe(403);
    expect(((await create.json()) as { error: { message: string } }).error.message).toContain("reader");
    expect(await status(reader, "PATCH", "/api/claims/demo-claim-01", { version: 1, restatement: "defaced" })).toBe(403);
    expect(await status(reader, "PUT", "/api/claims/demo-claim-01/rating", { version: 1, verdict: "supported" })).toBe(403);
    expect(await status(reader, "POST", "/api/claims/demo-claim-01/evidence", { finding: "x", stance: "supports", studyDesign: "other", source: { title: "x" } })).toBe(403);
    expect(await status(reader, "POST", `${DEMO}/status`, { status: "archived" })).toBe(403);
    expect(await status(reader, "DELETE", "/api/claims/demo-claim-01")).toBe(403);

    const review = (await (await callRoute(reader, "GET", DEMO)).json()) as { article: { status: string }; claims: { id: string; restatement: string; verdict: string }[] };
    const claim = review.claims.find((c) => c.id === "demo-claim-01");
    expect(claim?.restatement).not.toBe("defaced");
    expect(claim?.verdict).toBe("contradicted");
    expect(review.article.status).toBe("published");
  });

  it("a reviewer cannot publish, nor edit an article they neither created nor were assigned", async () => {
    const editor = await server.as("editor");
    const created = await callRoute(editor, "POST", "/api/articles", { json: { title: "Editor's own draft", content: "Coffee prevents all headaches." } });
    expect(created.status).toBe(201);
    const { slug } = (await created.json()) as { slug: string };

    const reviewer = await server.as("reviewer");
    expect(await status(reviewer, "POST", `/api/articles/${slug}/claims`, { start: 0, end: 6 })).toBe(404);
    expect(await status(reviewer, "POST", `/api/articles/${slug}/status`, { status: "published" })).toBe(403);
    expect(await status(reviewer, "POST", `${DEMO}/status`, { status: "archived" })).toBe(403);
  });
});

describe("malformed requests get a 4xx with the reason", () => {
  type ErrorBody = { error: { message: string; details: { fieldErrors: Record<string, string[]> } } };

  it("invalid JSON, missing fields, wrong values and cross-site origins", async () => {
    const reviewer = await server.as("reviewer");
    const broken = await callRoute(reviewer, "POST", "/api/articles", { body: "{not json", headers: { "Content-Type": "application/json" } });
    expect(broken.status).toBe(422);
    expect(((await broken.json()) as ErrorBody).error.message).toMatch(/not valid JSON/);

    const empty = await callRoute(reviewer, "POST", "/api/articles", { json: { title: "No text" } });
    expect(empty.status).toBe(422);
    expect(((await empty.json()) as ErrorBody).error.details.fieldErrors.content).toBeTruthy();

    const badVerdict = await callRoute(reviewer, "PUT", "/api/claims/demo-claim-01/rating", { json: { version: 1, verdict: "mostly_true", confidence: 9 } });
    expect(badVerdict.status).toBe(422);
    expect(Object.keys(((await badVerdict.json()) as ErrorBody).error.details.fieldErrors).sort()).toEqual(["confidence", "verdict"]);

    expect(await status(reviewer, "POST", `${DEMO}/claims`, { start: 50, end: 10 })).toBe(422);
    expect(await status(reviewer, "POST", `${DEMO}/claims`, { start: 0, end: 10_000_000 })).toBe(422);

    const wrongType = await callRoute(reviewer, "POST", "/api/articles", { body: "title=x", headers: { "Content-Type": "application/x-www-form-urlencoded" } });
    expect(wrongType.status).toBe(422);

    const crossSite = await callRoute(reviewer, "POST", "/api/articles", { json: newArticle, headers: { Origin: "https://evil.example" } });
    expect(crossSite.status).toBe(403);
    const crossSiteFetch = await callRoute(reviewer, "POST", "/api/articles", { json: newArticle, headers: { "Sec-Fetch-Site": "cross-site" } });
    expect(crossSiteFetch.status).toBe(403);

    expect(await status(reviewer, "PATCH", "/api/claims/demo-claim-02", { version: 999, restatement: "stale" })).toBe(409);
  });
});
