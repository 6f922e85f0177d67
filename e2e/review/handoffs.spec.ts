import { expect, test } from "../fixtures";
import { openNewArticle, workspaceStatus } from "./support/workspace";

test("reviewer hands over, editor sends back with a note, then publishes after seeing what is missing; unrated claims are not counted as reviewed", async ({ pageAs, apiAs }) => {
  const reviewer = await pageAs("reviewer");
  const { slug } = await openNewArticle(reviewer, await apiAs("reviewer"), ["Fish oil halves the risk of dementia.", "Other text."], "Handoff");
  await reviewer.locator("body").press("c");
  await expect(workspaceStatus(reviewer)).toContainText("Claim created");
  await reviewer.getByRole("button", { name: "Ready for review" }).click();
  await expect(reviewer.locator(".workflow-bar .status-chip")).toHaveText("In review");

  const editor = await pageAs("editor");
  await editor.goto(`/review/${slug}`);
  await editor.getByRole("button", { name: "Send back…" }).click();
  await editor.getByLabel("What should change").fill("Rate the claim and add the VITAL trial.");
  await editor.getByRole("button", { name: "Send back with this note" }).click();
  await expect(editor.locator(".workflow-bar .status-chip")).toHaveText("Draft");

  await reviewer.reload();
  await expect(reviewer.getByTestId("send-back-note")).toContainText("Rate the claim and add the VITAL trial.");

  await editor.getByRole("button", { name: "Publish…" }).click();
  const missing = editor.getByTestId("publish-missing");
  await expect(missing).toContainText("1 claim is not rated yet.");
  await expect(missing).toContainText("There is no summary.");
  await editor.getByRole("button", { name: "Cancel" }).click();
  await expect(editor.locator(".workflow-bar .status-chip")).toHaveText("Draft");
  await editor.getByRole("button", { name: "Publish…" }).click();
  await editor.getByRole("button", { name: "Publish anyway" }).click();
  await expect(editor.locator(".workflow-bar .status-chip")).toHaveText("Published");

  await editor.goto(`/articles/${slug}`);
  await expect(editor.locator(".scorecard-headline")).toContainText("0 claims reviewed");
  await expect(editor.locator(".scorecard-headline")).toContainText("1 not yet rated");
});
