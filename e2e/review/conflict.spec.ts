import { expect, test } from "../fixtures";
import { openNewArticle, workspaceStatus } from "./support/workspace";

test("two reviewers edit one claim: the later save gets a conflict showing both versions, and no text is lost", async ({ pageAs, apiAs }) => {
  const first = await pageAs("reviewer");
  const { slug } = await openNewArticle(first, await apiAs("reviewer"), ["Fish oil halves the risk of dementia.", "Other text."], "Conflict");
  await first.locator("body").press("c");
  await expect(workspaceStatus(first)).toContainText("Claim created");

  // An editor opens the same claim before the reviewer saves.
  const second = await pageAs("editor");
  await second.goto(`/review/${slug}`);
  await expect(second.locator("blockquote.claim-quote")).toHaveText("“Fish oil halves the risk of dementia.”");

  await first.getByLabel("Restatement").fill("Fish oil cuts dementia risk by 50%.");
  await expect(first.locator('.save-status[data-field="restatement"]')).toHaveText("Saved");

  await second.getByLabel("Restatement").fill("Omega-3 supplements halve dementia risk.");
  const conflict = second.locator(".conflict-panel");
  await expect(conflict).toContainText("Someone else saved this claim while you were editing it.");
  await expect(second.getByTestId("conflict-theirs")).toHaveText("Fish oil cuts dementia risk by 50%.");
  await expect(second.getByTestId("conflict-mine")).toHaveText("Omega-3 supplements halve dementia risk.");
  await expect(second.locator('.save-status[data-field="restatement"]')).toContainText("Couldn’t save");
  await expect(second.getByLabel("Restatement")).toHaveValue("Omega-3 supplements halve dementia risk.");

  // Nothing was overwritten on the server.
  await first.reload();
  await expect(first.getByLabel("Restatement")).toHaveValue("Fish oil cuts dementia risk by 50%.");

  // The second chooses their own version deliberately.
  await second.getByRole("button", { name: "Save my version instead" }).click();
  await expect(conflict).toHaveCount(0);
  await expect(second.locator('.save-status[data-field="restatement"]')).toHaveText("Saved");
  await first.reload();
  await expect(first.getByLabel("Restatement")).toHaveValue("Omega-3 supplements halve dementia risk.");
});
