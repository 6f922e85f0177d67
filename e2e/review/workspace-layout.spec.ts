import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures";

/**
 * The claim editor fits its column: nothing in it reaches past its right edge at desktop, laptop
 * and phone widths, with the demo's first claim open (a rating with the "evidence suggests" line,
 * four evidence items with long DOIs, the evidence form with both of its folds open). A fieldset grows to its widest
 * line unless told otherwise, and that once made the rating 1,300 px wide in a 400 px column.
 */

const DEMO_REVIEW = "/review/reversing-calcification-vitamin-k2";

/** Elements inside the claim editor whose right edge passes the editor's, unless an ancestor clips them. */
function overflowingEditorParts(page: Page) {
  return page.locator(".workspace-editor").evaluate((editor) => {
    const edge = editor.getBoundingClientRect().right + 1;
    const clipped = (element: Element) => {
      for (let node = element.parentElement; node && node !== editor; node = node.parentElement) {
        if (["hidden", "clip", "auto", "scroll"].includes(getComputedStyle(node).overflowX)) return true;
      }
      return false;
    };
    return [...editor.querySelectorAll("*")]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && box.right > edge && !clipped(element);
      })
      .map((element) => `${element.tagName.toLowerCase()}.${element.className} ends at ${Math.round(element.getBoundingClientRect().right)} px, the editor at ${Math.round(edge)} px`);
  });
}

for (const [width, height] of [
  [1280, 900],
  [1024, 800],
  [375, 800],
] as const) {
  test(`the claim editor fits its column at ${width} px`, async ({ pageAs }) => {
    const page = await pageAs("reviewer");
    await page.setViewportSize({ width, height });
    await page.goto(DEMO_REVIEW);
    const editor = page.locator(".workspace-editor");
    await expect(editor.getByTestId("evidence-suggests")).toBeVisible();
    await expect(editor.locator(".evidence-card")).toHaveCount(4);
    // Both folds of the evidence form open, as a reviewer typing a source by hand would have them.
    await editor.getByText("Type the source by hand").click();
    await editor.getByText("Reuse a source from the bibliography").click();
    await expect(editor.locator(".bibliography-picker select")).toBeVisible();
    await expect(editor.getByLabel("Journal or site")).toBeVisible();
    expect(await overflowingEditorParts(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), "the page does not scroll sideways").toBeLessThanOrEqual(width);
  });
}
