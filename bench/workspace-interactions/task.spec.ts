/**
 * Clicks and keystrokes per claim for the scripted reviewer task (bench/README.md, "Workspace interactions"):
 * five claims made from the article, each rated with a rationale, three of them with one evidence item each
 * (pasted DOI, PMID and BibTeX, looked up through the stub Crossref/PubMed), in a 1280x800 window.
 * Each flow checks through the API that the review holds exactly what the task asked for, so a flow that
 * "saves" less cannot look cheaper.
 */
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, test } from "../../e2e/fixtures";
import { startStubServer, stopStubServer, stubConfigured, STUB_SKIP_REASON } from "../../e2e/review/support/stub-server";
import { openNewArticle, stanceChips, studyDesignChips, workspaceStatus } from "../../e2e/review/support/workspace";
import { STANCE_LABELS, STUDY_DESIGN_LABELS } from "../../domain/ratings/scale";
import type { TReviewDocument } from "../../domain/schemas/review";
import { Interactions, type Tally } from "./interactions";
import { articleParagraphs, CLAIMS, type ClaimTask } from "./task";

test.beforeAll(async () => {
  if (stubConfigured()) await startStubServer();
});
test.afterAll(stopStubServer);

const VERDICT_KEY: Record<string, string> = { supported: "5", mostly_supported: "4", mixed: "3", unsupported: "2", contradicted: "1", not_checkable: "0" };

async function waitForRatingSaved(page: Page) {
  await expect(page.locator('.save-status[data-field="rating"]')).toHaveText("Saved");
}

async function waitForEvidence(page: Page, count: number) {
  await expect(page.locator(".claim-editor .evidence-card")).toHaveCount(count);
}

/** The flow on main before issue 14 item 4, by mouse: select, "Create claim from selection", verdict <select>, rationale, evidence form. */
async function mouseFlowBefore(page: Page, act: Interactions, claim: ClaimTask) {
  await act.selectByMouse(claim.sentence);
  await act.click(page.getByRole("button", { name: "Create claim from selection" }));
  await expect(workspaceStatus(page)).toContainText("Claim created");
  await expect(page.locator("blockquote.claim-quote")).toContainText(claim.sentence);
  await act.chooseByMouse(page.getByLabel("Your verdict"), claim.verdict);
  await act.typeByMouse(page.getByLabel("Rationale (Markdown)"), claim.rationale);
  await waitForRatingSaved(page);
  if (!claim.evidence) return;
  await act.pasteByMouse(page.getByLabel("Paste a DOI, PMID, URL, BibTeX or RIS entry"), claim.evidence.paste);
  await act.click(page.getByRole("button", { name: "Look up" }));
  await expect(page.locator("#evidence-identifier-notice")).toContainText("Check the fields.");
  await act.typeByMouse(page.getByLabel("Finding or excerpt"), claim.evidence.finding);
  await act.chooseByMouse(page.getByLabel("Stance toward the claim"), claim.evidence.stance);
  await act.chooseByMouse(page.getByLabel("Study design"), claim.evidence.studyDesign);
  await act.click(page.getByRole("button", { name: "Add evidence" }));
  await waitForEvidence(page, 1);
}

/** The same flow on main before item 4, by keyboard: sentence cursor ] and c, verdict key, Tab to the fields, e for evidence. */
async function keyboardFlowBefore(page: Page, act: Interactions, claim: ClaimTask) {
  await act.tabOutOfField();
  for (let i = 0; i < 60 && !((await page.locator(".sentence-preview").textContent()) ?? "").includes(claim.sentence); i++) await act.press("]");
  await expect(page.locator(".sentence-preview")).toContainText(claim.sentence);
  await act.press("c");
  await expect(workspaceStatus(page)).toContainText("Claim created");
  await expect(page.locator("blockquote.claim-quote")).toContainText(claim.sentence);
  await act.tabOutOfField();
  await act.press(VERDICT_KEY[claim.verdict]!);
  await expect(page.getByLabel("Your verdict")).toHaveValue(claim.verdict);
  await act.tabTo(page.getByLabel("Rationale (Markdown)"));
  await act.typeFocused(page.getByLabel("Rationale (Markdown)"), claim.rationale);
  await waitForRatingSaved(page);
  if (!claim.evidence) return;
  await act.tabOutOfField();
  await act.press("e");
  await act.pasteFocused(page.getByLabel("Paste a DOI, PMID, URL, BibTeX or RIS entry"), claim.evidence.paste);
  await act.press("Control+Enter");
  await expect(page.locator("#evidence-identifier-notice")).toContainText("Check the fields.");
  await act.tabTo(page.getByLabel("Finding or excerpt"));
  await act.typeFocused(page.getByLabel("Finding or excerpt"), claim.evidence.finding);
  await act.tabTo(page.getByLabel("Stance toward the claim"));
  await act.chooseByKeyboard(page.getByLabel("Stance toward the claim"), claim.evidence.stance);
  await act.tabTo(page.getByLabel("Study design"));
  await act.chooseByKeyboard(page.getByLabel("Study design"), claim.evidence.studyDesign);
  await act.tabTo(page.getByRole("button", { name: "Add evidence" }));
  await act.press("Enter");
  await waitForEvidence(page, 1);
}

