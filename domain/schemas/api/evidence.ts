import { z } from "zod";
import { ZAddEvidenceInput, ZResolveSourceInput, ZSearchSourcesQuery, ZUpdateEvidenceInput } from "../inputs";
import { ZEvidenceRow, ZOk, ZStoredStance, ZStoredStudyDesign } from "./wire";
import type { AreaSchemas } from "./route-schemas";

/** One source of the bibliography, for the picker. */
export const ZBibliographyEntry = z.object({
  id: z.string(),
  citation: z.string(),
  doi: z.string().nullable(),
  pmid: z.string().nullable(),
  url: z.string().nullable(),
  usedBy: z.number().int(),
});
export type TBibliographyEntry = z.output<typeof ZBibliographyEntry>;

/** The flat fields of a source (domain/citations/citation-fields.ts, TCitationFields). */
export const ZCitationFields = z.object({
  title: z.string().nullable(),
  authors: z.array(z.string()),
  container: z.string().nullable(),
  year: z.number().int().nullable(),
  doi: z.string().nullable(),
  pmid: z.string().nullable(),
  url: z.string().nullable(),
  volume: z.string().nullable(),
  issue: z.string().nullable(),
  pages: z.string().nullable(),
  publisher: z.string().nullable(),
});

/** A pasted identifier or entry read into source fields (server/citations/resolve-citation.ts). */
export const ZCitationResolution = z.object({
  kind: z.enum(["doi", "pmid", "url", "bibtex", "ris", "unknown"]),
  fields: ZCitationFields,
  lookup: z.enum(["online", "offline", "parsed"]),
  message: z.string(),
});
export type TCitationResolution = z.output<typeof ZCitationResolution>;

/** An evidence item's own fields as stored now: the `current` of a 409 on a stale evidence edit. */
export const ZEvidenceFieldsRow = z.object({
  id: z.string(),
  finding: z.string(),
  locator: z.string().nullable(),
  stance: ZStoredStance,
  studyDesign: ZStoredStudyDesign,
  note: z.string().nullable(),
});

/** Evidence items and the shared bibliography. */
export const evidenceApi = {
  addEvidence: { body: ZAddEvidenceInput, output: ZEvidenceRow },
  updateEvidence: { body: ZUpdateEvidenceInput, output: ZEvidenceRow, conflict: ZEvidenceFieldsRow },
  removeEvidence: { output: ZOk },
  searchSources: { query: ZSearchSourcesQuery, output: z.object({ sources: z.array(ZBibliographyEntry) }) },
  resolveSource: { body: ZResolveSourceInput, output: ZCitationResolution },
} as const satisfies AreaSchemas;
