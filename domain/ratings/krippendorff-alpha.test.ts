import { describe, expect, it } from "vitest";
import { krippendorffAlpha, type MeasurementLevel, type ReliabilityData } from "./krippendorff-alpha";

/** Builds units × raters from one row per rater, "*" for a missing value (the papers' layout). */
function unitsFromRaterRows(rows: string[]): ReliabilityData {
  const cells = rows.map((row) => row.trim().split(/\s+/).map((cell) => (cell === "*" ? null : Number(cell))));
  const unitCount = Math.max(...cells.map((row) => row.length));
  return Array.from({ length: unitCount }, (_, unit) => cells.map((row) => row[unit] ?? null));
}

// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", example C: 4 observers,
// 12 units, missing data. Published: nominal .743, ordinal .815, interval .849, ratio .797.
const KRIPPENDORFF_2011_C = unitsFromRaterRows([
  "1 2 3 3 2 1 4 1 2 * * *",
  "1 2 3 3 2 2 4 1 2 5 * 3",
  "* 3 3 3 2 3 4 2 2 5 1 *",
  "1 2 3 3 2 4 4 1 2 5 1 *",
]);

// Wikipedia, "Krippendorff's alpha", computational example: 3 coders, 15 units.
// Published: nominal .691, interval .811.
const WIKIPEDIA_EXAMPLE = unitsFromRaterRows([
  "* * * * * 3 4 1 2 1 1 3 3 * 3",
  "1 * 2 1 3 3 4 3 * * * * * * *",
  "* * 2 1 3 4 4 * 2 1 1 3 3 * 4",
]);

// Krippendorff (2011), example A: 2 observers, binary data, 10 units, no missing values. Published α = .095.
const KRIPPENDORFF_2011_A = unitsFromRaterRows(["0 1 0 0 0 0 0 0 1 0", "1 1 1 0 0 1 0 0 0 0"]);

describe("krippendorffAlpha against published examples", () => {
  it.each<[string, ReliabilityData, MeasurementLevel, number]>([
    ["Krippendorff 2011 C, nominal", KRIPPENDORFF_2011_C, "nominal", 0.743],
    ["Krippendorff 2011 C, ordinal", KRIPPENDORFF_2011_C, "ordinal", 0.815],
    ["Krippendorff 2011 C, interval", KRIPPENDORFF_2011_C, "interval", 0.849],
    ["Krippendorff 2011 C, ratio", KRIPPENDORFF_2011_C, "ratio", 0.797],
    ["Wikipedia example, nominal", WIKIPEDIA_EXAMPLE, "nominal", 0.691],
    ["Wikipedia example, interval", WIKIPEDIA_EXAMPLE, "interval", 0.811],
    ["Krippendorff 2011 A, binary nominal", KRIPPENDORFF_2011_A, "nominal", 0.095],
  ])("%s = %s", (_name, data, level, published) => {
    expect(krippendorffAlpha(data, { level })).toBeCloseTo(published, 3);
  });

  it("is ordinal by default", () => {
    expect(krippendorffAlpha(KRIPPENDORFF_2011_C)).toBe(krippendorffAlpha(KRIPPENDORFF_2011_C, { level: "ordinal" }));
  });

  it("ordinal depends on rank only, interval on distances", () => {
    const stretched = KRIPPENDORFF_2011_C.map((unit) => unit.map((value) => (value === null ? null : value ** 3)));
    expect(krippendorffAlpha(stretched, { level: "ordinal" })).toBeCloseTo(krippendorffAlpha(KRIPPENDORFF_2011_C, { level: "ordinal" }) ?? Number.NaN, 12);
    expect(krippendorffAlpha(stretched, { level: "interval" })).not.toBeCloseTo(krippendorffAlpha(KRIPPENDORFF_2011_C, { level: "interval" }) ?? Number.NaN, 3);
  });
});

describe("krippendorffAlpha edge cases", () => {
  it.each<[string, ReliabilityData, number | null]>([
    ["perfect agreement with variation", [[5, 5, 5], [1, 1, null], [3, 3, 3], [4, null, 4]], 1],
    ["no units", [], null],
    ["no unit has two ratings", [[5, null, null], [null, 3, null], [null, null, null]], null],
    ["every pairable rating the same value", [[5, 5], [5, 5, null]], null],
    ["units with one rating are ignored", [[5, 5], [1, 1], [3, null, null]], 1],
    ["systematic disagreement is negative", [[1, 5], [5, 1], [1, 5], [5, 1]], -0.75],
  ])("%s → %s", (_name, data, expected) => {
    const alpha = krippendorffAlpha(data);
    if (expected === null) expect(alpha).toBeNull();
    else expect(alpha).toBeCloseTo(expected, 10);
  });

  it("does not depend on the order of raters or units", () => {
    const reversedRaters = KRIPPENDORFF_2011_C.map((unit) => [...unit].reverse());
    const reversedUnits = [...KRIPPENDORFF_2011_C].reverse();
    const alpha = krippendorffAlpha(KRIPPENDORFF_2011_C);
    expect(krippendorffAlpha(reversedRaters)).toBeCloseTo(alpha ?? Number.NaN, 12);
    expect(krippendorffAlpha(reversedUnits)).toBeCloseTo(alpha ?? Number.NaN, 12);
  });
});
