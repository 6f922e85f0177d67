import { describe, expect, it } from "vitest";
import { describeRange } from "../anchoring/describe-range";
import { classifyReanchoring, countOutcomes, type StoredClaimAnchor } from "./classify-reanchoring";

const OLD = "Coffee after 4 pm halves deep sleep.\n\nMost adults drink coffee every day.\n\nTea has less caffeine than coffee.";

function claimOn(id: string, text: string, quote: string, revisionId = "r1", orphaned = false): StoredClaimAnchor {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(quote);
  const { quote: q } = describeRange(text, start, start + quote.length);
  return { id, revisionId, start, end: start + quote.length, exact: q.exact, prefix: q.prefix, suffix: q.suffix, orphaned };
}

describe("classifyReanchoring", () => {
  const claims = [claimOn("sleep", OLD, "halves deep sleep"), claimOn("adults", OLD, "Most adults drink coffee"), claimOn("tea", OLD, "Tea has less caffeine than coffee.")];
  const texts = new Map([["r1", OLD]]);

  it("tells unchanged, moved, fuzzy and orphaned claims apart, with selectors on the new text", () => {
    const edited = "Coffee after 4 pm halves deep sleep.\n\nMost adults drink cofee every day.\n\nA new paragraph.";
    const outcomes = classifyReanchoring(edited, claims, texts);
    expect(outcomes.map((o) => [o.claimId, o.kind])).toEqual([
      ["sleep", "unchanged"],
      ["adults", "fuzzy"],
      ["tea", "orphaned"],
    ]);
    const fuzzy = outcomes[1]!.placed!;
    expect(edited.slice(fuzzy.start, fuzzy.end)).toBe("Most adults drink cofee");
    expect(fuzzy.quote).toMatchObject({ exact: "Most adults drink cofee", suffix: " every day.\n\nA new paragraph." });
    expect(outcomes[2]!.placed).toBeNull();
    expect(countOutcomes(outcomes)).toMatchObject({ total: 3, unchanged: 1, fuzzy: 1, orphaned: 1, moved: 0 });
  });

  it("reports text that moved with an insertion before it", () => {
    const outcomes = classifyReanchoring(`Breaking: a correction.\n\n${OLD}`, claims, texts);
    expect(outcomes.every((o) => o.kind === "moved")).toBe(true);
    expect(outcomes[0]!.placed!.start).toBe(claims[0]!.start + "Breaking: a correction.\n\n".length);
  });

  it("carries each claim over from its own revision and marks orphans found again", () => {
    const older = "An old sentence about tea and sleep.";
    const orphan = claimOn("old", older, "tea and sleep", "r0", true);
    const outcomes = classifyReanchoring(`${OLD}\n\nAn old sentence about tea and sleep.`, [...claims, orphan], new Map([...texts, ["r0", older]]));
    expect(outcomes[3]).toMatchObject({ claimId: "old", recovered: true, placed: { method: "position" } });
    const stillLost = classifyReanchoring(OLD, [orphan], new Map([["r0", older]]));
    expect(stillLost[0]).toMatchObject({ kind: "still_orphaned", placed: null, recovered: false });
  });

  it("refuses to guess when a claim's revision text is missing", () => {
    expect(() => classifyReanchoring(OLD, claims, new Map())).toThrow(/missing/);
  });
});
