import { describe, expect, it } from "vitest";
import { describeRange } from "./describe-range";

const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

describe("describeRange", () => {
  it("quotes the range and keeps 32 units of context each side", () => {
    const { quote, position } = describeRange(alphabet, 40, 45);
    expect(quote).toEqual({
      type: "TextQuoteSelector",
      exact: "EFGHI",
      prefix: alphabet.slice(8, 40),
      suffix: "JKLMNOPQRSTUVWXYZ",
    });
    expect(position).toEqual({ type: "TextPositionSelector", start: 40, end: 45 });
  });

  it("has an empty prefix at the start of the text", () => {
    const { quote } = describeRange(alphabet, 0, 3);
    expect(quote.prefix).toBe("");
    expect(quote.suffix).toBe(alphabet.slice(3, 35));
  });

  it("has an empty suffix at the end of the text", () => {
    const { quote } = describeRange(alphabet, 59, 62);
    expect(quote.suffix).toBe("");
    expect(quote.prefix).toBe(alphabet.slice(27, 59));
  });

  it("shortens the prefix by one rather than start it with half an emoji", () => {
    const text = "😀" + "x".repeat(31) + "QUOTE";
    const { quote } = describeRange(text, 33, 38);
    expect(quote.prefix).toBe("x".repeat(31));
  });

  it("shortens the suffix by one rather than end it with half an emoji", () => {
    const text = "QUOTE" + "x".repeat(31) + "😀";
    const { quote } = describeRange(text, 0, 5);
    expect(quote.suffix).toBe("x".repeat(31));
  });

  it("keeps a whole emoji at the edge of a full-length context", () => {
    const text = "x".repeat(30) + "😀" + "QUOTE";
    expect(describeRange(text, 32, 37).quote.prefix).toBe("x".repeat(30) + "😀");
  });

  it.each([
    ["starts inside a surrogate pair", "a😀b", 2, 4],
    ["ends inside a surrogate pair", "a😀b", 0, 2],
    ["is reversed", "abc", 2, 1],
    ["runs past the end", "abc", 1, 4],
    ["starts before the text", "abc", -1, 2],
  ])("throws a RangeError for a range that %s", (_label, text, start, end) => {
    expect(() => describeRange(text, start, end)).toThrow(RangeError);
  });
});
