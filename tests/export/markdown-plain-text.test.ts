import { describe, expect, it } from "vitest";
import { markdownToPlainText } from "@/domain/export/markdown-plain-text";

describe("markdownToPlainText", () => {
  it.each([
    ["found **no reversal** and *no* change", "found no reversal and no change"],
    ["the __only__ substance", "the only substance"],
    ["see [the trial](https://example.org/t)", "see the trial (https://example.org/t)"],
    ["## Heading\n> quoted", "Heading\nquoted"],
    ["use `K2` daily", "use K2 daily"],
    ["5 * 3 = 15 and snake_case_name stay", "5 * 3 = 15 and snake_case_name stay"],
    ["an escaped \\*star\\*", "an escaped *star*"],
  ])("%j → %j", (input, expected) => {
    expect(markdownToPlainText(input)).toBe(expected);
  });
});
