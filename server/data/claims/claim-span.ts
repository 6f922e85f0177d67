import "server-only";
import { describeRange } from "@/domain/anchoring/describe-range";
import { snapToWordBoundaries } from "@/domain/text/word-boundaries";
import { AppError } from "../../errors";

/**
 * The one span validator: the stored selectors of a span of the revision's text, snapped to
 * whole words; refuses spans past the end or holding no words. Every write that places a
 * claim (create, resize, split, merge, re-attach) goes through it.
 */
export function claimSpan(text: string, start: number, end: number, field = "start") {
  if (end > text.length) {
    throw new AppError("INVALID_INPUT", `The selection ends at ${end}, past the end of the text (${text.length}).`, { fieldErrors: { end: ["Past the end of the text."] } });
  }
  const snapped = snapToWordBoundaries(text, start, end);
  if (snapped.end <= snapped.start) throw new AppError("INVALID_INPUT", "The selection holds no words.", { fieldErrors: { [field]: ["Select at least one word."] } });
  const { quote } = describeRange(text, snapped.start, snapped.end);
  return { start: snapped.start, end: snapped.end, exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix };
}

/** What the unique index on Claim.creationSpanKey compares: one reviewer, one revision, one span. */
export function creationSpanKey(revisionId: string, span: { start: number; end: number }, createdById: string): string {
  return `${revisionId}:${span.start}:${span.end}:${createdById}`;
}
