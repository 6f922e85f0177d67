import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures";
import { openNewArticle, workspaceStatus } from "./support/workspace";

const savedState = (page: Page, field: string) => page.locator(`.save-status[data-field="${field}"]`);

test("two reviewers edit one claim: the later save gets a conflict showing both versions, and no text is lost", async ({ pageAs, apiAs }) => {
  const first = await pageAs("reviewer");
  const { slug } = await openNewArticle(first, await apiAs("reviewer"), ["Fish oil halves the risk of dementia.", "Other text."], "Conflict");
  await first.locator("body").press("c");
  await expect(workspaceStatus(first)).toContainText("Claim created");

  // An editor opens the same claim before the reviewer saves.
  const second = await pageAs("editor");
  await second.goto(`/review/${slug}`);
  await expect(second.locator("blockquote.claim-quote")).toHaveText("“Fish oil halves the risk of dementia.”");

  await first.getByLabel("Restatement", { exact: true }).fill("Fish oil cuts dementia risk by 50%.");
  await expect(savedState(first, "restatement")).toHaveText("Saved");

  await second.getByLabel("Restatement", { exact: true }).fill("Omega-3 supplements halve dementia risk.");
  const conflict = second.locator(".conflict-panel");
  await expect(conflict).toContainText("Someone else saved this claim while you were editing it.");
  await expect(second.getByTestId("conflict-theirs-restatement")).toHaveText("Fish oil cuts dementia risk by 50%.");
  await expect(second.getByTestId("conflict-mine-restatement")).toHaveText("Omega-3 supplements halve dementia risk.");
  await expect(savedState(second, "restatement")).toContainText("Couldn’t save");
  await expect(second.getByLabel("Restatement", { exact: true })).toHaveValue("Omega-3 supplements halve dementia risk.");

  // Nothing was overwritten on the server.
  await first.reload();
  await expect(first.getByLabel("Restatement", { exact: true })).toHaveValue("Fish oil cuts dementia risk by 50%.");

  // The second edits the result (theirs + a correction) and saves it deliberately.
  await second.getByRole("button", { name: "Use theirs" }).click();
  await second.getByLabel("Restatement to save").fill("Fish oil (omega-3) cuts dementia risk by 50%.");
  await second.getByRole("button", { name: "Save this version" }).click();
  await expect(conflict).toHaveCount(0);
  await expect(savedState(second, "restatement")).toHaveText("Saved");
  await expect(second.getByLabel("Restatement", { exact: true })).toHaveValue("Fish oil (omega-3) cuts dementia risk by 50%.");
  await first.reload();
  await expect(first.getByLabel("Restatement", { exact: true })).toHaveValue("Fish oil (omega-3) cuts dementia risk by 50%.");
});

test("issue 14's lost update: the admin on a stale page rates, then edits the restatement; the reviewer's text survives", async ({ pageAs, apiAs }) => {
  const reviewer = await pageAs("reviewer");
  const { slug } = await openNewArticle(reviewer, await apiAs("reviewer"), ["Vitamin D prevents all colds.", "Other text."], "Lost update");
  await reviewer.locator("body").press("c");
  await expect(workspaceStatus(reviewer)).toContainText("Claim created");

  const admin = await pageAs("admin");
  await admin.goto(`/review/${slug}`);
  await expect(admin.locator("blockquote.claim-quote")).toHaveText("“Vitamin D prevents all colds.”");

  await reviewer.getByLabel("Restatement", { exact: true }).fill("Vitamin D supplements prevent every cold.");
  await expect(savedState(reviewer, "restatement")).toHaveText("Saved");

  // The admin's page is stale: the rating is saved (it changes nothing the admin has not seen)…
  await admin.getByLabel("Your verdict").selectOption("contradicted");
  await expect(savedState(admin, "rating")).toHaveText("Saved");
  // …but the restatement is not overwritten: the admin sees both versions.
  await admin.getByLabel("Restatement", { exact: true }).fill("Vitamin D prevents colds.");
  await expect(admin.getByTestId("conflict-theirs-restatement")).toHaveText("Vitamin D supplements prevent every cold.");
  await expect(admin.getByTestId("conflict-mine-restatement")).toHaveText("Vitamin D prevents colds.");
  await expect(savedState(admin, "restatement")).not.toHaveText("Saved");

  const review = (await (await (await apiAs("reviewer")).get(`/api/articles/${slug}`)).json()) as { claims: { restatement: string; verdict: string }[] };
  expect(review.claims[0]).toMatchObject({ restatement: "Vitamin D supplements prevent every cold.", verdict: "contradicted" });
});

test("the same user in two tabs: the stale tab's rationale does not overwrite the other's", async ({ pageAs, apiAs }) => {
  const one = await pageAs("reviewer");
  const { slug } = await openNewArticle(one, await apiAs("reviewer"), ["Green tea burns belly fat.", "Other text."], "Two tabs");
  await one.locator("body").press("c");
  await expect(workspaceStatus(one)).toContainText("Claim created");
  const two = await one.context().newPage();
  await two.goto(`/review/${slug}`);
  await expect(two.locator("blockquote.claim-quote")).toHaveText("“Green tea burns belly fat.”");

  await one.getByLabel("Your verdict").selectOption("unsupported");
  await one.getByLabel("Rationale (Markdown)").fill("Trials show no fat loss from green tea.");
  await expect(savedState(one, "rating")).toHaveText("Saved");

  await two.getByLabel("Your verdict").selectOption("unsupported");
  await two.getByLabel("Rationale (Markdown)").fill("Only mouse studies.");
  await expect(two.getByTestId("conflict-theirs-rationale")).toHaveText("Trials show no fat loss from green tea.");
  await expect(two.getByTestId("conflict-mine-rationale")).toHaveText("Only mouse studies.");
  await expect(two.getByLabel("Rationale (Markdown)")).toHaveValue("Only mouse studies.");

  await two.getByLabel("Rationale to save").fill("Trials show no fat loss from green tea. Only mouse studies show any.");
  await two.getByRole("button", { name: "Save this version" }).click();
  await expect(savedState(two, "rating")).toHaveText("Saved");
  await one.reload();
  await expect(one.getByLabel("Rationale (Markdown)")).toHaveValue("Trials show no fat loss from green tea. Only mouse studies show any.");
});
