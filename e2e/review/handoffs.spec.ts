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

test("the API enforces the publishing confirmation: 409 naming what is missing, published once acknowledged", async ({ apiAs }) => {
  const editor = await apiAs("editor");
  const text = `Coffee after 4 pm halves deep sleep ${Date.now().toString(36)}.\n\nEnd.`;
  const created = await editor.post("/api/articles", { data: { title: `Confirm ${Date.now().toString(36)}`, format: "text", content: text } });
  const { slug } = (await created.json()) as { slug: string };
  expect((await editor.post(`/api/articles/${slug}/claims`, { data: { start: 0, end: 35 } })).status()).toBe(201);

  const refused = await editor.post(`/api/articles/${slug}/status`, { data: { status: "published" } });
  expect(refused.status()).toBe(409);
  const { error } = (await refused.json()) as { error: { message: string; details: { missing: string[] } } };
  expect(error.details.missing).toEqual(["1 claim is not rated yet.", "1 checkable claim has no evidence.", "There is no summary.", "No reviewer is assigned."]);
  expect(error.message).toMatch(/^Publishing needs a confirmation: 1 claim is not rated yet\. .*acknowledgeMissing/);
  // Acknowledging only part of it is not enough.
  const partly = await editor.post(`/api/articles/${slug}/status`, { data: { status: "published", acknowledgeMissing: ["There is no summary."] } });
  expect(partly.status()).toBe(409);
  expect((await editor.get(`/api/articles/${slug}`).then((r) => r.json()) as { article: { status: string } }).article.status).toBe("draft");

  const published = await editor.post(`/api/articles/${slug}/status`, { data: { status: "published", acknowledgeMissing: error.details.missing } });
  expect(published.status()).toBe(200);
  expect(((await published.json()) as { status: string }).status).toBe("published");
});
