import { expect, test } from "../fixtures";
import { openNewArticle, workspaceStatus } from "./support/workspace";

test("a reviewer creating a claim that repeats a published one sees it as checked before and copies its evidence", async ({ pageAs, apiAs }) => {
  const page = await pageAs("reviewer");
  await openNewArticle(page, await apiAs("reviewer"), ["Vitamin K2 is the only known substance that can stop and reverse the calcification of soft tissue."], "Checked before");
  await page.locator("body").press("c");
  await expect(workspaceStatus(page)).toContainText("Claim created");

  const panel = page.getByRole("region", { name: "Checked before" });
  const best = panel.locator(".checked-before-match").first();
  await expect(best).toContainText("Probably the same claim");
  await expect(best.getByRole("link", { name: "Reversing calcification and the miracle of vitamin K2" })).toBeVisible();
  await expect(best.locator(".verdict-badge")).toBeVisible();

  const copyButton = best.getByRole("button", { name: /Copy its evidence \((\d+)\)/ });
  const count = Number(/\((\d+)\)/.exec((await copyButton.textContent()) ?? "")?.[1]);
  expect(count).toBeGreaterThan(0);
  await copyButton.click();
  await expect(workspaceStatus(page)).toContainText(`Copied ${count} evidence`);
  await expect(page.locator(".claim-editor .evidence-card")).toHaveCount(count);
});
