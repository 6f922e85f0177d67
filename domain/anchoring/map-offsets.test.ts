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

  it("maps an offset exactly inside a paragraph edited before it (words inserted earlier in the same paragraph)", () => {
    const before = "Intro stays.\n\nThe council approved the wall on Monday.\n\nOutro stays.";
    const after = "Intro stays.\n\nThe harbour council finally approved the wall on Monday.\n\nOutro stays.";
    expect(mapOffsets(before, after)(before.indexOf("wall"))).toBe(after.indexOf("wall"));
  });

  it("maps an offset between two edits of one paragraph by the old text right after it", () => {
    const before = "Intro stays.\n\nThe council approved the wall on Monday after a vote.\n\nOutro stays.";
    const after = "Intro stays.\n\nThe harbour council approved the wall on Monday after a long vote.\n\nOutro stays.";
    expect(mapOffsets(before, after)(before.indexOf("wall"))).toBe(after.indexOf("wall"));
  });

  it("treats quote style changes as no change at all", () => {
    const before = 'Intro.\n\nHe said "no" to the plan twice.\n\nOutro.';
    const after = "Intro.\n\nHe said \u201cno\u201d to the plan twice.\n\nOutro.";
    expect(mapOffsets(before, after)(before.indexOf("plan"))).toBe(after.indexOf("plan"));
  });
});
