import type { APIRequestContext } from "@playwright/test";
import type { TReviewDocument } from "../../domain/schemas/review";
import { expect, test, wcagViolations } from "../fixtures";
import { startStubServer, stopStubServer, stubConfigured } from "./support/stub-server";
import { chooseEvidenceKind, claimListItems, openNewArticle, selectText, stanceChips, studyDesignChips, workspaceStatus } from "./support/workspace";

test.beforeAll(async () => {
  if (stubConfigured()) await startStubServer();
});
test.afterAll(stopStubServer);

const PARAGRAPHS = [
  "Vitamin K2 is the only substance that removes calcium from arteries.",
  "Matrix GLA protein has nothing to do with calcification, and it never did in any animal or human study that anyone has ever run anywhere in the world.",
  "Readers like it.",
];

const review = async (api: APIRequestContext, slug: string) => (await (await api.get(`/api/articles/${slug}`)).json()) as TReviewDocument;

test("select, rate, done: the popover at the selection makes the rated claim in one step and puts the cursor in the rationale", async ({ pageAs, apiAs }) => {
  const page = await pageAs("reviewer");
  await page.setViewportSize({ width: 1280, height: 800 });
  const api = await apiAs("reviewer");
  const { slug } = await openNewArticle(page, api, PARAGRAPHS, "Select rate");

  await selectText(page, PARAGRAPHS[0]!);
  const popover = page.getByRole("toolbar", { name: /Rate the selection/ });
  await expect(popover).toBeVisible();
  // At the selection: just under the selected sentence, inside the article column.
  const sentenceBox = (await page.locator(".workspace-article [data-start]", { hasText: PARAGRAPHS[0]! }).first().boundingBox())!;
  const popoverBox = (await popover.boundingBox())!;
  expect(popoverBox.y).toBeGreaterThanOrEqual(sentenceBox.y);
  expect(popoverBox.y).toBeLessThan(sentenceBox.y + sentenceBox.height + 40);
  await expect(popover.getByRole("button")).toHaveText(["Supported", "Mostly supported", "Mixed", "Unsupported", "Contradicted", "Not checkable", "Claim", ""].map((t) => (t ? new RegExp(t) : "✕")));

  // A double click on the verdict makes one claim.
  await popover.getByRole("button", { name: "Contradicted", exact: true }).dblclick();
  await expect(workspaceStatus(page)).toContainText("Claim created and rated");
  await expect(page.getByLabel("Rationale (Markdown)")).toBeFocused();
  await expect(page.getByLabel("Your verdict")).toHaveValue("contradicted");
  await expect(popover).toHaveCount(0);
  await page.keyboard.type("Mouse data show other proteins matter.");
  await expect(page.locator('.save-status[data-field="rating"]')).toHaveText("Saved");

  const afterMouse = await review(api, slug);
  expect(afterMouse.claims).toHaveLength(1);
  expect(afterMouse.claims[0]!.verdict).toBe("contradicted");
  expect(afterMouse.claims[0]!.ratings.map((r) => [r.verdict, r.rationale])).toEqual([["contradicted", "Mouse data show other proteins matter."]]);

  // By keyboard: Escape leaves the field, ] moves to the next sentence, v opens the verdicts there, 2 = Unsupported.
  await page.keyboard.press("Escape");
  await page.keyboard.press("]");
  await expect(page.locator(".sentence-preview")).toContainText("Matrix GLA protein");
  await page.keyboard.press("v");
  await expect(popover).toBeVisible();
  await expect(popover.getByRole("button", { name: "Supported", exact: true })).toBeFocused();
  await page.keyboard.press("2");
  await expect(workspaceStatus(page)).toContainText("Claim created and rated");
  await expect(page.getByLabel("Rationale (Markdown)")).toBeFocused();
  await expect(page.getByLabel("Your verdict")).toHaveValue("unsupported");
  // "Claim" (c) makes it unrated; Escape closes the popover without making anything.
  await page.keyboard.press("Escape");
  await page.keyboard.press("]");
  await page.keyboard.press("v");
  await page.keyboard.press("Escape");
  await expect(popover).toHaveCount(0);
  await page.keyboard.press("v");
  await page.keyboard.press("c");
  await expect(workspaceStatus(page)).toContainText("Claim created. Write its restatement");

  const done = await review(api, slug);
  expect(done.claims.map((c) => [c.quote.exact.slice(0, 18), c.verdict, c.ratings.map((r) => r.verdict)])).toEqual([
    ["Vitamin K2 is the ", "contradicted", ["contradicted"]],
    ["Matrix GLA protein", "unsupported", ["unsupported"]],
    ["Readers like it.", null, []],
  ]);

  // The claim list: one line per claim, however long the claim, with its verdict cue.
  await page.reload();
  await expect(claimListItems(page)).toHaveCount(3);
  const lineHeights = await claimListItems(page).evaluateAll((items) => items.map((item) => item.getBoundingClientRect().height));
  for (const height of lineHeights) expect(height).toBeLessThan(32);
  const cues = page.locator(".workspace-claims .verdict-cue");
  expect(await cues.evaluateAll((all) => all.map((cue) => cue.getAttribute("data-verdict")))).toEqual(["contradicted", "unsupported", "unrated"]);
  await expect(cues.nth(0)).toHaveText(/Contradicted/);
});

