import { expect, test, wcagViolations } from "../fixtures";
import { claimListItems, claimQuote, openNewArticle, selectText, workspaceStatus } from "./support/workspace";

const PARAGRAPHS = [
  "Vitamin D prevents every cold in winter. It also doubles bone density within a month.",
  "Doctors always recommend ten thousand steps a day. Walking reduces heart attacks by 30 percent.",
];

test("keyboard: step through sentences, make a claim with c, set a verdict with a number key, see the help overlay", async ({ pageAs, apiAs }) => {
  const page = await pageAs("reviewer");
  await openNewArticle(page, await apiAs("reviewer"), PARAGRAPHS, "Keyboard claims");
  await expect(page.locator(".workspace-claims .empty-state")).toContainText("No claims yet");
  await page.locator("body").press("]");
  await expect(page.locator(".sentence-preview")).toContainText("Sentence 2 of 4: It also doubles bone density within a month.");
  await page.locator("body").press("c");
  await expect(workspaceStatus(page)).toContainText("Claim created");
  await expect(claimQuote(page)).toHaveText("“It also doubles bone density within a month.”");

  await page.locator("body").press("2");
  await expect(page.getByLabel("Your verdict")).toHaveValue("unsupported");
  await expect(page.locator('.save-status[data-field="rating"]')).toHaveText("Saved");

  await page.locator("body").press("?");
  const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(help).toBeVisible();
  await expect(help).toContainText("Make a claim of the selected text");
  await page.keyboard.press("Escape");
  await expect(help).toBeHidden();
});

test("select text snapped to words; extend and shrink by a word; split at a word; merge two; not checkable; delete and undo", async ({ pageAs, apiAs }) => {
  const page = await pageAs("reviewer");
  await openNewArticle(page, await apiAs("reviewer"), PARAGRAPHS, "Claim editing");

  // A selection that starts and ends inside words is snapped to whole words on the server.
  await selectText(page, "tamin D prevents every co");
  await page.getByRole("button", { name: "Create claim from selection" }).click();
  await expect(claimQuote(page)).toHaveText("“Vitamin D prevents every cold”");

  // Boundaries and split are folded away in the compact editor; the fold stays open while the claim is resized.
  await page.getByText("Span and split").click();
  await page.getByRole("button", { name: "Extend end →" }).click();
  await expect(claimQuote(page)).toHaveText("“Vitamin D prevents every cold in”");
  await page.getByRole("button", { name: "Extend end →" }).click();
  await expect(claimQuote(page)).toHaveText("“Vitamin D prevents every cold in winter”");
  await page.getByRole("button", { name: "Shrink start →" }).click();
  await expect(claimQuote(page)).toHaveText("“D prevents every cold in winter”");
  await page.getByRole("button", { name: "← Extend start" }).click();
  await expect(claimQuote(page)).toHaveText("“Vitamin D prevents every cold in winter”");

  // Split before "every".
  await page.getByLabel("Split before the word").selectOption({ label: "4. every" });
  await page.getByRole("button", { name: "Split claim" }).click();
  await expect(workspaceStatus(page)).toContainText("Claim split in two");
  await expect(claimQuote(page)).toHaveText("“every cold in winter”");
  await expect(claimListItems(page)).toHaveCount(2);

  // Merge them back.
  await page.getByLabel("Tick claim 1 to merge").check();
  await page.getByLabel("Tick claim 2 to merge").check();
  await page.getByRole("button", { name: "Merge ticked claims (2)" }).click();
  await expect(workspaceStatus(page)).toContainText("2 claims merged into one");
  await expect(claimListItems(page)).toHaveCount(1);
  await expect(claimQuote(page)).toHaveText("“Vitamin D prevents every cold in winter”");

  // An overlapping claim, then marked not checkable.
  await selectText(page, "Doctors always recommend ten thousand steps a day.");
  await page.getByRole("button", { name: "Mark selection not checkable" }).click();
  await expect(workspaceStatus(page)).toContainText("Marked not checkable");
  await expect(page.locator(".claim-editor")).toContainText("Not checkable");

  // Delete, then undo: the claim comes back.
  await page.getByRole("button", { name: "Delete claim" }).click();
  await expect(workspaceStatus(page)).toContainText("Claim deleted.");
  await expect(claimListItems(page)).toHaveCount(1);
  await workspaceStatus(page).getByRole("button", { name: "Undo" }).click();
  await expect(workspaceStatus(page)).toContainText("Claim restored.");
  await expect(claimListItems(page)).toHaveCount(2);
  await expect(claimQuote(page)).toHaveText("“Doctors always recommend ten thousand steps a day.”");

  expect(await wcagViolations(page)).toEqual([]);
});

test("suggested claims: accept one, accept the rest in bulk, advice accepted as not checkable", async ({ pageAs, apiAs }) => {
  const page = await pageAs("reviewer");
  await openNewArticle(page, await apiAs("reviewer"), [...PARAGRAPHS, "You should take 5000 IU of vitamin D every day."], "Suggestions");
  // One click: opening the panel asks for the suggestions.
  await page.getByRole("button", { name: "Suggest claims" }).click();
  const panel = page.locator(".suggestions-panel");
  await expect(panel.getByRole("heading", { name: /Suggested claims \(\d+\)/ })).toBeVisible();
  const advice = panel.locator(".suggestion[data-kind='advice']").filter({ hasText: "You should take 5000 IU" });
  await expect(advice).toContainText("Advice");
  await expect(advice.getByLabel("Not checkable (advice, opinion)")).toBeChecked();

  const walking = panel.locator(".suggestion").filter({ hasText: "Walking reduces heart attacks by 30 percent." });
  await walking.getByLabel("Restatement (optional)").fill("Walking cuts heart attacks by 30%.");
  await walking.getByRole("button", { name: /^Accept/ }).click();
  await expect(workspaceStatus(page)).toContainText("1 suggestion accepted as claims.");
  await expect(claimListItems(page).filter({ hasText: "Walking cuts heart attacks by 30%." })).toHaveCount(1);

  const remaining = await panel.locator(".suggestion").count();
  expect(remaining).toBeGreaterThan(1);
  await panel.getByRole("button", { name: "Choose all" }).click();
  await panel.getByRole("button", { name: `Accept chosen (${remaining})` }).click();
  await expect(workspaceStatus(page)).toContainText(`${remaining} suggestions accepted as claims.`);
  await expect(panel).toContainText("No more suggestions");
  await expect(claimListItems(page)).toHaveCount(remaining + 1);
  await claimListItems(page).filter({ hasText: "You should take 5000 IU" }).click();
  await expect(page.locator(".claim-editor")).toContainText("Not checkable");
});
