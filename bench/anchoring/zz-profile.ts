import { performance } from "node:perf_hooks";
import { anchorInPreparedText, prepareText } from "../../domain/anchoring";
import { scaleCase } from "./cases";
const c = scaleCase();
const t0 = performance.now();
const prepared = prepareText(c.newText);
console.log("prepare", (performance.now() - t0).toFixed(1));
const times: [number, string, string][] = [];
for (const k of c.claims) {
  const quote = { exact: c.oldText.slice(k.start, k.end), prefix: c.oldText.slice(Math.max(0, k.start - 32), k.start), suffix: c.oldText.slice(k.end, k.end + 32) };
  const s = performance.now();
  const r = anchorInPreparedText(prepared, quote, { start: k.start, end: k.end });
  times.push([performance.now() - s, r?.method ?? "null", `${quote.exact.length} ${k.expected ? "exp" : "orph"}`]);
}
times.sort((a, b) => b[0] - a[0]);
console.log(times.slice(0, 15).map((t) => t.map(String).join(" ")).join("\n"));
const by: Record<string, [number, number]> = {};
for (const [ms, m] of times) { const e = (by[m] ??= [0, 0]); e[0] += ms; e[1]++; }
console.log(by);
