/**
 * Repeats the PDF export of the large review to profile it: run `npm run bench:export` once
 * (it writes data/bench-export.db), then
 *   node --import tsx --cpu-prof --cpu-prof-dir=/tmp/pdf-profile bench/export/profile-pdf.ts
 * and open the .cpuprofile in Chrome DevTools. The review is read once from the benchmark's
 * SQLite file; PROFILE_RUNS (default 3) PDFs follow, after one warm-up; each run's CPU time is printed.
 */
import { register } from "node:module";
import { performance } from "node:perf_hooks";
import { toPdf } from "../../domain/export/to-pdf";
import { LARGE_SLUG } from "../reader/generate-large-review";

process.env.DATABASE_URL = "file:./data/bench-export.db";
register(`data:text/javascript,${encodeURIComponent(`export async function resolve(specifier, context, next) {
  if (specifier === "server-only") return { url: "data:text/javascript,", shortCircuit: true };
  return next(specifier, context);
}`)}`);
const { db } = await import("../../server/db");
const { getReviewDocument } = await import("../../server/data/articles/get-review-document");
try {
  const review = await getReviewDocument(null, LARGE_SLUG);
  const options = { baseUrl: "https://claimcheck.example" };
  await toPdf(review, options);
  for (let run = 0; run < Number(process.env.PROFILE_RUNS ?? 3); run++) {
    const cpu = process.cpuUsage();
    const started = performance.now();
    const pdf = await toPdf(review, options);
    const used = process.cpuUsage(cpu);
    console.log(`run ${run + 1}: ${Math.round(performance.now() - started)} ms wall, ${Math.round((used.user + used.system) / 1000)} ms CPU, ${(pdf.byteLength / 1e6).toFixed(2)} MB`);
  }
} finally {
  await db.$disconnect();
}
