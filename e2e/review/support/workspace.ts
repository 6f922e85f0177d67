import type { APIRequestContext, Locator, Page } from "@playwright/test";
import { expect } from "../../fixtures";
import { STANCE_LABELS, STUDY_DESIGN_LABELS, type Stance, type StudyDesign } from "../../../domain/ratings/scale";

const stamp = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/** Creates an article through the API as the page's user and opens its workspace. */
export async function openNewArticle(page: Page, api: APIRequestContext, paragraphs: string[], label = "Workspace") {
  const title = `${label} ${stamp()}`;
  const response = await api.post("/api/articles", { data: { title, format: "text", content: paragraphs.join("\n\n") } });
  expect(response.status()).toBe(201);
  const { slug } = (await response.json()) as { slug: string };
  await page.goto(`/review/${slug}`);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  return { slug, title };
}

/** Selects exactly `text` inside the rendered article (it must sit in one piece of text). */
export async function selectText(page: Page, text: string) {
  await page.evaluate((wanted) => {
    const root = document.querySelector(".workspace-article .article-text")!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const index = node.textContent!.indexOf(wanted);
      if (index < 0) continue;
      const range = document.createRange();
      range.setStart(node, index);
      range.setEnd(node, index + wanted.length);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      node.parentElement!.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
      return;
    }
    throw new Error(`Text not found in the article: ${wanted}`);
  }, text);
}

export const workspaceStatus = (page: Page) => page.locator("#workspace-status");
export const claimQuote = (page: Page) => page.locator("blockquote.claim-quote");
export const claimListItems = (page: Page) => page.locator(".workspace-claims .claim-list-item");

/** The evidence form's stance chips (a radio group) inside `scope` (the page, or one edit form). */
export const stanceChips = (scope: Page | Locator) => scope.getByRole("radiogroup", { name: "Stance toward the claim" });
export const studyDesignChips = (scope: Page | Locator) => scope.getByRole("radiogroup", { name: "Study design" });

/** Chooses a stance and/or a study design by clicking their chips, as a reviewer would. */
export async function chooseEvidenceKind(scope: Page | Locator, choice: { stance?: Stance; studyDesign?: StudyDesign }) {
  if (choice.stance) await stanceChips(scope).getByRole("radio", { name: STANCE_LABELS[choice.stance], exact: true }).click();
  if (choice.studyDesign) await studyDesignChips(scope).getByRole("radio", { name: STUDY_DESIGN_LABELS[choice.studyDesign], exact: true }).click();
}
