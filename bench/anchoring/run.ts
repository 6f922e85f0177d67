import { execSync } from "node:child_process";
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import { anchorQuote, reanchorClaims, type AnchorResult } from "../../domain/anchoring";
import { revisionCases, scaleCase, type RevisionCase } from "./cases";
import { hardSection, runHardCases, worstWrongShare } from "./hard-run";
import { share, tallyBy } from "./hard-tally";
import { hypothesisStyleAnchor } from "./hypothesis-style-matcher";
import { add, emptyTally, record, type Tally } from "./tally";

/**
 * Anchoring benchmark: known-answer revision cases run through Claimcheck's reanchorClaims, its
 * anchorQuote alone (no paragraph mapping of the old position) and a Hypothesis-style matcher.
 * Writes the "## Anchoring" section of bench/README.md.
 */

type Matcher = (c: RevisionCase) => (AnchorResult | null)[];

const describe = (c: RevisionCase, id: string, start: number, end: number) => ({
  quote: {
    exact: c.oldText.slice(start, end),
    prefix: c.oldText.slice(Math.max(0, start - 32), start),
    suffix: c.oldText.slice(end, end + 32),
  },
  position: { start, end },
  id,
});

const matchers: Record<string, Matcher> = {
  "Claimcheck reanchorClaims": (c) =>
    reanchorClaims(c.oldText, c.newText, c.claims.map((k) => describe(c, k.id, k.start, k.end))).map((r) => r.result),
  "Claimcheck anchorQuote": (c) =>
    c.claims.map((k) => {
      const { quote, position } = describe(c, k.id, k.start, k.end);
      return anchorQuote(c.newText, quote, position);
    }),
  "Hypothesis-style": (c) =>
    c.claims.map((k) => {
      const { quote, position } = describe(c, k.id, k.start, k.end);
      return hypothesisStyleAnchor(c.newText, quote, position);
    }),
};

function run(matcher: Matcher, c: RevisionCase): Tally {
  const tally = emptyTally();
  const started = performance.now();
  const results = matcher(c);
  tally.milliseconds = performance.now() - started;
  c.claims.forEach((claim, i) => record(tally, claim, results[i] ?? null));
  return tally;
}

const percent = (n: number, d: number) => (d === 0 ? "–" : `${((100 * n) / d).toFixed(1)}%`);

function row(name: string, t: Tally): string {
  return `| ${name} | ${t.anchors} | ${t.correct} | ${t.wrong} | ${t.falseAnchor} | ${t.missed} | ${t.correctlyOrphaned} | ${percent(t.keptTextCorrect, t.keptTextTotal)} | ${t.milliseconds.toFixed(0)} ms | ${((1000 * t.milliseconds) / t.anchors).toFixed(1)} µs |`;
}

const header =
  "| matcher | anchors | correct | wrong place | anchored, should orphan | missed | correctly orphaned | text-kept found | time | per anchor |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |";

