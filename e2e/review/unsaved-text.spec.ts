import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures";
import { openNewArticle, workspaceStatus } from "./support/workspace";

const savedState = (page: Page, field: string) => page.locator(`.save-status[data-field="${field}"]`);

async function claimReady(page: Page, api: Parameters<typeof openNewArticle>[1], label: string) {
  const { slug } = await openNewArticle(page, api, ["Vitamin C cures the common cold.", "Other text."], label);
  await page.locator("body").press("c");
  await expect(workspaceStatus(page)).toContainText("Claim created");
  return slug;
}

test("Back mid-typing, then Forward: the rationale is back, announced, and saved", async ({ pageAs, apiAs }) => {
  const page = await pageAs("reviewer");
  await page.goto("/");
  const slug = await claimReady(page, await apiAs("reviewer"), "Back");
  await page.getByLabel("Your verdict").selectOption("unsupported");
  await expect(savedState(page, "rating")).toHaveText("Saved");

  const prompts: string[] = [];
  page.on("dialog", (dialog) => {
    prompts.push(dialog.type());
    void dialog.accept();
  });
  await page.getByLabel("Rationale (Markdown)").fill("Cochrane review: no effect on incidence.");
  await page.goBack();
  await expect(page).not.toHaveURL(new RegExp(`/review/${slug}$`));
  await page.goForward();
  await expect(page.getByLabel("Rationale (Markdown)")).toHaveValue("Cochrane review: no effect on incidence.");
  await expect(page.getByTestId("restored-notice").first()).toContainText("Restored unsaved text");
  await expect(savedState(page, "rating")).toHaveText("Saved");
  await page.reload();
  await expect(page.getByLabel("Rationale (Markdown)")).toHaveValue("Cochrane review: no effect on incidence.");
  await expect(page.getByTestId("restored-notice")).toHaveCount(0);
  expect(prompts.every((type) => type === "beforeunload")).toBe(true);
});

test("reload mid-save keeps the restatement; a half-filled evidence form survives too", async ({ pageAs, apiAs }) => {
  const page = await pageAs("reviewer");
  const slug = await claimReady(page, await apiAs("reviewer"), "Reload");
  page.on("dialog", (dialog) => void dialog.accept());
  // The evidence form folds its fields until there is a source: type one by hand.
  await page.getByText("Type the source by hand").click();
  await page.getByLabel("Title", { exact: true }).fill("Vitamin C for preventing and treating the common cold");
  await page.getByLabel("Finding or excerpt").fill("No reduction in incidence in 29 trials.");
  await page.getByLabel("Restatement", { exact: true }).fill("Vitamin C supplements cure colds.");
  await page.reload();
  await expect(page.getByLabel("Restatement", { exact: true })).toHaveValue("Vitamin C supplements cure colds.");
  await expect(savedState(page, "restatement")).toHaveText("Saved");
  await expect(page.getByLabel("Finding or excerpt")).toHaveValue("No reduction in incidence in 29 trials.");
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue("Vitamin C for preventing and treating the common cold");
  const review = (await (await (await apiAs("reviewer")).get(`/api/articles/${slug}`)).json()) as { claims: { restatement: string }[] };
  expect(review.claims[0]?.restatement).toBe("Vitamin C supplements cure colds.");
});

test("a save made offline is retried when the browser is back online", async ({ pageAs, apiAs }) => {
  const page = await pageAs("reviewer");
  await claimReady(page, await apiAs("reviewer"), "Offline");
  await page.context().setOffline(true);
  await page.getByLabel("Restatement", { exact: true }).fill("Vitamin C prevents colds in marathon runners.");
  await expect(savedState(page, "restatement")).toContainText("Couldn’t save");
  await page.context().setOffline(false);
  await expect(savedState(page, "restatement")).toHaveText("Saved");
});
