import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures";
import { startStubServer, stopStubServer, stubConfigured } from "./support/stub-server";
import type { Stance, StudyDesign } from "../../domain/ratings/scale";
import { chooseEvidenceKind, openNewArticle, stanceChips, workspaceStatus } from "./support/workspace";

test.beforeAll(async () => {
  if (stubConfigured()) await startStubServer();
});
test.afterAll(stopStubServer);

const PARAGRAPHS = ["Vitamin K2 is the only substance that removes calcium from arteries.", "Matrix GLA protein has nothing to do with calcification."];

async function claimOnFirstSentence(page: Page) {
  await page.locator("body").press("c");
  await expect(workspaceStatus(page)).toContainText("Claim created");
}

async function lookUp(page: Page, pasted: string) {
  await page.getByLabel("Paste a DOI, PMID, URL, BibTeX or RIS entry").fill(pasted);
  await page.getByRole("button", { name: "Look up" }).click();
}

async function addEvidence(page: Page, finding: string, stance: Stance, design: StudyDesign) {
  const cards = page.locator(".claim-editor .evidence-card");
  const before = await cards.count();
  await page.getByLabel("Finding or excerpt").fill(finding);
  await chooseEvidenceKind(page, { stance, studyDesign: design });
  await page.getByRole("button", { name: "Add evidence" }).click();
  // The status says "Evidence added." from the previous item already: wait for the new card.
  await expect(cards).toHaveCount(before + 1);
  await expect(workspaceStatus(page)).toHaveText("Evidence added.");
}

