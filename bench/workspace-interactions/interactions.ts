import type { Locator, Page } from "@playwright/test";

export interface Tally {
  /** Mouse clicks, including a drag that selects text and the two clicks of picking from a closed <select>. */
  clicks: number;
  /** Keys pressed to move, choose or command (Tab, arrows, Enter, shortcuts, Ctrl+V). Typed content is counted apart. */
  keystrokes: number;
  /** Scrolls needed because the next thing to use was outside the 1280x800 window. */
  scrolls: number;
  /** Characters of content typed (rationales, findings): the same in every flow, so not part of the comparison. */
  contentCharacters: number;
}

/**
 * Drives the workspace the way a person would and counts what it costs: every helper does the interaction and adds
 * what a person would have had to do for it (a scroll when the target is off screen, a click to focus a field that
 * is not focused, one key per step through a <select> by keyboard).
 */
export class Interactions {
  readonly tally: Tally = { clicks: 0, keystrokes: 0, scrolls: 0, contentCharacters: 0 };
  constructor(private readonly page: Page) {}

  private async bringIntoView(target: Locator) {
    await target.waitFor({ state: "visible" });
    const inView = await target.evaluate((element) => {
      const box = element.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0;
    });
    if (!inView) {
      await target.scrollIntoViewIfNeeded();
      this.tally.scrolls += 1;
    }
  }

  private focused = (target: Locator) => target.evaluate((element) => element === document.activeElement);

  async click(target: Locator) {
    await this.bringIntoView(target);
    await target.click();
    this.tally.clicks += 1;
  }

  /** Opening a closed <select> and clicking an option: two clicks. */
  async chooseByMouse(select: Locator, value: string) {
    await this.bringIntoView(select);
    await select.selectOption(value);
    this.tally.clicks += 2;
  }

  /** A focused <select> steps one option per arrow key. */
  async chooseByKeyboard(select: Locator, value: string) {
    const steps = await select.evaluate((element, wanted) => {
      const options = [...(element as HTMLSelectElement).options].map((o) => o.value);
      return Math.abs(options.indexOf(wanted) - (element as HTMLSelectElement).selectedIndex);
    }, value);
    await select.selectOption(value);
    this.tally.keystrokes += steps;
  }

  /**
   * A group of radio chips by keyboard, the focus already on one of its radios: the arrow keys step to the wanted one
   * (choosing as they go), or Space chooses the focused one.
   */
  async chooseRadioByKeyboard(group: Locator, value: string) {
    const { from, to } = await group.evaluate((element, wanted) => {
      const radios = [...element.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
      return { from: radios.indexOf(document.activeElement as HTMLInputElement), to: radios.findIndex((radio) => radio.value === wanted) };
    }, value);
    if (from < 0 || to < 0) throw new Error("chooseRadioByKeyboard: the focus is not in the group, or the value is not one of its choices");
    if (from === to) await this.press("Space");
    else await this.press(to > from ? "ArrowRight" : "ArrowLeft", Math.abs(to - from));
    if (!(await group.locator(`input[value="${value}"]`).isChecked())) throw new Error(`chooseRadioByKeyboard: ${value} is not chosen`);
  }

  private async focusByMouse(field: Locator) {
    if (!(await this.focused(field))) await this.click(field);
  }

  /** Typing content (rationale, finding): a click to focus the field first when it is not focused. */
  async typeByMouse(field: Locator, text: string) {
    await this.focusByMouse(field);
    await field.fill(text);
    this.tally.contentCharacters += text.length;
  }

  async typeFocused(field: Locator, text: string) {
    if (!(await this.focused(field))) throw new Error("typeFocused: the field is not focused");
    await field.fill(text);
    this.tally.contentCharacters += text.length;
  }

  /** Pasting an identifier copied elsewhere: Ctrl+V (one keystroke), after a click to focus the field if needed. */
  async pasteByMouse(field: Locator, text: string) {
    await this.focusByMouse(field);
    await field.fill(text);
    this.tally.keystrokes += 1;
  }

  async pasteFocused(field: Locator, text: string) {
    if (!(await this.focused(field))) throw new Error("pasteFocused: the field is not focused");
    await field.fill(text);
    this.tally.keystrokes += 1;
  }

  /**
   * A real paste (a `paste` event carrying the text, as Ctrl+V fires), one keystroke; a click first when the field is
   * not focused and `byMouse`. Fields that do not handle the event get the text as the browser would insert it.
   */
  async pasteEvent(field: Locator, text: string, byMouse: boolean) {
    if (byMouse) await this.focusByMouse(field);
    else if (!(await this.focused(field))) throw new Error("pasteEvent: the field is not focused");
    const handled = await field.evaluate((element, pasted) => {
      const data = new DataTransfer();
      data.setData("text/plain", pasted);
      const event = new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true });
      element.dispatchEvent(event);
      return event.defaultPrevented;
    }, text);
    if (!handled) await field.fill(text);
    this.tally.keystrokes += 1;
  }

  async press(key: string, times = 1) {
    for (let i = 0; i < times; i++) await this.page.keyboard.press(key);
    this.tally.keystrokes += times;
  }

  /** Presses Tab (or Shift+Tab) until `wanted` has the focus; fails after 40 presses. */
  async tabTo(wanted: Locator, backwards = false) {
    for (let i = 0; i < 40; i++) {
      if (await this.focused(wanted)) return;
      await this.press(backwards ? "Shift+Tab" : "Tab");
    }
    throw new Error("tabTo: never reached the element");
  }

  /** Presses Tab until the focus leaves text fields (so single-key shortcuts work again). */
  async tabOutOfField() {
    for (let i = 0; i < 40; i++) {
      const typing = await this.page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        return !!element && (element.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(element.tagName));
      });
      if (!typing) return;
      await this.press("Tab");
    }
    throw new Error("tabOutOfField: still in a field");
  }

  /** Selecting a passage of the article with the mouse: one drag (counted as one click). */
  async selectByMouse(text: string) {
    const piece = this.page.locator(".workspace-article .article-text [data-start]", { hasText: text }).first();
    await this.bringIntoView(piece);
    const box = await this.page.evaluate((wanted) => {
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
        const rect = range.getBoundingClientRect();
        node.parentElement!.dispatchEvent(new MouseEvent("mouseup", { bubbles: true, clientX: rect.right, clientY: rect.bottom }));
        return { x: rect.right, y: rect.bottom };
      }
      throw new Error(`Text not found in the article: ${wanted}`);
    }, text);
    this.tally.clicks += 1;
    return box;
  }
}
