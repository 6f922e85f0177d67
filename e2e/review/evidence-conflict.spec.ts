import type { TReviewDocument } from "../../domain/schemas/review";
import { expect, test } from "../fixtures";
import { chooseEvidenceKind, openNewArticle, workspaceStatus } from "./support/workspace";

const SOURCE = { title: "Caffeine effects on sleep taken 0, 3, or 6 hours before going to bed", authors: ["Drake C"], container: "J Clin Sleep Med", year: 2013 };
const ORIGINAL = { finding: "Sleep fell by 41 minutes.", stance: "supports", studyDesign: "randomized_trial" };

test("a stale evidence edit gets the merge panel with both versions; nothing typed is lost, and the chosen version is saved", async ({ pageAs, apiAs }) => {
  const page = await pageAs("reviewer");
  const api = await apiAs("reviewer");
  const { slug } = await openNewArticle(page, api, ["Coffee after 4 pm halves deep sleep.", "Other text."], "Evidence conflict");
  await page.locator("body").press("c");
  await expect(workspaceStatus(page)).toContainText("Claim created");
  const claimId = ((await (await api.get(`/api/articles/${slug}`)).json()) as TReviewDocument).claims[0]!.id;
  const added = await api.post(`/api/claims/${claimId}/evidence`, { data: { source: SOURCE, ...ORIGINAL } });
  expect(added.status()).toBe(201);
  const { id } = (await added.json()) as { id: string };
  await page.reload();

  // This tab starts editing; another tab (the API, same user) saves a different finding meanwhile.
  await page.getByRole("button", { name: /^Edit evidence: Sleep fell/ }).click();
  const form = page.getByRole("form", { name: "Edit evidence" });
  await form.getByLabel("Finding or excerpt", { exact: true }).fill("Sleep fell by 41 minutes with 400 mg at bedtime.");
  await chooseEvidenceKind(form, { stance: "partially_supports" });
  const theirs = await api.patch(`/api/evidence/${id}`, { data: { ...ORIGINAL, finding: "Total sleep fell by 41 minutes (6 h before bed).", base: { ...ORIGINAL, locator: "", note: "" } } });
  expect(theirs.status()).toBe(200);

  // A stale edit over the API is refused with the stored item.
  const stale = await api.patch(`/api/evidence/${id}`, { data: { ...ORIGINAL, stance: "contradicts", base: ORIGINAL } });
  expect(stale.status()).toBe(409);
  expect(((await stale.json()) as { error: { details: { current: { finding: string } } } }).error.details.current.finding).toBe("Total sleep fell by 41 minutes (6 h before bed).");
  // An API edit without the item it is based on is refused too (422 naming base): no client overwrites unseen.
  const blind = await api.patch(`/api/evidence/${id}`, { data: { ...ORIGINAL, finding: "Overwritten without looking." } });
  expect(blind.status()).toBe(422);
  expect(((await blind.json()) as { error: { details: { fieldErrors: Record<string, string[]> } } }).error.details.fieldErrors.base?.join(" ")).toMatch(/Send `base`/);
  expect(((await (await api.get(`/api/articles/${slug}`)).json()) as TReviewDocument).claims[0]!.evidence[0]!.finding).toBe("Total sleep fell by 41 minutes (6 h before bed).");

  await form.getByRole("button", { name: "Save evidence" }).click();
  const panel = form.locator(".conflict-panel");
  await expect(panel).toContainText("Someone else saved this evidence item");
  await expect(panel.getByTestId("conflict-theirs-finding")).toHaveText("Total sleep fell by 41 minutes (6 h before bed).");
  await expect(panel.getByTestId("conflict-mine-finding")).toHaveText("Sleep fell by 41 minutes with 400 mg at bedtime.");
  await expect(panel.getByTestId("conflict-theirs-stance")).toHaveText("Supports");
  await expect(panel.getByTestId("conflict-mine-stance")).toHaveText("Partially supports");
  // Nothing typed is lost: the form still holds this user's text.
  await expect(form.getByLabel("Finding or excerpt", { exact: true })).toHaveValue("Sleep fell by 41 minutes with 400 mg at bedtime.");

  // Keep their finding, this user's stance; save.
  await panel.locator('[data-field="finding"]').getByRole("button", { name: "Use theirs" }).click();
  await panel.getByRole("button", { name: "Save this version" }).click();
  await expect(workspaceStatus(page)).toHaveText("Evidence updated.");
  const stored = ((await (await api.get(`/api/articles/${slug}`)).json()) as TReviewDocument).claims[0]!.evidence[0]!;
  expect([stored.finding, stored.stance]).toEqual(["Total sleep fell by 41 minutes (6 h before bed).", "partially_supports"]);
  await expect(page.locator(".claim-editor .evidence-card")).toContainText("Partially supports");
});
