import { describe, expect, it } from "vitest";
import { formatCitationApa } from "@/domain/citations";
import { forgetFormattedReferences, formatSourceCitation, sourceCslItem } from "@/domain/export/source-citation";
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
