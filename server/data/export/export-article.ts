import "server-only";
import { exportReview, type ExportFormat, type ExportResult } from "@/domain/export";
import type { Actor } from "../../authz";
import { getReviewDocument } from "../articles/get-review-document";

/**
 * One article's review in one export format. Readable means exportable: anyone for a
 * published review, only its editors and reviewers for a draft (others get "not found").
 */
export async function exportArticle(actor: Actor | null, slug: string, format: ExportFormat, baseUrl: string): Promise<ExportResult> {
  const review = await getReviewDocument(actor, slug);
  return exportReview(review, format, { baseUrl });
}
