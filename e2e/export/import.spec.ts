import { expect, test } from "../fixtures";
import { createArticle, createClaim, rateClaim, stamp } from "./review-api";

test("importing a JSON export: editors only, all or nothing, with the reasons", async ({ apiAs, pageAs }) => {
  const editor = await apiAs("editor");
  const text = "Garlic lowers blood pressure by 30 points.\n\nEnd.";
  const slug = await createArticle(editor, { title: `Import source ${stamp()}`, text });
  const claim = await createClaim(editor, slug, text, "Garlic lowers blood pressure by 30 points.", "Garlic lowers BP by 30 mmHg.");
  await rateClaim(editor, claim.id, "unsupported");
  const exported = (await (await editor.get(`/api/articles/${slug}/export?format=json`)).json()) as Record<string, unknown> & { article: { slug: string } };

  // A reviewer may not import.
  expect((await (await apiAs("reviewer")).post("/api/import", { data: exported })).status()).toBe(403);
  // Not a review: field errors, nothing written.
  const invalid = await editor.post("/api/import", { data: { ...exported, format: "something-else", claims: "no" } });
  expect(invalid.status()).toBe(422);
  expect(Object.keys(((await invalid.json()) as { error: { details: { fieldErrors: object } } }).error.details.fieldErrors)).toEqual(expect.arrayContaining(["format", "claims"]));
  // The same review again: refused, the original untouched.
  const again = await editor.post("/api/import", { data: exported });
  expect(again.status()).toBe(409);
  const moved = { ...exported, article: { ...exported.article, slug: `${slug}-copy` } };
  expect((await editor.post("/api/import", { data: moved })).status()).toBe(409);
  expect((await editor.get(`/api/articles/${slug}-copy`)).status()).toBe(404);

  // The dashboard's import form shows the server's reason.
  const page = await pageAs("editor");
  await page.goto("/dashboard");
  await page.getByLabel("Import a review (JSON export)").setInputFiles({ name: "review.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(exported)) });
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "already exists" })).toBeVisible();
});