const VERDICT_LABEL: Record<string, string> = { supported: "Supported", mostly_supported: "Mostly supported", mixed: "Mixed", unsupported: "Unsupported", contradicted: "Contradicted", not_checkable: "Not checkable" };

async function claimMadeAndRated(page: Page, claim: ClaimTask) {
  await expect(workspaceStatus(page)).toContainText("Claim created and rated");
  await expect(page.locator("blockquote.claim-quote")).toContainText(claim.sentence);
  await expect(page.getByLabel("Rationale (Markdown)")).toBeFocused();
}

/** After item 4, by mouse: select, pick the verdict in the popover (rationale focused), paste the identifier (looked up, finding focused), stance and design chips (one click each), add. */
async function mouseFlowAfter(page: Page, act: Interactions, claim: ClaimTask) {
  await act.selectByMouse(claim.sentence);
  await act.click(page.locator(".selection-popover").getByRole("button", { name: VERDICT_LABEL[claim.verdict]!, exact: true }));
  await claimMadeAndRated(page, claim);
  await act.typeFocused(page.getByLabel("Rationale (Markdown)"), claim.rationale);
  await waitForRatingSaved(page);
  if (!claim.evidence) return;
  await act.pasteEvent(page.getByLabel("Paste a DOI, PMID, URL, BibTeX or RIS entry"), claim.evidence.paste, true);
  await expect(page.locator("#evidence-identifier-notice")).toContainText("Check the fields.");
  await expect(page.getByLabel("Finding or excerpt")).toBeFocused();
  await act.typeFocused(page.getByLabel("Finding or excerpt"), claim.evidence.finding);
  await act.click(stanceChips(page).getByRole("radio", { name: STANCE_LABELS[claim.evidence.stance], exact: true }));
  await act.click(studyDesignChips(page).getByRole("radio", { name: STUDY_DESIGN_LABELS[claim.evidence.studyDesign], exact: true }));
  await act.click(page.getByRole("button", { name: "Add evidence" }));
  await waitForEvidence(page, 1);
}

/** After item 4, by keyboard: Escape leaves a field, ] to the sentence, v opens the verdicts, the verdict key makes the rated claim; e, paste, Tab + arrows in the stance and design chips, Ctrl+Enter for evidence. */
async function keyboardFlowAfter(page: Page, act: Interactions, claim: ClaimTask) {
  if (await page.evaluate(() => ["INPUT", "TEXTAREA", "SELECT"].includes(document.activeElement?.tagName ?? ""))) await act.press("Escape");
  for (let i = 0; i < 60 && !((await page.locator(".sentence-preview").textContent()) ?? "").includes(claim.sentence); i++) await act.press("]");
  await expect(page.locator(".sentence-preview")).toContainText(claim.sentence);
  await act.press("v");
  await expect(page.locator(".selection-popover")).toBeVisible();
  await act.press(VERDICT_KEY[claim.verdict]!);
  await claimMadeAndRated(page, claim);
  await act.typeFocused(page.getByLabel("Rationale (Markdown)"), claim.rationale);
  await waitForRatingSaved(page);
  if (!claim.evidence) return;
  await act.press("Escape");
  await act.press("e");
  await act.pasteEvent(page.getByLabel("Paste a DOI, PMID, URL, BibTeX or RIS entry"), claim.evidence.paste, false);
  await expect(page.locator("#evidence-identifier-notice")).toContainText("Check the fields.");
  await expect(page.getByLabel("Finding or excerpt")).toBeFocused();
  await act.typeFocused(page.getByLabel("Finding or excerpt"), claim.evidence.finding);
  await act.tabTo(stanceChips(page).getByRole("radio").first());
  await act.chooseRadioByKeyboard(stanceChips(page), claim.evidence.stance);
  await act.tabTo(studyDesignChips(page).getByRole("radio").first());
  await act.chooseRadioByKeyboard(studyDesignChips(page), claim.evidence.studyDesign);
  await act.press("Control+Enter");
  await waitForEvidence(page, 1);
}

