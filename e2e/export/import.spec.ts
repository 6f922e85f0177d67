import { expect, test } from "../fixtures";
import { createArticle, createClaim, rateClaim, stamp } from "./review-api";

/** The dashboard's import form shows the server's reason. (Who may import, all or nothing, and the reasons: tests/routes/import-api.test.ts.) */
test("importing a JSON export that exists already: the dashboard's import form shows why", async ({ apiAs, pageAs }) => {
  const editor = await apiAs("editor");
  const text = "Garlic lowers blood pressure by 30 points.\n\nEnd.";
  const slug = await createArticle(editor, { title: `Import source ${stamp()}`, text });
  const claim = await createClaim(editor, slug, text, "Garlic lowers blood pressure by 30 points.", "Garlic lowers BP by 30 mmHg.");
  await rateClaim(editor, claim.id, "unsupported");
  const exported = (await (await editor.get(`/api/articles/${slug}/export?format=json`)).json()) as Record<string, unknown>;

  const page = await pageAs("editor");
  await page.goto("/dashboard");
  await page.getByLabel("Import a review (JSON export)").setInputFiles({ name: "review.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(exported)) });
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await expect(page.getByRole("alert").filter({ hasText: "already exists" })).toBeVisible();
});
