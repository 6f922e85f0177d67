import { expect, test as setup } from "@playwright/test";
import { ROLES } from "../domain/ratings/scale";
import { demoAccount, storageStatePath } from "./support/accounts";

for (const role of ROLES) {
  setup(`sign in as the demo ${role}`, async ({ page }) => {
    const account = demoAccount(role);
    await page.goto("/signin");
    await page.getByLabel("Email").fill(account.email);
    await page.getByLabel("Password").fill(account.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText(`${account.name} (${role})`)).toBeVisible();
    await page.context().storageState({ path: storageStatePath(role) });
  });
}