test("evidence from a DOI and a PMID (stub Crossref and PubMed), BibTeX and RIS; a source reused from the bibliography; evidence suggests and the divergence warning", async ({ pageAs, apiAs }) => {
  const page = await pageAs("reviewer");
  await openNewArticle(page, await apiAs("reviewer"), PARAGRAPHS, "Evidence");
  await claimOnFirstSentence(page);
  await expect(page.locator(".claim-editor .empty-state")).toContainText("No evidence yet");

  // DOI URL → Crossref stub.
  await lookUp(page, "https://doi.org/10.1038/386078a0");
  await expect(page.locator("#evidence-identifier-notice")).toHaveText("Filled in from Crossref. Check the fields.");
  await expect(page.getByLabel("Title", { exact: true })).toHaveValue(/Spontaneous calcification of arteries and cartilage/);
  await expect(page.getByLabel("DOI", { exact: true })).toHaveValue("10.1038/386078a0");
  await addEvidence(page, "Mice lacking MGP calcify their arteries.", "contradicts", "animal");

  // PMID → E-utilities stub: the same work, de-duplicated into one source.
  await lookUp(page, "PMID: 9052783");
  await expect(page.locator("#evidence-identifier-notice")).toHaveText("Filled in from PubMed. Check the fields.");
  await expect(page.getByLabel("Authors")).toHaveValue(/^Luo/);
  await addEvidence(page, "MGP inhibits calcification.", "contradicts", "animal");

  // BibTeX and RIS, parsed offline.
  await lookUp(page, "@article{schurgers2007, title={Oral anticoagulant treatment: friend or foe in cardiovascular disease?}, author={Schurgers, Leon J. and Vermeer, Cees}, journal={Blood}, year={2004}}");
  await expect(page.locator("#evidence-identifier-notice")).toHaveText("Read from the BibTeX entry. Check the fields.");
  await expect(page.getByLabel("Year")).toHaveValue("2004");
  await addEvidence(page, "Warfarin-induced calcification in humans.", "contradicts", "cohort");

  await lookUp(page, "TY  - JOUR\nTI  - Dietary intake of menaquinone is associated with a reduced risk of coronary heart disease\nAU  - Geleijnse, Johanna M.\nPY  - 2004\nJO  - J Nutr\nER  - ");
  await expect(page.locator("#evidence-identifier-notice")).toHaveText("Read from the RIS entry. Check the fields.");
  await expect(page.getByLabel("Journal or site")).toHaveValue("J Nutr");
  await addEvidence(page, "Menaquinone intake was associated with less aortic calcification.", "contradicts", "cohort");

  const cards = page.locator(".claim-editor .evidence-card");
  await expect(cards).toHaveCount(4);
  await expect(cards.nth(0)).toContainText("10.1038/386078a0");
  await expect(cards.nth(1)).toContainText("10.1038/386078a0");

  // Evidence suggests Contradicted; a Supported verdict is four steps away: warning.
  await expect(page.getByTestId("evidence-suggests")).toContainText("Contradicted");
  await page.getByLabel("Your verdict").selectOption("supported");
  await expect(page.locator(".divergence-warning")).toContainText("two or more steps");
  await page.getByLabel("Your verdict").selectOption("contradicted");
  await expect(page.locator(".divergence-warning")).toHaveCount(0);
  await page.getByLabel("Rationale (Markdown)").fill("Animal and cohort data **contradict** it. <img src=x onerror=alert(1)>");
  await expect(page.locator('.save-status[data-field="rating"]')).toHaveText("Saved");
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByTestId("rationale-preview").locator("strong")).toHaveText("contradict");
  await expect(page.getByTestId("rationale-preview").locator("img")).toHaveCount(0);

  // Edit and remove evidence.
  await page.getByRole("button", { name: /^Edit evidence: Warfarin/ }).click();
  const editForm = page.getByRole("form", { name: "Edit evidence" });
  await editForm.getByLabel("Locator (page, section, figure)").fill("Figure 2");
  // The item's stored stance and design are the chosen chips; one click changes the stance.
  await expect(stanceChips(editForm).getByRole("radio", { checked: true })).toHaveAccessibleName("Contradicts");
  await chooseEvidenceKind(editForm, { stance: "inconclusive" });
  await editForm.getByRole("button", { name: "Save evidence" }).click();
  await expect(workspaceStatus(page)).toHaveText("Evidence updated.");
  await expect(cards.nth(2)).toContainText("Inconclusive");
  await page.getByRole("button", { name: /^Remove evidence: Menaquinone/ }).click();
  await expect(workspaceStatus(page)).toHaveText("Evidence removed.");
  await expect(cards).toHaveCount(3);

  // Another article: reuse the Crossref source from the instance's bibliography.
  await openNewArticle(page, await apiAs("reviewer"), PARAGRAPHS, "Reuse");
  await claimOnFirstSentence(page);
  await page.getByText("Reuse a source from the bibliography").click();
  await page.getByLabel("Search the bibliography").fill("spontaneous calcification");
  const picker = page.getByLabel("Source from the bibliography");
  await expect(picker.locator("option")).toHaveCount(2);
  await picker.selectOption({ index: 1 });
  await expect(page.getByLabel("Title", { exact: true })).toHaveCount(0);
  await addEvidence(page, "Reused source.", "background", "animal");
  await expect(page.locator(".claim-editor .evidence-card")).toContainText("10.1038/386078a0");
});

test("offline fallback: a DOI the lookup cannot complete keeps the identifier and asks the reviewer to fill in the fields", async ({ pageAs, apiAs }) => {
  const page = await pageAs("reviewer");
  await openNewArticle(page, await apiAs("reviewer"), PARAGRAPHS, "Offline");
  await claimOnFirstSentence(page);
  await lookUp(page, "10.9999/does-not-exist");
  await expect(page.locator("#evidence-identifier-notice")).toContainText("Couldn't look it up in Crossref");
  await expect(page.locator("#evidence-identifier-notice")).toContainText("Fill in the title and the other fields yourself.");
  await expect(page.getByLabel("DOI", { exact: true })).toHaveValue("10.9999/does-not-exist");
  await page.getByLabel("Title", { exact: true }).fill("A paper typed by hand");
  await addEvidence(page, "Typed by hand.", "inconclusive", "other");
  await expect(page.locator(".claim-editor .evidence-card")).toContainText("A paper typed by hand");

  await lookUp(page, "not an identifier at all");
  await expect(page.locator("#evidence-identifier-notice")).toContainText("This is not a DOI, PMID, http(s) URL, BibTeX or RIS entry.");
});
