import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXPORT_FORMAT_NAMES, type ExportFormat } from "@/domain/export";
import { removeSqliteDatabase, useFreshSqliteDatabase } from "../support/test-database";
import { GOLDEN_DIRECTORY, goldenFileName, loadDemoReview, renderGoldenExports, stabilize } from "./golden/demo-review-exports";

/**
 * Every export of the demo review against its golden file (tests/export/golden/). After an
 * intended change: `npm run golden:update`, then read the diff of the golden files.
 */
let url: string;
let outputs: Map<ExportFormat, string>;

beforeAll(async () => {
  url = await useFreshSqliteDatabase("export-golden");
  outputs = await renderGoldenExports(stabilize(await loadDemoReview()));
}, 120_000);

afterAll(async () => {
  const { db } = await import("../../server/db");
  await db.$disconnect();
  removeSqliteDatabase(url);
});

describe("exports of the demo review match their golden files", () => {
  it.each(EXPORT_FORMAT_NAMES)("%s", (format) => {
    const golden = readFileSync(new URL(goldenFileName(format), GOLDEN_DIRECTORY), "utf8");
    expect(outputs.get(format)).toBe(golden);
  });
});
