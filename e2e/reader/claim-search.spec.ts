import { expect, test, wcagViolations } from "../fixtures";

test.describe("searching checked claims (/claims)", () => {
  test("a reader finds the published claim, filters by verdict and opens it on its reader page", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: "Search claims" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Checked before?" })).toBeVisible();
    await page.getByLabel("Claim to look for").fill("Is vitamin K2 really the only substance that reverses soft tissue calcification?");
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/\/claims\?q=/);
    const first = page.locator(".claim-search-results > li").first();
    await expect(first.getByRole("link", { name: "Vitamin K2 is the only known substance that can stop and reverse soft tissue calcification." })).toBeVisible();
    expect(await wcagViolations(page)).toEqual([]);

    // A verdict no matching claim has: nothing is listed.
    await page.getByRole("checkbox", { name: /Supported$/ }).first().check();
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/verdict=supported/);
    const rows = page.locator(".claim-search-results > li");
    for (const badge of await rows.locator(".verdict-badge").all()) await expect(badge).toHaveAttribute("data-verdict", "supported");

    await page.goto(`/claims?q=${encodeURIComponent("vitamin K2 only substance reverse soft tissue calcification")}`);
    await page.locator(".claim-search-results > li").first().getByRole("link").click();
    await expect(page).toHaveURL(/\/articles\/reversing-calcification-vitamin-k2#claim-/);
  });

  test("each result says in words how close it is: the claim's own sentence is probably the same claim, a loose keyword match is only related", async ({ page }) => {
    await page.goto(`/claims?q=${encodeURIComponent("Vitamin K2 is the only known substance that can stop and reverse soft tissue calcification.")}`);
    const results = page.locator(".claim-search-results > li");
    await expect(results.first().locator(".claim-search-verdict")).toContainText("Probably the same claim");
    await expect(results.last().locator(".claim-search-verdict")).toContainText(/^(?!.*Probably the same claim).*(A similar claim|Related)/);
    await expect(results.first().locator(".claim-search-verdict .hint")).toHaveAttribute("title", /^Match score \d+%$/);
    await page.setViewportSize({ width: 375, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth), "the page does not scroll sideways at phone width").toBeLessThanOrEqual(375);
    expect(await wcagViolations(page)).toEqual([]);
  });

  test("an over-long search gets the reason, not an error page", async ({ page }) => {
    await page.goto(`/claims?q=${"a".repeat(2001)}`);
    await expect(page.getByRole("alert").filter({ hasText: "2,000 characters" })).toBeVisible();
  });
});
