import { z } from "zod";
import { FINDING_REQUIRED, STANCE_REQUIRED, STUDY_DESIGN_REQUIRED } from "../ratings/evidence-details-check";
import { CLAIM_TAGS, STANCES, STUDY_DESIGNS } from "../ratings/scale";
import { isHttpUrl } from "./http-url";
import { ZArticleStatus, ZVerdict } from "./review";

/** What users send: every mutation's input, checked at the boundary before anything is written. */

const trimmed = (max: number) => z.string().trim().max(max, `Keep it under ${max} characters.`);
const optionalText = (max: number) =>
  trimmed(max)
    .optional()
    .nullable()
    .transform((v) => (v ? v : null));

const httpUrl = z
  .string()
  .trim()
  .max(2000)
  .refine(isHttpUrl, "Enter a full http:// or https:// address.");

export const ZCreateArticleInput = z.object({
  title: trimmed(300).optional(),
  author: optionalText(200),
  sourceUrl: httpUrl.optional().nullable().or(z.literal("").transform(() => null)),
  publishedAt: z.iso.date().optional().nullable().or(z.literal("").transform(() => null)),
  format: z.enum(["text", "markdown", "html"]).default("text"),
  content: z.string().min(1, "Paste the article's text.").max(5_000_000, "The article is over 5 MB."),
});
export type TCreateArticleInput = z.infer<typeof ZCreateArticleInput>;

export const ZUpdateArticleInput = z.object({
  title: trimmed(300).min(1, "A title is required.").optional(),
  author: optionalText(200),
  summary: trimmed(4000).optional(),
});

/** A move along the workflow; an editor sending a review back says why in the note. */
export const ZChangeStatusInput = z.object({
  status: ZArticleStatus,
  note: optionalText(2000),
  /**
   * Publishing a review with gaps (unrated claims, claims without evidence, no summary…) needs this: `true` to publish
   * whatever is missing, or the list of problems the editor was shown (publishing is refused if anything else is missing).
   */
  acknowledgeMissing: z.union([z.literal(true), z.array(trimmed(500)).max(20)]).optional(),
});
export type TChangeStatusInput = z.infer<typeof ZChangeStatusInput>;

const ZClaimSpanFields = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  restatement: trimmed(1000).default(""),
  checkable: z.boolean().default(true),
  tags: z.array(z.enum(CLAIM_TAGS)).max(10).default([]),
});
const endAfterStart = { message: "The claim's end must come after its start.", path: ["end"] };

export const ZCreateClaimInput = ZClaimSpanFields.refine((v) => v.end > v.start, endAfterStart);
export type TCreateClaimInput = z.infer<typeof ZCreateClaimInput>;

/** One claim from the workspace: optionally rated by its maker in the same step (select, pick a verdict, done). */
export const ZCreateOneClaimInput = ZClaimSpanFields.extend({ verdict: ZVerdict.optional() })
  .refine((v) => v.end > v.start, endAfterStart)
  .refine((v) => v.verdict === undefined || v.checkable, { message: "A claim marked not checkable cannot be rated at the same time; rate it Not checkable instead.", path: ["verdict"] });
export type TCreateOneClaimInput = z.infer<typeof ZCreateOneClaimInput>;

export const ZUpdateClaimInput = z.object({
  version: z.number().int().positive(),
  restatement: trimmed(1000).optional(),
  rationale: trimmed(20_000).optional(),
  verdict: ZVerdict.nullable().optional(),
  checkable: z.boolean().optional(),
  tags: z.array(z.enum(CLAIM_TAGS)).max(10).optional(),
});
export type TUpdateClaimInput = z.infer<typeof ZUpdateClaimInput>;

const currentYear = new Date().getFullYear();

export const ZSourceFieldsInput = z.object({
  title: trimmed(1000).min(1, "The source needs a title."),
  authors: z.array(trimmed(200).min(1)).max(100).default([]),
  container: optionalText(500),
  year: z
    .number()
    .int()
    .min(1600, "Enter a year after 1600.")
    .max(currentYear + 1, `Enter a year up to ${currentYear + 1}.`)
    .nullable()
    .optional()
    .transform((v) => v ?? null),
  doi: z
    .string()
    .trim()
    .max(300)
    .optional()
    .nullable()
    .transform((v) => (v ? v : null))
    .refine((v) => v === null || /^(https?:\/\/(dx\.)?doi\.org\/|doi:)?10\.\d{4,9}\/\S+$/i.test(v), "A DOI looks like 10.1234/abcd."),
  pmid: z
    .string()
    .trim()
    .max(20)
    .optional()
    .nullable()
    .transform((v) => (v ? v : null))
    .refine((v) => v === null || /^\d{1,9}$/.test(v), "A PMID is a number such as 9052783."),
  url: httpUrl.optional().nullable().or(z.literal("").transform(() => null)),
  volume: optionalText(50).optional(),
  issue: optionalText(50).optional(),
  pages: optionalText(50).optional(),
  publisher: optionalText(300).optional(),
});
export type TSourceFieldsInput = z.infer<typeof ZSourceFieldsInput>;

