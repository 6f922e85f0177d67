import { z } from "zod";
import { EXPORT_FORMAT_NAMES, type ExportFormat } from "./index";

/** `?format=` of the export route: one of the formats, named in the error when it is not. */
export const ZExportQuery = z.object({
  format: z.enum(EXPORT_FORMAT_NAMES as [ExportFormat, ...ExportFormat[]], {
    error: () => `Choose one of the export formats: ${EXPORT_FORMAT_NAMES.join(", ")}.`,
  }),
});
export type TExportQuery = z.infer<typeof ZExportQuery>;
