import { ZReviewDocument, type TReviewDocument } from "../schemas/review";

/**
 * The whole review, lossless: validated against ZReviewDocument on the way out so an export
 * is always importable, and pretty-printed with a final newline for diffable files. A source's
 * stored reference is left out: it is derived from its CSL item, which the file carries.
 */
export function toJson(review: TReviewDocument): string {
  const document = ZReviewDocument.parse(review);
  const sources = document.sources.map(({ reference: _derived, ...source }) => source);
  return `${JSON.stringify({ ...document, sources }, null, 2)}\n`;
}
