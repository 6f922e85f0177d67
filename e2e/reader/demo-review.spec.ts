import { readFileSync } from "node:fs";
import { expect, test, wcagViolations } from "../fixtures";
import { DEMO_ARTICLE_PATH } from "../support/accounts";

const referenceDois = [...readFileSync("prisma/fixtures/vitamin-k2/references.md", "utf8").matchAll(/\| (10\.\d{4,}\/[^\s|]+) \|/g)].map((m) => m[1]!.toLowerCase());

test.describe("the published demo review", () => {
  test("highlights at least 12 claims, every verdict, with the references' DOIs in the evidence", async ({ page }) => {
    await page.goto(DEMO_ARTICLE_PATH);
    const ids = await page.locator("mark[data-claim-id]").evaluateAll((marks) => [...new Set(marks.map((m) => m.getAttribute("data-claim-id")))]);
    expect(ids.length).toBeGreaterThanOrEqual(12);
    const verdicts = await page.locator("mark[data-claim-id]").evaluateAll((marks) => [...new Set(marks.map((m) => m.getAttribute("data-verdict")))]);
    expect(verdicts.sort()).toEqual(["contradicted", "mixed", "mostly_supported", "not_checkable", "supported", "unsupported"]);

    const shownDois = new Set<string>();
    for (const id of ids) {
      await page.locator(`mark[data-claim-id="${id}"]`).first().click();
      const links = await page.getByRole("dialog").getByRole("link", { name: /^DOI:/ }).allTextContents();
      links.forEach((text) => shownDois.add(text.replace("DOI: ", "").toLowerCase()));
      await page.getByRole("button", { name: "Close" }).click();
    }
    expect(referenceDois.length).toBeGreaterThan(15);
    expect(shownDois.size).toBeGreaterThanOrEqual(15);
    // references.md also lists three works the demo review does not cite.
    const notCited = ["10.1093/jn/134.11.3100", "10.1160/th14-08-0675", "10.3402/fnr.v56i0.5505"];
    expect(referenceDois.filter((doi) => !shownDois.has(doi)).sort()).toEqual(notCited);
  });

  test("a highlight opens with Enter, Escape closes and gives focus back", async ({ page }) => {
    await page.goto(DEMO_ARTICLE_PATH);
    const highlight = page.locator('mark[role="button"][data-claim-id="demo-claim-06"]');
    await highlight.focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog");
    await expect(dialog).toContainText("Supported");
    await expect(dialog.getByRole("link", { name: "DOI: 10.1038/386078a0" })).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(highlight).toBeFocused();
  });

  test("the claim list opens a claim, and a deep link opens it on arrival", async ({ page }) => {
    await page.goto(DEMO_ARTICLE_PATH);
    await page.getByRole("navigation", { name: "Claims in this article" }).getByRole("button", { name: /Mice lacking matrix Gla protein/ }).click();
    await expect(page.getByRole("dialog")).toContainText("Luo");
    await expect(page).toHaveURL(/#claim-demo-claim-06$/);
    await page.goto(`${DEMO_ARTICLE_PATH}#claim-demo-claim-03`);
    await expect(page.getByRole("dialog")).toContainText("7.6% of the world population");
  });

  test("the verdict filter narrows the claim list", async ({ page }) => {
    await page.goto(DEMO_ARTICLE_PATH);
    await page.getByRole("button", { name: /Contradicted \(3\)/ }).click();
    await expect(page.getByRole("navigation", { name: "Claims in this article" }).getByRole("listitem")).toHaveCount(3);
    await expect(page.locator(".article-column")).toHaveClass(/dimmed/);
  });

  for (const width of [1280, 375]) {
    test(`has no WCAG 2.1 AA violation at ${width} px, with and without a claim open`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(DEMO_ARTICLE_PATH);
      expect(await wcagViolations(page)).toEqual([]);
      await page.locator('mark[role="button"]').first().click();
      await expect(page.getByRole("dialog")).toBeVisible();
      expect(await wcagViolations(page)).toEqual([]);
    });
  }
});
