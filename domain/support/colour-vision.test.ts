import { describe, expect, it } from "vitest";
import { colourDifference, contrastRatio } from "./colour-vision";

describe("colour-vision", () => {
  it("computes WCAG contrast", () => {
    expect(contrastRatio("#000000", "#FFFFFF")).toBeCloseTo(21, 5);
    expect(contrastRatio("#777777", "#FFFFFF")).toBeCloseTo(4.48, 2);
    expect(contrastRatio("#FFFFFF", "#777777")).toBeCloseTo(4.48, 2);
  });

  it("measures red and green as far apart for normal vision and close for deuteranopia", () => {
    expect(colourDifference("#CC3333", "#33AA33")).toBeGreaterThan(80);
    expect(colourDifference("#CC3333", "#33AA33", "deuteranopia")).toBeLessThan(colourDifference("#CC3333", "#33AA33") / 3);
    expect(colourDifference("#123456", "#123456", "tritanopia")).toBe(0);
  });

  it("refuses anything but #rrggbb", () => {
    expect(() => colourDifference("red", "#000000")).toThrow(RangeError);
  });
});
