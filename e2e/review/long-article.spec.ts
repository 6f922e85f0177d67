import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures";
import { claimQuote, openNewArticle, selectText } from "./support/workspace";

/**
 * Issue 18: the workspace on a 100,000-word article. The text is drawn once; claims are drawn
 * over it with the CSS Custom Highlight API (CSS.highlights), so a claim made by selection must
 * show up there as a range covering exactly its text, and typing in the claim's fields must
 * never render the article again (data-renders counts the article's renders).
 */

const VOCABULARY = "vitamin calcium artery study trial patients dose risk heart bone evidence effect group cohort observed reported increase level blood vessel supplement".split(" ");

/** About 100,000 words in 1,500 paragraphs, deterministic; `marker` is a sentence found once, in the middle. */
function longArticle(marker: string, other: string): string[] {
  let state = 7;
  const next = () => (state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32;
  const paragraphs: string[] = [];
  for (let p = 0; p < 1_500; p++) {
    const sentences: string[] = [];
    for (let s = 0; s < 5; s++) {
      const words = Array.from({ length: 14 }, () => VOCABULARY[Math.floor(next() * VOCABULARY.length)]!);
      words[0] = words[0]![0]!.toUpperCase() + words[0]!.slice(1);
      sentences.push(`${words.join(" ")}.`);
    }
    if (p === 750) sentences.splice(2, 0, marker);
    if (p === 751) sentences.splice(1, 0, other);
    paragraphs.push(sentences.join(" "));
  }
  return paragraphs;
}

/** The names of the highlights (in CSS.highlights) holding a range whose text is exactly `text`. */
function highlightsCovering(page: Page, text: string) {
  return page.evaluate((wanted) => {
    const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
    if (!registry) return null;
    const names: string[] = [];
    for (const [name, highlight] of registry) {
      for (const range of highlight) if (range instanceof Range && range.toString() === wanted) names.push(name);
    }
    return names.sort();
  }, text);
}

test("a claim made by selection on a 100,000-word article is highlighted with the Highlight API; typing never re-renders the article", async ({ pageAs, apiAs }) => {
  test.setTimeout(240_000);
  const stamp = Date.now().toString(36);
  const marker = `Zinc lozenges shorten every cold by exactly four days ${stamp}.`;
  const other = `Garlic pills prevent nine colds in ten ${stamp}.`;
  const page = await pageAs("reviewer");
  const api = await apiAs("reviewer");
  const paragraphs = longArticle(marker, other);
  expect(paragraphs.join(" ").split(/\s+/).length).toBeGreaterThanOrEqual(100_000);
  await openNewArticle(page, api, paragraphs, "Long article");
  const article = page.locator(".workspace-article .article-text");
  await expect(article).toHaveAttribute("data-renders", "1", { timeout: 60_000 });
  expect(await article.locator("mark").count(), "no <mark> elements: the text is not cut at claims").toBe(0);

  await article.getByText(marker).scrollIntoViewIfNeeded();
  await selectText(page, marker);
  await page.getByRole("button", { name: "Create claim from selection" }).click();
  await expect(claimQuote(page)).toHaveText(`“${marker}”`);
  // Drawn as an unrated claim, and as the active (selected) claim.
  await expect.poll(() => highlightsCovering(page, marker)).toEqual(["cc-claim-active", "cc-claim-unrated"]);

  // A second claim, then a click on the first one's text in the article opens it again.
  await selectText(page, other);
  await page.getByRole("button", { name: "Create claim from selection" }).click();
  await expect(claimQuote(page)).toHaveText(`“${other}”`);
  await expect.poll(() => highlightsCovering(page, other)).toEqual(["cc-claim-active", "cc-claim-unrated"]);
  await expect.poll(() => highlightsCovering(page, marker)).toEqual(["cc-claim-unrated"]);
  const box = await page.evaluate((wanted) => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<AbstractRange>> }).highlights;
    for (const range of registry.get("cc-claim-unrated") ?? []) {
      if (range instanceof Range && range.toString() === wanted) {
        const rect = range.getClientRects()[0]!;
        return { x: rect.left + 5, y: rect.top + rect.height / 2 };
      }
    }
    return null;
  }, marker);
  expect(box).not.toBeNull();
  await page.mouse.click(box!.x, box!.y);
  await expect(claimQuote(page)).toHaveText(`“${marker}”`);

  // Typing in the claim's fields, and the autosave that refreshes the page data, leave the article alone.
  const renders = await article.getAttribute("data-renders");
  await page.getByLabel("Your verdict").selectOption("supported");
  await expect(page.locator('.save-status[data-field="rating"]')).toHaveText("Saved", { timeout: 60_000 });
  await page.getByLabel(/^Rationale/).fill("Two trials say otherwise.");
  await page.getByLabel(/^Rationale/).press("End");
  await page.keyboard.type(" Checked.");
  await expect(page.locator('.save-status[data-field="rating"]')).toHaveText("Saved", { timeout: 60_000 });
  // The only rating makes the claim's verdict: the refreshed claims redraw the highlights, not the text.
  await expect.poll(() => highlightsCovering(page, marker), { timeout: 30_000 }).toEqual(["cc-claim-active", "cc-claim-supported"]);
  expect(await article.getAttribute("data-renders")).toBe(renders);
});

test("without the Highlight API, claims are drawn as <mark> elements and a claim made by selection shows as one", async ({ pageAs, apiAs }) => {
  const stamp = Date.now().toString(36);
  const sentence = `Cold showers double the immune response ${stamp}.`;
  const page = await pageAs("reviewer");
  await page.addInitScript(() => {
    Object.defineProperty(CSS, "highlights", { value: undefined, configurable: true });
  });
  await openNewArticle(page, await apiAs("reviewer"), ["Short article about colds.", `Some say so. ${sentence} Others disagree.`], "No highlight API");
  await selectText(page, sentence);
  await page.getByRole("button", { name: "Create claim from selection" }).click();
  await expect(claimQuote(page)).toHaveText(`“${sentence}”`);
  const mark = page.locator(".workspace-article mark[data-claim-id]");
  await expect(mark).toHaveText(sentence);
  await expect(mark).toHaveAttribute("data-verdict", "unrated");
});
