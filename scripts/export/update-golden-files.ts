/**
 * Rewrites the export golden files (tests/export/golden/) from the demo review, for every
 * format. Run after an intended change to an export, then review the diff:
 *   npm run golden:update && git diff tests/export/golden
 */
import { writeFileSync } from "node:fs";
import { register } from "node:module";
import { removeSqliteDatabase } from "../../tests/support/test-database";
import { migrateDatabase } from "../db/migrate";

const url = `file:./data/golden-update-${process.pid}.db`;
removeSqliteDatabase(url);
await migrateDatabase({ url, mode: "reset" });
process.env.DATABASE_URL = url;
// The server modules import "server-only", which throws outside Next's server bundle: an empty module here, as in Vitest.
register(
  `data:text/javascript,${encodeURIComponent(`export async function resolve(specifier, context, next) {
  if (specifier === "server-only") return { url: "data:text/javascript,", shortCircuit: true };
  return next(specifier, context);
}`)}`,
);
const { GOLDEN_DIRECTORY, goldenFileName, loadDemoReview, renderGoldenExports, stabilize } = await import("../../tests/export/golden/demo-review-exports");
const { db } = await import("../../server/db");
try {
  const outputs = await renderGoldenExports(stabilize(await loadDemoReview()));
  for (const [format, body] of outputs) {
    writeFileSync(new URL(goldenFileName(format), GOLDEN_DIRECTORY), body);
    console.log(`wrote tests/export/golden/${goldenFileName(format)} (${body.length.toLocaleString("en")} characters)`);
  }
} finally {
  await db.$disconnect();
  removeSqliteDatabase(url);
}
