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
      // The evidence is fetched when the claim is opened: read the links once it is there.
      await expect(page.getByRole("dialog").locator('.claim-detail[aria-busy="false"]')).toBeVisible();
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

  test("lists every cited source with its DOI under the article, in the HTML as served (no script needed)", async ({ page, request }) => {
    const notCited = new Set(["10.1093/jn/134.11.3100", "10.1160/th14-08-0675", "10.3402/fnr.v56i0.5505"]);
    const cited = referenceDois.filter((doi) => !notCited.has(doi));
    const html = (await (await request.get(DEMO_ARTICLE_PATH)).text()).toLowerCase();
    for (const doi of cited) expect(html, doi).toContain(`href="https://doi.org/${doi}"`);

    await page.goto(DEMO_ARTICLE_PATH);
    const section = page.getByRole("region", { name: /^Sources cited \(\d+\)$/ });
    const shown = (await section.getByRole("link", { name: /^DOI:/ }).allTextContents()).map((text) => text.replace("DOI: ", "").toLowerCase());
    for (const doi of cited) expect(shown, doi).toContain(doi);
    expect(new Set(shown).size, "each source once").toBe(shown.length);
    await expect(section.getByRole("listitem").first()).toContainText(/cited for \d+ claims?/);
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

  test("the verdict filter narrows the claim list and dims the other highlights", async ({ page }) => {
    await page.goto(DEMO_ARTICLE_PATH);
    await page.locator(".reader[data-ready]").waitFor();
    await page.getByRole("button", { name: /Contradicted \(3\)/ }).click();
    await expect(page.getByRole("navigation", { name: "Claims in this article" }).getByRole("listitem")).toHaveCount(3);
    await expect(page.locator(".article-column")).toHaveClass(/dimmed/);
    const lit = await page.locator("article mark[data-verdict].match").evaluateAll((marks) => [...new Set(marks.map((m) => m.getAttribute("data-verdict")))]);
    expect(lit).toEqual(["contradicted"]);
    const supported = page.locator('.article-column mark[data-verdict="supported"]').first();
    await expect.poll(() => supported.evaluate((m) => getComputedStyle(m).backgroundColor)).toBe("rgba(0, 0, 0, 0)");
    await page.getByRole("button", { name: /^All \(/ }).click();
    await expect(page.locator(".article-column")).not.toHaveClass(/dimmed/);
  });

  test("the scorecard shows the verdicts as one bar with counts, the supported share and the weakest claims", async ({ page }) => {
    await page.goto(DEMO_ARTICLE_PATH);
    const scorecard = page.getByRole("region", { name: "Scorecard" });
    await expect(scorecard).toContainText(/14 claims reviewed/);
    await expect(scorecard).toContainText(/\d+% of checkable claims supported/);
    const bar = scorecard.getByRole("img", { name: /^Claims by verdict:/ });
    await expect(bar).toHaveAttribute("aria-label", /Contradicted 3/);
    const counts = await bar.locator(".bar-count").allTextContents();
    expect(counts.map(Number).reduce((a, b) => a + b, 0)).toBe(14);
    await expect(scorecard.getByRole("heading", { name: "Editor’s summary" })).toBeVisible();
    const weakest = scorecard.locator(".weakest-claims").getByRole("button");
    await expect(weakest.first()).toContainText("Contradicted");
    await weakest.first().click();
    await expect(page.getByRole("dialog")).toContainText("Contradicted");
  });

  test("j and k move through the claims by keyboard, in reading order", async ({ page }) => {
    await page.goto(DEMO_ARTICLE_PATH);
    await page.locator(".reader[data-ready]").waitFor();
    await page.keyboard.press("j");
    const first = await page.evaluate(() => document.activeElement?.getAttribute("data-claim-id"));
    await page.keyboard.press("j");
    const second = await page.evaluate(() => document.activeElement?.getAttribute("data-claim-id"));
    expect(first).toBeTruthy();
    expect(second).not.toBe(first);
    await expect(page.getByRole("navigation", { name: "Claims in this article" }).locator('[aria-current="true"]')).toHaveCount(1);
    await page.keyboard.press("k");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-claim-id"))).toBe(first);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("dialog")).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`#claim-${first}$`));
    await page.keyboard.press("Escape");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-claim-id"))).toBe(first);
  });

  test("the claim opens as a side panel on a desktop and as a bottom sheet on a phone", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${DEMO_ARTICLE_PATH}#claim-demo-claim-06`);
    const dialog = page.getByRole("dialog");
    await expect(dialog.getByRole("link", { name: "DOI: 10.1038/386078a0" })).toHaveAttribute("href", "https://doi.org/10.1038/386078a0");
    let box = (await dialog.boundingBox())!;
    expect(box.x + box.width).toBeCloseTo(1280, -1);
    expect(box.x).toBeGreaterThan(500);
    expect(box.height).toBeGreaterThan(700);

    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto(`${DEMO_ARTICLE_PATH}#claim-demo-claim-06`);
    await expect(dialog).toContainText("Supported");
    box = (await dialog.boundingBox())!;
    expect(box.width).toBeCloseTo(375, -1);
    expect(box.y + box.height).toBeCloseTo(740, -1);
    expect(box.y).toBeGreaterThan(100);
    await expect(dialog.getByRole("link", { name: "DOI: 10.1038/386078a0" })).toBeVisible();
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
