import type { TReviewDocument } from "@/domain/schemas/review";

/**
 * What the schema cannot see: a file whose parts do not fit together (a claim outside the
 * text, a quote that is not at its position, evidence citing a missing source). Returns the
 * problems in words, empty when the file is consistent.
 */
export function reviewDocumentProblems(review: TReviewDocument): string[] {
  const problems: string[] = [];
  const text = review.revision.text;
  const numbers = [...review.previousRevisions.map((r) => r.number), review.revision.number];
  if (new Set(numbers).size !== numbers.length) problems.push("Two revisions have the same number.");
  if (numbers.some((n) => n > review.revision.number)) problems.push("An earlier revision has a higher number than the current one.");
  const sourceIds = new Set(review.sources.map((source) => source.id));
  for (const claim of review.claims) {
    const { start, end } = claim.position;
    if (!(start < end && end <= text.length)) {
      problems.push(`Claim ${claim.id} spans ${start}–${end}, outside the article's text (${text.length} characters).`);
    } else if (!claim.anchor.orphaned && text.slice(start, end) !== claim.quote.exact) {
      problems.push(`Claim ${claim.id}'s quote is not the article's text at ${start}–${end}.`);
    }
    for (const item of claim.evidence) {
      if (!sourceIds.has(item.sourceId)) problems.push(`Evidence ${item.id} cites source ${item.sourceId}, which is not in the file's sources.`);
    }
  }
  return problems;
}
