import { afterAll, beforeAll, expect, it } from "vitest";
import { callRoute, startRouteServer, type RouteServer } from "./support/route-server";
import { createArticle, createClaim, rateClaim, stamp } from "./support/review-builder";

/** POST /api/import: editors only, all or nothing, with the reasons. (The dashboard's import form is driven in a browser by e2e/export/import.spec.ts.) */

let server: RouteServer;
beforeAll(async () => {
  server = await startRouteServer("import");
});
afterAll(() => server?.close());

it("importing a JSON export: editors only, all or nothing, with the reasons", async () => {
  const editor = await server.as("editor");
  const text = "Garlic lowers blood pressure by 30 points.\n\nEnd.";
  const slug = await createArticle(editor, { title: `Import source ${stamp()}`, text });
  const claim = await createClaim(editor, slug, "Garlic lowers blood pressure by 30 points.", "Garlic lowers BP by 30 mmHg.");
  await rateClaim(editor, claim.id, "unsupported");
  const exported = (await (await callRoute(editor, "GET", `/api/articles/${slug}/export?format=json`)).json()) as Record<string, unknown> & { article: { slug: string } };

  // A reviewer may not import.
  expect((await callRoute(await server.as("reviewer"), "POST", "/api/import", { json: exported })).status).toBe(403);
  // Not a review: field errors, nothing written.
  const invalid = await callRoute(editor, "POST", "/api/import", { json: { ...exported, format: "something-else", claims: "no" } });
  expect(invalid.status).toBe(422);
  expect(Object.keys(((await invalid.json()) as { error: { details: { fieldErrors: object } } }).error.details.fieldErrors)).toEqual(expect.arrayContaining(["format", "claims"]));
  // The same review again: refused, the original untouched.
  expect((await callRoute(editor, "POST", "/api/import", { json: exported })).status).toBe(409);
  const moved = { ...exported, article: { ...exported.article, slug: `${slug}-copy` } };
  expect((await callRoute(editor, "POST", "/api/import", { json: moved })).status).toBe(409);
  expect((await callRoute(editor, "GET", `/api/articles/${slug}-copy`)).status).toBe(404);
});
