import { expect, test } from "../fixtures";
import { baseURL } from "../../playwright.config";
import { demoAccount } from "../support/accounts";

/**
 * Issue 16, item 2: a sign-in link may only send the user to a page of this app afterwards.
 * `/signin?callbackUrl=%2F%5Cevil.example%2Fphish` used to land on http://evil.example/phish
 * (browsers read `/\` as `//`), and so did a tab between the slashes.
 */

const ATTACKS = ["%2F%5Cevil.example%2Fphish", "%2F%09%2Fevil.example", "%2F%2Fevil.example", "%2F.%2F%2Fevil.example", "https%3A%2F%2Fevil.example%2F"];

test.describe("sign-in callback URLs", () => {
  for (const attack of ATTACKS) {
    test(`signing in from /signin?callbackUrl=${attack} stays on this site`, async ({ browser }) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const offsite: string[] = [];
      await context.route((url) => url.hostname.endsWith("evil.example"), async (route) => {
        offsite.push(route.request().url());
        await route.abort();
      });
      await page.goto(`/signin?callbackUrl=${attack}`);
      const reader = demoAccount("reader");
      await page.getByLabel("Email").fill(reader.email);
      await page.getByLabel("Password").fill(reader.password);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByText(`${reader.name} (reader)`)).toBeVisible();
      await expect(page).toHaveURL(`${baseURL}/review`);
      expect(offsite).toEqual([]);
      await context.close();
    });
  }

  test("a same-site callback path is still followed", async ({ browser }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`/signin?callbackUrl=${encodeURIComponent("/articles/reversing-calcification-vitamin-k2")}`);
    const reader = demoAccount("reader");
    await page.getByLabel("Email").fill(reader.email);
    await page.getByLabel("Password").fill(reader.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(`${baseURL}/articles/reversing-calcification-vitamin-k2`);
    await context.close();
  });
});
