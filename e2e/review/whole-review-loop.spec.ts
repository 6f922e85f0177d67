import { expect, test, uniqueArticle, wcagViolations } from "../fixtures";
import { chooseEvidenceKind } from "./support/workspace";

test("a reviewer turns a pasted article into a rated, evidenced claim; an editor publishes; a reader sees it", async ({ pageAs, browser }) => {
  const article = uniqueArticle("Tea and strokes");

  // Reviewer: paste the article.
  const reviewer = await pageAs("reviewer");
  await reviewer.goto("/review/new");
  await reviewer.getByLabel("Title").fill(article.title);
  await reviewer.getByLabel("Article text").fill(article.text);
  await reviewer.getByRole("button", { name: "Import article" }).click();
  await expect(reviewer.getByRole("heading", { level: 1, name: article.title })).toBeVisible();
  const reviewUrl = reviewer.url();

  // Select the claim's sentence (a triple click selects its paragraph) and make a claim of it.
  await reviewer.getByText(article.claimSentence).click({ clickCount: 3 });
  await reviewer.getByRole("button", { name: "Create claim from selection" }).click();
  const status = reviewer.locator("#workspace-status");
  await expect(status).toContainText("Claim created");
  await expect(reviewer.locator("blockquote.claim-quote")).toHaveText(`“${article.claimSentence}”`);

  // Restatement, verdict, rationale: saved as they are typed, no save button.
  await reviewer.getByLabel("Restatement").fill("Green tea lowers stroke risk by 40% in over-50s.");
  await reviewer.getByLabel("Your verdict").selectOption("unsupported");
  await reviewer.getByLabel("Rationale (Markdown)").fill("The cohort data show an **association** of about 20%, not 40%.");
  await expect(reviewer.locator('.save-status[data-field="restatement"]')).toHaveText("Saved");
  await expect(reviewer.locator('.save-status[data-field="rating"]')).toHaveText("Saved");

  // Evidence, typed by hand (the source's fields are folded until asked for).
  await reviewer.getByText("Type the source by hand").click();
  await reviewer.getByLabel("Title", { exact: true }).last().fill("Green tea consumption and stroke risk: a cohort study");
  await reviewer.getByLabel("Authors").fill("Kokubo Y; Iso H");
  await reviewer.getByLabel("Year").fill("2013");
  await reviewer.getByLabel("DOI", { exact: true }).fill("10.1161/STROKEAHA.111.677500");
  await reviewer.getByLabel("Finding or excerpt").fill("Higher green tea intake was associated with a lower risk of stroke.");
  await chooseEvidenceKind(reviewer, { stance: "partially_supports", studyDesign: "cohort" });
  await reviewer.getByRole("button", { name: "Add evidence" }).click();
  await expect(status).toHaveText("Evidence added.");
  await expect(reviewer.locator(".claim-editor .evidence-card")).toContainText("10.1161/strokeaha.111.677500");

  // A reviewer cannot publish: the control is not there.
  await expect(reviewer.getByRole("button", { name: "Publish" })).toHaveCount(0);

  // Editor: publish.
  const editor = await pageAs("editor");
  await editor.goto(reviewUrl);
  await editor.getByRole("button", { name: "Publish…" }).click();
  // The review has no summary: publishing says so and needs a second, explicit click.
  await expect(editor.getByRole("dialog")).toContainText("There is no summary.");
  await editor.getByRole("button", { name: "Publish anyway" }).click();
  await expect(editor.locator(".status-chip")).toHaveText("Published");

  // Anonymous reader: open the page, click the highlight, see the evidence.
  const readerContext = await browser.newContext();
  const reader = await readerContext.newPage();
  const slug = new URL(reviewUrl).pathname.split("/").pop()!;
  await reader.goto(`/articles/${slug}`);
  const highlight = reader.locator("mark[data-claim-id]").first();
  await expect(highlight).toHaveAttribute("data-verdict", "unsupported");
  await highlight.click();
  const dialog = reader.getByRole("dialog");
  await expect(dialog.getByRole("heading", { name: "Green tea lowers stroke risk by 40% in over-50s." })).toBeVisible();
  await expect(dialog).toContainText("Unsupported");
  await expect(dialog.locator("strong")).toHaveText("association");
  await expect(dialog.getByRole("link", { name: /DOI: 10\.1161\/strokeaha\.111\.677500/ })).toBeVisible();
  await expect(dialog).toContainText("Partially supports");
  await expect(dialog).toContainText("Cohort study");
  expect(await wcagViolations(reader)).toEqual([]);
  await readerContext.close();
});
