import { describe, expect, it } from "vitest";
import { EXPORT_FORMAT_NAMES } from "@/domain/export";
import { ZExportQuery } from "@/domain/export/export-query";

describe("the export route's query", () => {
  it("accepts every export format", () => {
    for (const format of EXPORT_FORMAT_NAMES) expect(ZExportQuery.parse({ format })).toEqual({ format });
  });

  it.each([undefined, "", "docx", "PDF", "toString", "__proto__"])("refuses %j and lists the formats", (format) => {
    const result = ZExportQuery.safeParse({ format });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(`Choose one of the export formats: ${EXPORT_FORMAT_NAMES.join(", ")}.`);
  });
});
