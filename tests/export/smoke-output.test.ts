import { writeFileSync, mkdirSync } from "node:fs";
import { it } from "vitest";
import { EXPORT_FORMAT_NAMES, exportReview } from "@/domain/export";
import { EXPORT_OPTIONS, buildReviewFixture } from "./review-fixture";

it("writes every format to /tmp/export-smoke", async () => {
  mkdirSync("/tmp/export-smoke", { recursive: true });
  for (const format of EXPORT_FORMAT_NAMES) {
    const result = await exportReview(buildReviewFixture(), format, EXPORT_OPTIONS);
    writeFileSync(`/tmp/export-smoke/${result.fileName}`, result.body);
  }
});
