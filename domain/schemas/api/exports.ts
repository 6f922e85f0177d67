import { z } from "zod";
import { ZExportQuery } from "../../export/export-query";
import { ANNOTATION_PAGE_SIZE } from "../../export/to-web-annotation";
import type { AreaSchemas } from "./route-schemas";

/** ?page=N&pageSize=M&iris=1 of the W3C annotation container. */
export const ZAnnotationContainerQuery = z.object({
  page: z.coerce.number().int("A page number is a whole number.").nonnegative("Pages are numbered from 0.").optional(),
  pageSize: z.coerce.number().int().min(1).max(1000).default(ANNOTATION_PAGE_SIZE),
  iris: z.enum(["1"]).optional(),
});

/**
 * Downloads and the W3C Web Annotation Protocol: files and JSON-LD for other tools (their
 * shapes are the formats' own, checked by tests/export against the W3C schemas), not JSON for
 * the app's pages, so the typed client leaves them out.
 */
export const exportsApi = {
  exportArticle: { query: ZExportQuery, response: "file" },
  getAnnotationContainer: { query: ZAnnotationContainerQuery, response: "annotation" },
  headAnnotationContainer: { query: ZAnnotationContainerQuery, response: "annotation" },
  optionsAnnotationContainer: { response: "annotation" },
  getAnnotation: { response: "annotation" },
  headAnnotation: { response: "annotation" },
  optionsAnnotation: { response: "annotation" },
} as const satisfies AreaSchemas;
