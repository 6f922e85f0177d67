import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importPlainText } from "../import/import-plain-text";
import { suggestClaims } from "./suggest-claims";
import { fragmentParts, locateFragment, readReferenceClaimFragments } from "./test-support/reference-claims";

const fixture = (name: string) => readFileSync(new URL(`../../prisma/fixtures/vitamin-k2/${name}`, import.meta.url), "utf8");
const { document } = importPlainText(fixture("source.txt"));
const fragments = readReferenceClaimFragments(fixture("references.md"));

/** How many top suggestions a reviewer is shown: about a third of the article's ~110 sentences. */
const TOP_N = 30;
const REQUIRED_COVERAGE = 0.8;

describe("suggested claims on the vitamin K2 demo article", () => {
  it("reads the claim fragments listed in references.md, and finds each one in the article", () => {
    expect(fragments.length).toBeGreaterThanOrEqual(12);
    expect(fragments).toContain("MK-7 remains in circulation between 24 and 48 hours");
    for (const fragment of fragments) expect(locateFragment(document.text, fragment), fragment).not.toEqual([]);
  });

  it(`covers at least ${REQUIRED_COVERAGE * 100}% of those claims within the top ${TOP_N} suggestions`, () => {
    const top = suggestClaims(document, { limit: TOP_N });
    const covered = fragments.filter((fragment) =>
      locateFragment(document.text, fragment).some((where) => top.some((s) => s.start <= where.start && where.end <= s.end)),
    );
    const missed = fragments.filter((fragment) => !covered.includes(fragment));
    expect(covered.length / fragments.length, `missed: ${missed.join(" | ")}`).toBeGreaterThanOrEqual(REQUIRED_COVERAGE);
  });

  it("suggests the reader's advice to stop taking vitamin D, labelled as advice", () => {
    const suggestions = suggestClaims(document, { limit: TOP_N });
    const advice = suggestions.find((s) => s.quote.includes("You definitely have to stop taking D and focus on taking only K2"));
    expect(advice?.kind).toBe("advice");
    expect(advice?.tags).toContain("advice");
    const adviceBlock = document.blocks.find((b) => b.start <= advice!.start && advice!.end <= b.end);
    expect(adviceBlock?.section).toBe("comments");
  });

  it("does not suggest the rhetorical filler, questions or small talk", () => {
    const quotes = suggestClaims(document, { limit: TOP_N }).map((s) => s.quote);
    for (const filler of ["It is really remarkable.", "It’s a good question.", "Why is our intake of vitamin K2 so inadequate?", "Hi Barbara."]) {
      expect(quotes).not.toContain(filler);
    }
  });
});

describe("reference fragment matching", () => {
  it.each([
    ["osteocalcin also acts as a hormone ... regulating insulin secretion", ["osteocalcin also acts as a hormone", "regulating insulin secretion"]],
    ["more and more [kidney stones] every year", ["more and more", "every year"]],
    ["calcification (Keutel syndrome)", ["calcification", "Keutel syndrome"]],
  ])("splits %s into its literal parts", (fragment, parts) => {
    expect(fragmentParts(fragment)).toEqual(parts);
  });

  it("locates elided parts in order, case-insensitively, and not across a long gap", () => {
    const text = "Alpha beta. More and more every year. Gamma.";
    expect(locateFragment(text, "more and more [x] every year")).toEqual([{ start: 12, end: 36 }]);
    expect(locateFragment(text, "gamma ... alpha")).toEqual([]);
    expect(locateFragment(`alpha ${"x".repeat(500)} omega`, "alpha ... omega")).toEqual([]);
  });
});