function main(): void {
  const loadAtStart = loadavg()[0] ?? NaN;
  const cases = revisionCases();
  const scale = scaleCase();
  // Warm up the JIT so the first matcher is not penalized.
  for (const matcher of Object.values(matchers)) for (const c of cases.slice(0, 2)) run(matcher, c);

  const totals: Record<string, Tally> = {};
  const perCase: string[] = [];
  for (const c of cases) {
    const cells = Object.entries(matchers).map(([name, matcher]) => {
      const t = run(matcher, c);
      add((totals[name] ??= emptyTally()), t);
      return `${t.correct + t.correctlyOrphaned}/${t.anchors} (${t.wrong + t.falseAnchor} wrong, ${t.missed} missed)`;
    });
    perCase.push(`| ${c.name} | ${cells.join(" | ")} |`);
  }
  const scaleTallies = Object.entries(matchers).map(([name, matcher]) => [name, run(matcher, scale)] as const);
  const scaleRows = scaleTallies.map(([name, t]) => row(name, t));
  const scaleMs = scaleTallies.find(([name]) => name === "Claimcheck reanchorClaims")?.[1].milliseconds ?? NaN;
  const scaleRuns = measureScale(scale);
  const hard = runHardCases();
  const figures = (name: string) => {
    const byKind = tallyBy(hard.cases, hard.results[name]!, (c) => c.kind);
    const all = byKind.get("all")!;
    return `${share(all.wrong, all.cases)} / ${share(worstWrongShare(byKind) * 1000, 1000)} / ${share(all.correct, all.cases)}`;
  };
  const hypothesisAtScale = scaleTallies.find(([name]) => name === "Hypothesis-style")?.[1].milliseconds ?? NaN;
  const afterRow = `| after (${execSync("date -u +'%Y-%m-%d %H:%M UTC'").toString().trim()}, load ≈ ${loadAtStart.toFixed(0)} when it started) | ${figures("Claimcheck anchorQuote (old position)")} | ${figures("Claimcheck anchorQuote (+ old text)")} | ${scaleMs.toFixed(0)} ms (CPU ${median(scaleRuns.map((r) => r.cpu)).toFixed(0)} ms) | ${hypothesisAtScale.toFixed(0)} ms |`;
  const targetRows = Object.keys(hard.results).map((name) => {
    const byKind = tallyBy(hard.cases, hard.results[name]!, (c) => c.kind);
    const all = byKind.get("all")!;
    const worst = worstWrongShare(byKind);
    const met = all.wrong / all.cases <= 0.01 && worst <= 0.03 && all.correct / all.cases >= 0.9;
    return `| ${name} | ${share(all.wrong, all.cases)} | ${share(worst * 1000, 1000)} | ${share(all.correct, all.cases)} | ${met ? "yes" : "**no**"} |`;
  });

  const machine = [
    `${execSync("nproc").toString().trim()} CPUs`,
    cpus()[0]?.model ?? readFileSync("/proc/cpuinfo", "utf8").match(/model name\s*:\s*(.*)/)?.[1] ?? "unknown CPU",
    `Node ${process.version}`,
  ].join(", ");
  const section = [
    "## Anchoring",
    "",
    "`npm run bench:anchoring` (bench/anchoring/run.ts). Known-answer revision cases built from the demo",
    "article (prisma/fixtures/vitamin-k2/source.txt) and from generated text with repeated boilerplate",
    "sentences; claims are every sentence plus one short phrase per paragraph. A claim is *correct* only",
    "at exactly the expected [start, end); *missed* = orphaned although its text (possibly edited) is",
    "still there; *text-kept found* = share of claims whose own text is unchanged that were found exactly.",
    "Claimcheck anchorQuote is the same matcher without reanchorClaims' paragraph mapping of the old position.",
    "The Hypothesis-style matcher (bench/anchoring/hypothesis-style-matcher.ts) is position-if-quote-matches,",
    "then exact, then approx-string-match with up to min(256, length/2) errors, weights 50/20/20/2, best match always returned.",
    "",
    `Machine: ${machine}. Date: ${execSync("date").toString().trim()}.`,
    "",
    "### Targets (issue 17): hard cases",
    "",
    "| matcher | wrong overall (target ≤ 1%) | wrong, worst kind (≤ 3%) | correct overall (≥ 90%) | met? |",
    "| --- | ---: | ---: | ---: | --- |",
    ...targetRows,
    "",
    `Re-anchoring 2,000 claims on a ${(scale.newText.length / 1e6).toFixed(2)} M-unit article (reanchorClaims, target < 1 s): ${scaleMs.toFixed(0)} ms in the`,
    `table below (${scaleMs < 1000 ? "met" : "**not met**"}); ${scaleRuns.length} more runs: median ${median(scaleRuns.map((r) => r.wall)).toFixed(0)} ms wall clock, median ${median(scaleRuns.map((r) => r.cpu)).toFixed(0)} ms of CPU time`,
    "(the CPU time is what the 2 shared cores' load inflates least).",
    "",
    ...BEFORE_AFTER,
    afterRow,
    "",
    `### Hard cases: ${hard.cases.length} generated claims on four kinds of prose`,
    "",
    "bench/anchoring/hard-cases.ts: news (bench/anchoring/prose/news.txt), scientific abstracts (abstracts.txt) and forum",
    "comments (forum.txt), written for this benchmark, plus the demo article; 60 cases per kind of edit and prose. Each case",
    "is one claim (1-3 words, a phrase, a sentence or a paragraph) and one revision: the edit of its kind, plus 2-4 unrelated",
    "edits elsewhere (sentences and paragraphs inserted and deleted, typos) so old offsets drift. *anchorQuote (old position)*",
    "is what an outside caller gets (the old offsets only); *(+ old text)* passes the previous revision (`previousText`), as",
    "reanchorClaims does.",
    "",
    ...hardSection(hard),
    "",
    `### All ${cases.length} revision cases (${totals["Hypothesis-style"]?.anchors ?? 0} anchors per matcher)`,
    "",
    header,
    ...Object.entries(totals).map(([name, t]) => row(name, t)),
    "",
    "### Per case: right answers / anchors (wrong = wrong place or anchored instead of orphaned)",
    "",
    `| case | ${Object.keys(matchers).join(" | ")} |`,
    `| --- | ${Object.keys(matchers).map(() => "---").join(" | ")} |`,
    ...perCase,
    "",
    `### Scale: ${scale.name} (${(scale.newText.length / 1e6).toFixed(2)} M units)`,
    "",
    header,
    ...scaleRows,
    "",
    "### Notes",
    "",
    "- Figures taken while other work loads the 2 cores are noisy: compare the Hypothesis-style matcher's time at scale with",
    "  its 10.9 s on a quiet machine (2026-11-24) to see how loaded the machine was.",
    "- The *+ old text* row is what re-imports get (reanchorClaims passes the previous revision). The *old position* row is",
    "  anchorQuote for callers with the stored offsets only (older revisions' pages, the overlay on publishers' pages):",
    "  without the old text a moved short paragraph and a copy of a deleted one look the same, so it orphans both; it meets",
    "  the wrong-placement targets but not 90% correct.",
    "- Hard cases: the remaining misses are mostly repeated boilerplate (\"Reply · Report\", a journal's funding paragraph)",
    "  moved or edited so that nothing but the quote itself is left to tell the copies apart, short quotes with two typos",
    "  in few letters, and (with the old position only) whole paragraphs that moved: a copy of a deleted paragraph looks",
    "  the same without the old text. All are orphaned with a reason and offered to the reviewer as suggestions.",
    "- In the 20 revision cases Claimcheck places no claim whose text is gone (\"anchored, should orphan\" 0); the",
    "  Hypothesis-style matcher, which always returns its best match, places 33.",
    "- Claimcheck's \"missed\" are short quotes (< 24 units, e.g. \"Start it today!\") whose context on both sides was",
    "  edited in the same revision: by design a short quote without its context is orphaned rather than guessed.",
    "- anchorQuote alone is slower at 1 MB because without the paragraph mapping most old positions no longer",
    "  hold the quote, so more claims go through the full search.",
    "",
  ].join("\n");
  console.log(section);
  writeSection(section);
}

