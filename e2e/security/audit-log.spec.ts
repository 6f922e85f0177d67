import { expect, test, wcagViolations } from "../fixtures";
import { createWorld, json } from "./api-world";

/**
 * The /audit page: editors filter the log by article and action and read a change's before and
 * after. (What GET /api/audit answers, its filters, paging and who may read it:
 * tests/routes/audit-api.test.ts.)
 */

test.describe("the audit log", () => {
  test("the page filters by article and action and shows a change's before and after", async ({ apiAs, pageAs }) => {
    const reviewer = await apiAs("reviewer");
    const world = await createWorld(reviewer, "Audit trail");
    const renamed = `Audited title ${Date.now()}`;
    expect((await reviewer.patch(`/api/articles/${world.slug}`, json({ title: renamed }))).status()).toBe(200);

    const page = await pageAs("editor");
    await page.goto("/audit");
    await page.getByLabel("Article (slug)").fill(world.slug);
    await page.getByLabel("Action").selectOption("article.update");
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(new RegExp(`article=${world.slug}`));
    await expect(page.getByRole("cell", { name: /Ravi Reviewer/ })).toBeVisible();
    await page.getByText("Before and after").first().click();
    await expect(page.getByText(renamed).first()).toBeVisible();
    expect(await wcagViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 375, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
  });
});
