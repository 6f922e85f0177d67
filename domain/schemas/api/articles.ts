import { z } from "zod";
import { CLAIM_TAGS } from "../../ratings/scale";
import { ZAssignReviewerInput } from "../editor-inputs";
import { ZChangeStatusInput, ZCreateArticleInput, ZUpdateArticleInput } from "../inputs";
import { ZReviewDocument } from "../review";
import { ZCreatedArticle, ZOk, ZPerson, ZStoredArticleStatus } from "./wire";
import type { AreaSchemas } from "./route-schemas";

/** A check-worthy sentence the workspace offers as a claim (domain/claims/suggest-claims.ts). */
export const ZClaimSuggestion = z.object({
  start: z.number().int(),
  end: z.number().int(),
  quote: z.string(),
  score: z.number(),
  reasons: z.array(z.string()),
  tags: z.array(z.enum(CLAIM_TAGS)),
  kind: z.enum(["claim", "advice"]),
  alsoAt: z.array(z.object({ start: z.number().int(), end: z.number().int() })).optional(),
  section: z.enum(["article", "comments"]),
});
export type TClaimSuggestion = z.output<typeof ZClaimSuggestion>;

export const ZArticleAssignments = z.object({
  assigned: z.array(ZPerson.extend({ assignedAt: z.string() })),
  available: z.array(ZPerson),
});
export type TArticleAssignments = z.output<typeof ZArticleAssignments>;

/** Articles: creation, the review document, workflow status, suggestions, assignments. */
export const articlesApi = {
  createArticle: { body: ZCreateArticleInput, output: ZCreatedArticle },
  getReviewDocument: { output: ZReviewDocument },
  updateArticle: {
    body: ZUpdateArticleInput,
    output: z.object({ slug: z.string(), title: z.string(), author: z.string().nullable(), summary: z.string() }),
  },
  changeArticleStatus: { body: ZChangeStatusInput, output: z.object({ slug: z.string(), status: ZStoredArticleStatus }) },
  listClaimSuggestions: { output: z.object({ suggestions: z.array(ZClaimSuggestion) }) },
  listAssignments: { output: ZArticleAssignments },
  assignReviewer: { body: ZAssignReviewerInput, output: z.object({ user: ZPerson, created: z.boolean() }) },
  unassignReviewer: { output: ZOk },
} as const satisfies AreaSchemas;
