import { describe, expect, it } from "vitest";
import { formatCitationApa } from "@/domain/citations";
import { forgetFormattedReferences, formatSourceCitation, referenceToStore, REFERENCE_FORMAT, sourceCslItem, sourcesInBibliographyOrder } from "@/domain/export/source-citation";
import { SOURCES } from "./review-fixture";

describe("formatted references, remembered across exports", () => {
  const source = SOURCES[0]!;

  it("gives the same reference from memory as citeproc gives", () => {
    forgetFormattedReferences();
    const first = formatSourceCitation(source);
    expect(first).toBe(formatCitationApa(sourceCslItem(source)).trim());
    expect(formatSourceCitation(source)).toBe(first);
  });

  it("never serves the old reference once the source is edited", () => {
    const before = formatSourceCitation(source);
    const edited = { ...source, csl: { ...source.csl, title: "An entirely different title" } };
    const after = formatSourceCitation(edited);
    expect(after).not.toBe(before);
    expect(after).toContain("An entirely different title");
  });
});

describe("references stored with the source", () => {
  it("stores what the reports would format, with the formatting's name", () => {
    for (const source of SOURCES) {
      // Stored without the id the record fills in (a new source has none yet): the text does not depend on it.
      expect(referenceToStore(source.csl)).toEqual({ reference: formatCitationApa(sourceCslItem(source)).trim(), referenceFormat: REFERENCE_FORMAT });
    }
  });

  it("prints and sorts by the stored reference, without formatting the CSL item", () => {
    const [first, second] = SOURCES as [(typeof SOURCES)[number], (typeof SOURCES)[number]];
    const stored = [
      { ...second, reference: "Aaron, A. (2000). Stored first." },
      { ...first, reference: "Zed, Z. (2001). Stored last." },
    ];
    expect(formatSourceCitation(stored[1]!)).toBe("Zed, Z. (2001). Stored last.");
    expect(sourcesInBibliographyOrder([stored[1]!, stored[0]!]).map((entry) => entry.citation)).toEqual(["Aaron, A. (2000). Stored first.", "Zed, Z. (2001). Stored last."]);
  });

  it("shows a source whose stored reference is empty (it names no work) by its title", () => {
    expect(formatSourceCitation({ ...SOURCES[0]!, reference: "" })).toBe(SOURCES[0]!.title);
  });
});
