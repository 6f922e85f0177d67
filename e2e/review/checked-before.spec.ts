import { expect, test } from "../fixtures";
import { openNewArticle, workspaceStatus } from "./support/workspace";

const REPEATED_CLAIM = "Vitamin K2 is the only known substance that can stop and reverse the calcification of soft tissue.";
const DEMO_TITLE = "Reversing calcification and the miracle of vitamin K2";

test("a reviewer creating a claim that repeats a published one sees it as checked before, copies its evidence and links it; readers see \"Also checked in\"", async ({
  pageAs,
  apiAs,
  page: readerPage,
}) => {
  const page = await pageAs("reviewer");
  const { slug, title } = await openNewArticle(page, await apiAs("reviewer"), [REPEATED_CLAIM], "Checked before");
  await page.locator("body").press("c");
  await expect(workspaceStatus(page)).toContainText("Claim created");

  const panel = page.getByRole("region", { name: "Checked before" });
  const best = panel.getByRole("list", { name: "Earlier reviews of this claim" }).locator(".checked-before-match").first();
  await expect(best).toContainText("Probably the same claim");
  const articleLink = best.getByRole("link", { name: DEMO_TITLE });
  await expect(articleLink).toBeVisible();
  await expect(best.locator(".verdict-badge")).toBeVisible();
  const matchUrl = (await articleLink.getAttribute("href")) ?? "";
  expect(matchUrl).toMatch(/^\/articles\/[^#]+#claim-[\w-]+$/);

  const copyButton = best.getByRole("button", { name: /Copy its evidence \((\d+)\)/ });
  const count = Number(/\((\d+)\)/.exec((await copyButton.textContent()) ?? "")?.[1]);
  expect(count).toBeGreaterThan(0);
  await copyButton.click();
  await expect(workspaceStatus(page)).toContainText(`Copied ${count} evidence`);
  await expect(page.locator(".claim-editor .evidence-card")).toHaveCount(count);

  // "Same claim as": one action, shown at once, and undoable.
  const refreshedPanel = page.getByRole("region", { name: "Checked before" });
  await refreshedPanel.getByRole("button", { name: `Link as the same claim as in “${DEMO_TITLE}”` }).first().click();
  await expect(refreshedPanel.getByRole("status").filter({ hasText: "Linked as the same claim" })).toBeVisible();
  const linkedList = refreshedPanel.getByRole("list", { name: "Linked as the same claim" });
  await expect(linkedList.getByRole("link", { name: DEMO_TITLE })).toBeVisible();
  await linkedList.getByRole("button", { name: `Unlink from the claim in “${DEMO_TITLE}”` }).click();
  await expect(refreshedPanel.getByRole("status").filter({ hasText: "Unlinked" })).toBeVisible();
  await expect(linkedList).toBeHidden();
  await refreshedPanel.getByRole("button", { name: `Link as the same claim as in “${DEMO_TITLE}”` }).first().click();
  await expect(linkedList.getByRole("link", { name: DEMO_TITLE })).toBeVisible();

  // Published, the new review shows up in the demo claim's dialog for readers (not signed in), and back.
  const editor = await apiAs("editor");
  expect((await editor.post(`/api/articles/${slug}/status`, { data: { status: "published", acknowledgeMissing: true } })).status()).toBeLessThan(300);
  await readerPage.goto(matchUrl);
  const dialog = readerPage.getByRole("dialog");
  const alsoCheckedIn = dialog.locator("section.also-checked-in");
  await expect(alsoCheckedIn.getByRole("heading", { name: "Also checked in" })).toBeVisible();
  const back = alsoCheckedIn.getByRole("link", { name: title });
  await expect(back).toBeVisible();
  await expect(alsoCheckedIn).toContainText(REPEATED_CLAIM);
  await back.click();
  await expect(readerPage).toHaveURL(new RegExp(`/articles/${slug}#claim-`));
  await expect(readerPage.getByRole("dialog").locator("section.also-checked-in").getByRole("link", { name: DEMO_TITLE })).toBeVisible();
});
