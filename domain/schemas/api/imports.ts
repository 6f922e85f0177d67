import { z } from "zod";
import { ZImportPreview, ZImportPreviewInput } from "../../import/import-preview";
import { ZAuditQuery } from "../audit-query";
import { ZImportUrlInput } from "../inputs";
import { ZReviewImport } from "../review-import";
import { ZClaimReviewImportResult } from "../external-reviews";
import { ZCreatedArticle, ZOk } from "./wire";
import type { AreaSchemas } from "./route-schemas";

/** One entry of the audit log as editors browse it. */
export const ZAuditEventView = z.object({
  id: z.string(),
  createdAt: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  actor: z.object({ id: z.string(), name: z.string(), email: z.string() }).nullable(),
  article: z.object({ id: z.string(), slug: z.string(), title: z.string() }).nullable(),
  before: z.unknown(),
  after: z.unknown(),
});

export const ZAuditLogPage = z.object({
  events: z.array(ZAuditEventView),
  page: z.number().int(),
  pageSize: z.number().int(),
  total: z.number().int(),
  pageCount: z.number().int(),
  actions: z.array(z.string()),
});
export type TAuditLogPage = z.output<typeof ZAuditLogPage>;

/** Getting articles and reviews in (pasted text, a page's address, a JSON export), and the audit log. */
export const importsApi = {
  importReview: {
    body: ZReviewImport,
    /** Any JSON file the editor picked: the route checks it against ZReviewImport and names every problem. */
    clientBody: z.unknown(),
    output: z.object({ slug: z.string(), id: z.string(), claims: z.number().int(), sources: z.number().int(), url: z.string() }),
  },
  previewArticleImport: { body: ZImportPreviewInput, output: ZImportPreview },
  importArticleFromUrl: { body: ZImportUrlInput, output: ZCreatedArticle },
  /** A schema.org ClaimReview feed (JSON-LD): each item is checked on its own (domain/claim-review), the malformed ones reported and skipped. */
  importExternalReviews: { body: z.unknown(), output: ZClaimReviewImportResult },
  /** Removes one imported review (the dashboard's "Other fact-checkers' reviews" page). */
  deleteExternalReview: { output: ZOk },
  listAuditEvents: { query: ZAuditQuery, output: ZAuditLogPage },
} as const satisfies AreaSchemas;
