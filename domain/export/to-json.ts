import { ZReviewDocument, type TReviewDocument } from "../schemas/review";

/**
 * The whole review, lossless: validated against ZReviewDocument on the way out so an export
 * is always importable, and pretty-printed with a final newline for diffable files.
 */
export function toJson(review: TReviewDocument): string {
  return `${JSON.stringify(ZReviewDocument.parse(review), null, 2)}\n`;
}
