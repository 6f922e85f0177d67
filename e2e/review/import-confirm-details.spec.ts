import { readFileSync } from "node:fs";
import { expect, test } from "../fixtures";

const fixture = (name: string) => readFileSync(new URL(`../../domain/import/fixtures/${name}`, import.meta.url));

test("uploading a news page shows the title, authors, date and URL it found, to confirm before importing", async ({ pageAs }) => {
  const page = await pageAs("reviewer");
  await page.goto("/review/new");
  const html = fixture("news-page-author-popup.html");
  await page.getByLabel("Upload a file (.txt, .md or .html)").setInputFiles({ name: "news.html", mimeType: "text/html", buffer: html });
  const found = page.getByRole("status", { name: "What the import found" });
  await expect(found).toContainText("reader comments from Science Weekly");
  await expect(found).toContainText("Starts: “Astronomers pin down");
  await expect(page.getByLabel("Title")).toHaveValue("Radio bursts traced to a distant galaxy");
  await expect(page.getByLabel("Author")).toHaveValue("Alexandra Witze, Davide Castelvecchi");
  await expect(page.getByLabel("Published on")).toHaveValue("2023-06-14");
  await expect(page.getByLabel("Original URL")).toHaveValue("https://www.science-weekly.example/articles/d41586-023-01234-5");

  const title = `Radio bursts, corrected ${Date.now().toString(36)}`;
  await page.getByLabel("Title").fill(title);
  await page.getByRole("button", { name: "Import article" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  const article = page.locator(".workspace-article");
  await expect(article).toContainText("A repeating fast radio burst has been traced");
  await expect(article).not.toContainText("Search for this author");
  await expect(article).not.toContainText("Sign up");
});

test("a PNG renamed .md is refused at once, saying what it looks like", async ({ pageAs }) => {
  const page = await pageAs("reviewer");
  await page.goto("/review/new");
  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), Buffer.from("IHDR"), Buffer.from(Array.from({ length: 20_000 }, (_, i) => (i * 151) % 256))]);
  await page.getByLabel("Upload a file (.txt, .md or .html)").setInputFiles({ name: "notes.md", mimeType: "text/markdown", buffer: png });
  await expect(page.locator("#file-error")).toHaveText("notes.md: This looks like an image, not an article. Import the article's text, Markdown or HTML instead.");
  await expect(page.getByLabel("Article text")).toHaveValue("");
});