/** Stance and study design have no default: a reviewer in a hurry must not label a news story a randomized trial that supports the claim. */
const ZChosenStance = z.enum(STANCES, { error: STANCE_REQUIRED });
const ZChosenStudyDesign = z.enum(STUDY_DESIGNS, { error: STUDY_DESIGN_REQUIRED });

export const ZAddEvidenceInput = z.object({
  sourceId: z.string().min(1).max(64).optional(),
  source: ZSourceFieldsInput.optional(),
  finding: trimmed(10_000).min(1, FINDING_REQUIRED),
  locator: optionalText(200),
  stance: ZChosenStance,
  studyDesign: ZChosenStudyDesign,
  note: optionalText(5000),
}).refine((v) => v.sourceId || v.source, { message: "Pick a source from the bibliography or describe a new one.", path: ["source"] });
export type TAddEvidenceInput = z.infer<typeof ZAddEvidenceInput>;

/** A rating is a change of the claim: it carries the claim version the reviewer saw, like every claim write. */
export const ZRateClaimInput = z.object({
  version: z.number().int().positive(),
  verdict: ZVerdict,
  confidence: z.number().int().min(1).max(5).default(3),
  rationale: trimmed(20_000).default(""),
});
export type TRateClaimInput = z.infer<typeof ZRateClaimInput>;

/** Moving a claim's boundaries; offsets are snapped to whole words on the server. */
export const ZResizeClaimInput = z
  .object({
    version: z.number().int().positive(),
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
  })
  .refine((v) => v.end > v.start, { message: "The claim's end must come after its start.", path: ["end"] });
export type TResizeClaimInput = z.infer<typeof ZResizeClaimInput>;

/** Splitting a claim in two at an offset inside it (moved to the nearest word start). */
export const ZSplitClaimInput = z.object({
  version: z.number().int().positive(),
  at: z.number().int().positive(),
});
export type TSplitClaimInput = z.infer<typeof ZSplitClaimInput>;

/** Merging claims into the first one listed; each with the version the user saw. */
export const ZMergeClaimsInput = z.object({
  claims: z
    .array(z.object({ id: z.string().min(1).max(64), version: z.number().int().positive() }))
    .min(2, "Choose at least two claims to merge.")
    .max(20, "Merge at most 20 claims at once.")
    .refine((list) => new Set(list.map((c) => c.id)).size === list.length, "Each claim can be listed once."),
});
export type TMergeClaimsInput = z.infer<typeof ZMergeClaimsInput>;

/** Making several claims at once (accepted suggestions). */
export const ZCreateClaimsInput = z.object({
  claims: z.array(ZCreateClaimInput).min(1, "Choose at least one suggestion.").max(500, "Accept at most 500 suggestions at once."),
});
export type TCreateClaimsInput = z.infer<typeof ZCreateClaimsInput>;

export const ZRestoreClaimInput = z.object({ claimId: z.string().min(1).max(64) });

const ZEvidenceFields = z.object({
  finding: trimmed(10_000).min(1, FINDING_REQUIRED),
  locator: optionalText(200),
  stance: ZChosenStance,
  studyDesign: ZChosenStudyDesign,
  note: optionalText(5000),
});

export const EVIDENCE_BASE_REQUIRED =
  "Send `base`: the evidence item as you last read it (finding, locator, stance, studyDesign, note), so the edit is written only if nobody changed it meanwhile.";

/**
 * Editing an evidence item replaces its fields (the source stays). `base` is the item as the user
 * last saw it, required on every path (UI and API): the edit is written only if the stored item
 * still equals it, else 409 with the current item. A missing base is a 422 naming it.
 */
export const ZUpdateEvidenceInput = ZEvidenceFields.extend({
  base: z.object(ZEvidenceFields.shape, { error: (issue) => (issue.input === undefined ? EVIDENCE_BASE_REQUIRED : "`base` is the evidence item as an object of its fields.") }),
});
export type TUpdateEvidenceInput = z.infer<typeof ZUpdateEvidenceInput>;

/** A pasted DOI, DOI URL, PMID, PubMed URL, BibTeX or RIS entry to turn into source fields. */
export const ZResolveSourceInput = z.object({
  input: z.string().trim().min(1, "Paste a DOI, PMID, URL, BibTeX or RIS entry.").max(50_000, "Paste one entry (under 50,000 characters)."),
  online: z.boolean().default(true),
});
export type TResolveSourceInput = z.infer<typeof ZResolveSourceInput>;

export const ZSearchSourcesQuery = z.object({
  q: z.string().trim().max(200).default(""),
  take: z.coerce.number().int().min(1).max(100).default(30),
});

export const ZImportUrlInput = z.object({
  url: httpUrl,
  title: trimmed(300).optional(),
});
export type TImportUrlInput = z.infer<typeof ZImportUrlInput>;
