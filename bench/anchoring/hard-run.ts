import { performance } from "node:perf_hooks";
import { anchorQuote, type AnchorResult } from "../../domain/anchoring";
import { hardCases, KINDS, SPAN_LENGTHS, type HardCase } from "./hard-cases";
import { cell, tallyBy, type HardMatcher, type HardTally } from "./hard-tally";
import { hypothesisStyleAnchor } from "./hypothesis-style-matcher";

const selectors = (c: HardCase) => ({
  quote: { exact: c.oldText.slice(c.start, c.end), prefix: c.oldText.slice(Math.max(0, c.start - 32), c.start), suffix: c.oldText.slice(c.end, c.end + 32) },
  position: { start: c.start, end: c.end },
});

/** anchorQuote given the old raw position only (as an outside caller would), given the old text too, and the baseline. */
export const hardMatchers: Record<string, HardMatcher> = {
  "Claimcheck anchorQuote (old position)": (c) => {
    const { quote, position } = selectors(c);
    return anchorQuote(c.newText, quote, position);
  },
  "Claimcheck anchorQuote (+ old text)": (c) => {
    const { quote, position } = selectors(c);
    return anchorQuote(c.newText, quote, position, { previousText: c.oldText });
  },
  "Hypothesis-style": (c) => {
    const { quote, position } = selectors(c);
    return hypothesisStyleAnchor(c.newText, quote, position);
  },
};

export interface HardRun {
  cases: HardCase[];
  results: Record<string, (AnchorResult | null)[]>;
  milliseconds: Record<string, number>;
}

export function runHardCases(): HardRun {
  const cases = hardCases();
  const results: HardRun["results"] = {};
  const milliseconds: HardRun["milliseconds"] = {};
  for (const [name, matcher] of Object.entries(hardMatchers)) {
    const started = performance.now();
    results[name] = cases.map(matcher);
    milliseconds[name] = performance.now() - started;
  }
  return { cases, results, milliseconds };
}

function table(run: HardRun, title: string, groups: readonly string[], key: (c: HardCase) => string): string[] {
  const names = Object.keys(run.results);
  const tallies = names.map((name) => tallyBy(run.cases, run.results[name]!, key));
  const count = (group: string) => tallies[0]?.get(group)?.cases ?? 0;
  return [
    `| ${title} | cases | ${names.join(" | ")} |`,
    `| --- | ---: | ${names.map(() => "---").join(" | ")} |`,
    ...[...groups, "all"].map((g) => `| ${g} | ${count(g)} | ${tallies.map((t) => cell(t.get(g))).join(" | ")} |`),
  ];
}

export function hardSection(run: HardRun): string[] {
  const prose = [...new Set(run.cases.map((c) => c.prose))];
  return [
    "Each cell: **correct** (the exact expected range, or an orphan when the claim's text is gone) / **wrong** (placed on",
    "other text, or placed although its text is gone) / **missed** (orphaned although its text is still there) / **near**",
    "(overlapping the expected range with other bounds).",
    "",
    ...table(run, "kind", KINDS, (c) => c.kind),
    "",
    ...table(run, "span length", SPAN_LENGTHS, (c) => c.span),
    "",
    ...table(run, "text occurred more than once", ["repeated", "unique"], (c) => (c.repeated ? "repeated" : "unique")),
    "",
    ...table(run, "prose", prose, (c) => c.prose),
    "",
    `Time for all ${run.cases.length} cases: ${Object.entries(run.milliseconds).map(([n, ms]) => `${n} ${ms.toFixed(0)} ms`).join("; ")}.`,
  ];
}

export function worstWrongShare(tallies: Map<string, HardTally>): number {
  let worst = 0;
  for (const [group, t] of tallies) if (group !== "all") worst = Math.max(worst, t.wrong / Math.max(1, t.cases));
  return worst;
}

if (process.argv[1]?.endsWith("hard-run.ts")) {
  const run = runHardCases();
  console.log(hardSection(run).join("\n"));
}
