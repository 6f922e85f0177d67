import { describe, expect, it } from "vitest";
import { buildCanonicalDocument, canonicalText, normalizeBlockText, splitsSurrogatePair } from "./index";

describe("canonicalText", () => {
  it.each([
    ["turns CRLF and CR into LF", "one\r\ntwo\rthree", "one\ntwo\nthree"],
    ["separates paragraphs by exactly one blank line", "one\n\n\n\ntwo\r\n \r\nthree", "one\n\ntwo\n\nthree"],
    ["composes to NFC", "cafe\u0301", "caf\u00e9"],
    ["collapses spaces and trims lines", "  a \t  b  \n\n  c ", "a b\n\nc"],
    ["drops leading and trailing blank lines", "\n\n\na\n\n\n", "a"],
  ])("%s", (_label, raw, expected) => {
    expect(canonicalText(raw)).toBe(expected);
  });

  it("is idempotent", () => {
    const once = canonicalText("Ｔitle\r\n\r\n\r\nשלום  עולם\r\nnext line\n\n\n😀 e\u0301");
    expect(canonicalText(once)).toBe(once);
  });
});

describe("canonical-text re-exports", () => {
  it("exposes the shared helpers of domain/text", () => {
    expect(normalizeBlockText("a\r\n\r\nb")).toBe("a\nb");
    expect(buildCanonicalDocument([{ kind: "paragraph", text: "a" }, { kind: "paragraph", text: "b" }]).text).toBe("a\n\nb");
    expect(splitsSurrogatePair("😀", 1)).toBe(true);
  });
});
