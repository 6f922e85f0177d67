/**
 * What an editor should know before publishing (issue 14.5): the review's gaps, in words. An
 * empty list means nothing is missing; otherwise publishing needs an explicit confirmation.
 */
export interface ReadinessClaim {
  verdict: string | null;
  checkable: boolean;
  evidenceCount: number;
}

export interface ReadinessInput {
  claims: readonly ReadinessClaim[];
  summary: string;
  reviewerCount: number;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function publishProblems(input: ReadinessInput): string[] {
  const problems: string[] = [];
  if (input.claims.length === 0) problems.push("The review has no claims.");
  const unrated = input.claims.filter((c) => c.verdict === null).length;
  if (unrated > 0) problems.push(`${plural(unrated, "claim is", "claims are")} not rated yet.`);
  const withoutEvidence = input.claims.filter((c) => c.checkable && c.verdict !== "not_checkable" && c.evidenceCount === 0).length;
  if (withoutEvidence > 0) problems.push(`${plural(withoutEvidence, "checkable claim has", "checkable claims have")} no evidence.`);
  if (input.summary.trim() === "") problems.push("There is no summary.");
  if (input.reviewerCount === 0) problems.push("No reviewer is assigned.");
  return problems;
}