test("evidence: stance and design start empty and must be chosen (form and server say why), as one-click chips; the editor fits one 1280x800 screen with two evidence items", async ({ pageAs, apiAs }) => {
  test.skip(!stubConfigured(), "needs the stub Crossref/PubMed server");
  const page = await pageAs("reviewer");
  await page.setViewportSize({ width: 1280, height: 800 });
  const api = await apiAs("reviewer");
  const { slug } = await openNewArticle(page, api, PARAGRAPHS, "Evidence defaults");
  await selectText(page, PARAGRAPHS[0]!);
  await page.getByRole("toolbar", { name: /Rate the selection/ }).getByRole("button", { name: "Contradicted", exact: true }).click();
  await expect(workspaceStatus(page)).toContainText("Claim created and rated");
  const claimId = (await review(api, slug)).claims[0]!.id;

  // The API refuses evidence without a stance or design, with the reason.
  const refused = await api.post(`/api/claims/${claimId}/evidence`, { data: { source: { title: "A paper" }, finding: "Something." } });
  expect(refused.status()).toBe(422);
  const problem = (await refused.json()) as { error: { details: { fieldErrors: Record<string, string[]> } } };
  expect(problem.error.details.fieldErrors.stance?.join(" ")).toMatch(/Choose the evidence's stance/);
  expect(problem.error.details.fieldErrors.studyDesign?.join(" ")).toMatch(/Choose the study design/);

  // A paste is looked up at once; the finding takes the cursor; stance and design are empty.
  await page.getByLabel("Paste a DOI, PMID, URL, BibTeX or RIS entry").focus();
  await page.getByLabel("Paste a DOI, PMID, URL, BibTeX or RIS entry").evaluate((field) => {
    const data = new DataTransfer();
    data.setData("text/plain", "https://doi.org/10.1038/386078a0");
    field.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(page.locator("#evidence-identifier-notice")).toHaveText("Filled in from Crossref. Check the fields.");
  await expect(page.getByLabel("Finding or excerpt")).toBeFocused();
  // Stance and design are one-click chips (radio groups): all five stances, all thirteen designs, none chosen.
  await expect(stanceChips(page).getByRole("radio")).toHaveCount(5);
  await expect(studyDesignChips(page).getByRole("radio")).toHaveCount(13);
  await expect(page.locator(".evidence-form").getByRole("radio", { checked: true })).toHaveCount(0);
  await page.keyboard.type("Mice lacking MGP calcify their arteries.");
  await page.keyboard.press("Control+Enter");
  // Nothing chosen: the form names both, with the API's own messages, and sends nothing.
  await expect(page.locator("#evidence-stance-error")).toContainText("Choose the evidence's stance");
  await expect(page.locator("#evidence-studyDesign-error")).toContainText("Choose the study design");
  await expect(stanceChips(page)).toHaveAttribute("aria-invalid", "true");
  await expect(stanceChips(page).getByRole("radio").first()).toBeFocused();
  await expect(page.getByLabel("Finding or excerpt")).toHaveValue("Mice lacking MGP calcify their arteries.");
  expect((await review(api, slug)).claims[0]!.evidence).toHaveLength(0);
  expect(await wcagViolations(page)).toEqual([]);
  // By keyboard: each group is one Tab stop and the arrow keys choose in it.
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect(stanceChips(page).getByRole("radio", { name: "Contradicts", exact: true })).toBeChecked();
  await expect(page.locator("#evidence-stance-error")).toHaveCount(0);
  await expect(page.locator("#evidence-studyDesign-error")).toContainText("Choose the study design");
  await page.keyboard.press("Tab");
  await expect(studyDesignChips(page).getByRole("radio").first()).toBeFocused();
  await page.keyboard.press("ArrowRight");
  await expect(studyDesignChips(page).getByRole("radio", { name: "Randomized trial", exact: true })).toBeChecked();
  // By mouse: one click.
  await chooseEvidenceKind(page, { studyDesign: "animal" });
  await expect(studyDesignChips(page).getByRole("radio", { checked: true })).toHaveAccessibleName("Animal study");
  // At phone width the chips wrap inside the form, and nothing else widens it (the long source summary is cut).
  await page.setViewportSize({ width: 375, height: 740 });
  const overflow = await page.locator(".evidence-form").evaluate((form) => {
    const edge = form.getBoundingClientRect().right;
    return { form: form.scrollWidth - form.clientWidth, chips: [...form.querySelectorAll(".chip")].filter((chip) => chip.getBoundingClientRect().right > edge).length };
  });
  expect(overflow).toEqual({ form: 0, chips: 0 });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByLabel("Finding or excerpt").focus();
  await page.keyboard.press("Control+Enter");
  await expect(page.locator(".claim-editor .evidence-card")).toHaveCount(1);

  // A second item through the API, then: the whole claim card fits the editor column without scrolling.
  const second = await api.post(`/api/claims/${claimId}/evidence`, {
    data: { source: { title: "Oral anticoagulant treatment: friend or foe in cardiovascular disease?", authors: ["Schurgers LJ", "Vermeer C"], container: "Blood", year: 2004 }, finding: "Warfarin-induced calcification in humans.", stance: "contradicts", studyDesign: "cohort" },
  });
  expect(second.status()).toBe(201);
  await page.reload();
  await expect(page.locator(".claim-editor .evidence-card")).toHaveCount(2);
  const editor = page.locator(".workspace-editor");
  const fit = await editor.evaluate((column) => {
    const card = column.querySelector(".claim-editor")!;
    const form = column.querySelector(".evidence-form")!;
    const size = (element: Element) => `${element.className || element.tagName}:${Math.round(element.getBoundingClientRect().height)}`;
    const parts = [...card.children].map(size).concat([...(card.querySelector("section:has(.evidence-form)")?.children ?? [])].map((child) => `evidence/${size(child)}`));
    return { columnHeight: column.clientHeight, scrollHeight: column.scrollHeight, cardBottom: form.getBoundingClientRect().bottom - card.getBoundingClientRect().top, parts };
  });
  console.log(`editor column ${fit.columnHeight}px; claim card to the end of the evidence form ${Math.round(fit.cardBottom)}px: ${fit.parts.join(", ")}`);
  expect(fit.columnHeight).toBeLessThanOrEqual(800);
  // Everything up to the "Add evidence" paste field, with both items, within one screen.
  expect(fit.cardBottom).toBeLessThanOrEqual(fit.columnHeight);
  // "Evidence suggests" counts the chosen items.
  await expect(page.getByTestId("evidence-suggests")).toContainText("Contradicted");
});
