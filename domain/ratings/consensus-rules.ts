/**
 * Who may move a claim's published verdict (PRODUCT.md: "the claim's published verdict is the
 * editor-resolved consensus"). This file is the one place the rule lives; every route that can
 * touch the verdict (rating, consensus, PATCH of the claim, the not-checkable toggle) asks it.
 *
 * 1. Editors (and admins) set the verdict: by rating, by resolving the consensus, or by editing
 *    the claim.
 * 2. A reviewer's change reaches the verdict only while the verdict still belongs to the
 *    reviewers' agreement: it is unset, or every rating on the claim says it (a claim marked not
 *    checkable before anyone rated it counts as agreed too). Once an editor resolved it to
 *    something the ratings do not unanimously say, only an editor moves it again.
 * 3. Even then, the reviewer's change applies only if every rating agrees with it afterwards.
 *    A rating that does not is stored, and the verdict waits for an editor.
 *
 * Known limit: an editor who confirms exactly what every reviewer said leaves no trace of that
 * decision in the verdict itself, so a reviewer may still change it by re-rating while alone.
 */
import type { Verdict } from "./scale";

/** Whether the claim's current verdict is still the reviewers' own agreement (rule 2). */
export function verdictOpenToReviewers(current: Verdict | null, ratings: readonly Verdict[]): boolean {
  if (current === null) return true;
  if (ratings.length === 0) return current === "not_checkable";
  return ratings.every((verdict) => verdict === current);
}

/**
 * Whether a rating being saved decides the published verdict (which then becomes the rated
 * verdict, and its rationale the claim's); `ratingsAfter` includes the saved one.
 */
export function ratingDecidesVerdict(input: { byEditor: boolean; current: Verdict | null; ratingsBefore: readonly Verdict[]; ratingsAfter: readonly Verdict[]; rated: Verdict }): boolean {
  if (input.byEditor) return true;
  if (!verdictOpenToReviewers(input.current, input.ratingsBefore)) return false;
  return input.ratingsAfter.every((verdict) => verdict === input.rated);
}

/**
 * Whether someone may set the verdict directly (PATCH of the claim, marking it (not) checkable)
 * to `requested`; null clears it. Asking for the verdict it already has is always allowed.
 */
export function mayChangeVerdictDirectly(input: { byEditor: boolean; current: Verdict | null; ratings: readonly Verdict[]; requested: Verdict | null }): boolean {
  if (input.byEditor || input.requested === input.current) return true;
  if (!verdictOpenToReviewers(input.current, input.ratings)) return false;
  return input.requested === null || input.ratings.every((verdict) => verdict === input.requested);
}
