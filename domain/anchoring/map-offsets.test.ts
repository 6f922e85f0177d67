import { describe, expect, it } from "vitest";
import { mapOffsets } from "./map-offsets";

const oldText = "First paragraph.\n\nSecond paragraph.\n\nThird paragraph.";

describe("mapOffsets", () => {
  it("maps every offset to itself when nothing changed", () => {
    expect(mapOffsets(oldText, oldText)(25)).toBe(25);
  });

  it("shifts offsets after a paragraph inserted before them", () => {
    const newText = "Inserted.\n\n" + oldText;
    expect(mapOffsets(oldText, newText)(oldText.indexOf("Third"))).toBe(newText.indexOf("Third"));
  });

  it("follows a paragraph that moved", () => {
    const newText = "Third paragraph.\n\nFirst paragraph.\n\nSecond paragraph.";
    expect(mapOffsets(oldText, newText)(oldText.indexOf("paragraph", 40))).toBe(newText.indexOf("paragraph"));
  });

  it("keeps an offset in a changed paragraph at its distance from the unchanged one before it", () => {
    const newText = "Preface.\n\nFirst paragraph.\n\nSecond paragraph, edited.\n\nThird paragraph.";
    expect(mapOffsets(oldText, newText)(oldText.indexOf("Second"))).toBe(newText.indexOf("Second"));
  });

  it("stays inside the new text when it got shorter", () => {
    expect(mapOffsets(oldText, "Changed.")(oldText.length)).toBeLessThanOrEqual("Changed.".length);
  });
});
