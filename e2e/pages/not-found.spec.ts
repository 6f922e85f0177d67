import { expect, test, wcagViolations } from "../fixtures";

test("an unknown address answers 404 with a page in the product's look that leads back to the reviews", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page).toHaveTitle(/Page not found/);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(page.getByRole("banner").getByRole("link", { name: "Claimcheck" })).toBeVisible();
  expect(await wcagViolations(page)).toEqual([]);
  await page.getByRole("link", { name: "all published reviews" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Published reviews" })).toBeVisible();
});

test("an unknown revision of a review answers 404 with the same page", async ({ pageAs }) => {
  const editor = await pageAs("editor");
  const response = await editor.goto("/articles/reversing-calcification-vitamin-k2/revisions/999");
  expect(response?.status()).toBe(404);
  await expect(editor.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
});
