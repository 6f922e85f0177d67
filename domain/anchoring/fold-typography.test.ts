import { describe, expect, it } from "vitest";
import { foldTypography } from "./fold-typography";

describe("foldTypography", () => {
  it.each([
    ["curly single quotes", "didn\u2019t \u2018x\u2019", "didn't 'x'"],
    ["curly double quotes", "\u201cso\u201d", '"so"'],
    ["dashes", "a\u2014b\u2013c", "a-b-c"],
    ["newlines and no-break spaces", "a\nb\u00a0c", "a b c"],
    ["ASCII capitals", "Vitamin K2", "vitamin k2"],
  ])("folds %s", (_label, input, expected) => {
    expect(foldTypography(input)).toBe(expected);
  });

  it("keeps the length, so offsets stay valid", () => {
    const text = "“Ünïcode” — 😀 e\u0301 שלום\n";
    expect(foldTypography(text)).toHaveLength(text.length);
  });
});