/** Before and after the second pass on issue 17 (precision rules, scale), each one run of this benchmark. */
const BEFORE_AFTER = [
  "Before / after the second pass on issue 17 (one run each, same benchmark; the machine's 2 AMD EPYC cores are shared",
  "with other helpers' builds and tests, so times are noisy: the Hypothesis-style matcher's time at scale shows the load):",
  "",
  "| run | anchorQuote (old position): wrong / worst kind / correct | anchorQuote (+ old text): wrong / worst kind / correct | 2,000 claims on 1 MB (reanchorClaims) | Hypothesis-style at scale |",
  "| --- | --- | --- | ---: | ---: |",
  "| before (2026-12-03 13:42 UTC, load ≈ 2 when it started) | 1.8% / 4.2% / 88.4% | 1.0% / 2.1% / 89.3% | 823 ms | 10,422 ms |",
];

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** reanchorClaims on the scale case a few more times, wall clock and CPU time (user + system) each. */
function measureScale(scale: RevisionCase): { wall: number; cpu: number }[] {
  const claims = scale.claims.map((k) => describe(scale, k.id, k.start, k.end));
  return Array.from({ length: 3 }, () => {
    const started = performance.now();
    const cpu = process.cpuUsage();
    reanchorClaims(scale.oldText, scale.newText, claims);
    const used = process.cpuUsage(cpu);
    return { wall: performance.now() - started, cpu: (used.user + used.system) / 1000 };
  });
}

/** Replaces (or appends) the "## Anchoring" section of bench/README.md, leaving other sections alone. */
function writeSection(section: string): void {
  const path = new URL("../README.md", import.meta.url);
  const current = existsSync(path) ? readFileSync(path, "utf8") : "# Benchmarks\n";
  const start = current.search(/^## Anchoring\s*$/m);
  let next: string;
  if (start < 0) next = current.trimEnd() + "\n\n" + section;
  else {
    const rest = current.slice(start + 1);
    const nextHeading = rest.search(/^## /m);
    const end = nextHeading < 0 ? current.length : start + 1 + nextHeading;
    next = current.slice(0, start) + section + (end < current.length ? "\n" + current.slice(end) : "");
  }
  writeFileSync(path, next.trimEnd() + "\n");
}

main();