/** The review holds the five claims with this reviewer's verdicts and rationales, and the three evidence items. */
async function checkReview(api: APIRequestContext, slug: string) {
  const response = await api.get(`/api/articles/${slug}`);
  expect(response.status()).toBe(200);
  const review = (await response.json()) as TReviewDocument;
  expect(review.claims).toHaveLength(CLAIMS.length);
  for (const task of CLAIMS) {
    const claim = review.claims.find((c) => c.quote.exact === task.sentence);
    expect(claim, task.sentence).toBeDefined();
    expect(claim!.ratings.map((r) => [r.verdict, r.rationale])).toEqual([[task.verdict, task.rationale]]);
    expect(claim!.evidence).toHaveLength(task.evidence ? 1 : 0);
    if (!task.evidence) continue;
    const [item] = claim!.evidence;
    expect([item!.finding, item!.stance, item!.studyDesign]).toEqual([task.evidence.finding, task.evidence.stance, task.evidence.studyDesign]);
    const source = review.sources.find((s) => s.id === item!.sourceId)!;
    if (task.evidence.expect.doi) expect(source.doi).toBe(task.evidence.expect.doi);
    if (task.evidence.expect.pmid) expect(source.pmid).toBe(task.evidence.expect.pmid);
    if (task.evidence.expect.title) expect(source.title).toMatch(task.evidence.expect.title);
  }
}

/** The "before" flows are kept for the record: they drive the UI of main at 7e57e57 (see bench/README.md) and no longer run. */
void mouseFlowBefore;
void keyboardFlowBefore;
const FLOWS = { "mouse, after": mouseFlowAfter, "keyboard, after": keyboardFlowAfter } as const;
const results: Record<string, Tally & { perClaim: { clicks: number; keystrokes: number; scrolls: number; actions: number } }> = {};

for (const [name, flow] of Object.entries(FLOWS)) {
  test(`scripted task: ${name}`, async ({ pageAs, apiAs }) => {
    test.skip(!stubConfigured(), STUB_SKIP_REASON);
    const page = await pageAs("reviewer");
    await page.setViewportSize({ width: 1280, height: 800 });
    const api = await apiAs("reviewer");
    const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
    const { slug } = await openNewArticle(page, api, articleParagraphs(stamp), "Bench");
    const act = new Interactions(page);
    for (const claim of CLAIMS) await flow(page, act, claim);
    // The last rationale may still be in its autosave delay.
    await expect(async () => checkReview(api, slug)).toPass({ timeout: 15_000 });
    const n = CLAIMS.length;
    const t = act.tally;
    const round = (x: number) => Math.round((x / n) * 10) / 10;
    results[name] = { ...t, perClaim: { clicks: round(t.clicks), keystrokes: round(t.keystrokes), scrolls: round(t.scrolls), actions: round(t.clicks + t.keystrokes + t.scrolls) } };
  });
}

test.afterAll(() => {
  console.log(`\nScripted task: ${CLAIMS.length} claims, 3 evidence items (DOI, PMID, BibTeX), 1280x800.`);
  console.log("| flow | clicks | keystrokes | scrolls | per claim: clicks | keystrokes | scrolls | all actions | content characters typed |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const [name, r] of Object.entries(results)) {
    console.log(`| ${name} | ${r.clicks} | ${r.keystrokes} | ${r.scrolls} | ${r.perClaim.clicks} | ${r.perClaim.keystrokes} | ${r.perClaim.scrolls} | ${r.perClaim.actions} | ${r.contentCharacters} |`);
  }
});
