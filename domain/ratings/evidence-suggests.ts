/**
 * "Evidence suggests": the verdict the attached evidence points to, shown beside the reviewer's
 * verdict (PRODUCT.md, "Scales"). This file is the one place the rule lives.
 *
 * 1. Each evidence item gets a weight from its study design, strongest first as on the scale:
 *    systematic review 1.0, randomized trial 0.85, cohort 0.6, case-control 0.5, cross-sectional
 *    0.4, case series 0.3, animal 0.25, in vitro 0.2, mechanistic reasoning 0.15, expert opinion
 *    0.1, other 0.1. Official statistics (0.8) and guidelines (0.7) are weighed high: they settle
 *    factual and statistical claims, and guidelines are themselves syntheses of evidence.
 * 2. Each item gets a sign from its stance: supports +1, partially supports +0.5, contradicts −1,
 *    inconclusive 0 (it still counts its weight, pulling the result towards "Mixed"). Background
 *    items are context, neither for nor against: they are left out entirely.
 * 3. score = Σ(weight × sign) / Σ weight, from −1 (all contradicts) to +1 (all supports).
 * 4. The score maps linearly onto the 1–5 rating scale, value = 3 + 2 × score, rounded half away
 *    from "Mixed": ≥ 0.75 Supported, ≥ 0.25 Mostly supported, between Mixed, ≤ −0.25 Unsupported,
 *    ≤ −0.75 Contradicted.
 * 5. No evidence other than background → no suggestion (null).
 *    Evidence whose stance or study design has not been chosen yet is left out too: a guess at either
 *    would weigh in as if the reviewer had said it.
 * 6. The reviewer is warned when their verdict and the suggestion are two or more steps apart on
 *    the 1–5 scale. "Not checkable" is outside the scale and never disagrees.
 *
 * The rule does not know what a claim is about (a mouse study fully supports a claim about mice),
 * which is why it only suggests: the reviewer's verdict always wins.
 */
import { STANCE_LABELS, STUDY_DESIGN_LABELS, VERDICT_LABELS, VERDICT_RATING_VALUE, verdictFromRatingValue, type RatedVerdict, type Stance, type StudyDesign, type Verdict } from "./scale";

export const STUDY_DESIGN_WEIGHTS: Readonly<Record<StudyDesign, number>> = {
  systematic_review: 1,
  randomized_trial: 0.85,
  cohort: 0.6,
  case_control: 0.5,
  cross_sectional: 0.4,
  case_series: 0.3,
  animal: 0.25,
  in_vitro: 0.2,
  mechanistic: 0.15,
  expert_opinion: 0.1,
  guideline: 0.7,
  statistics: 0.8,
  other: 0.1,
};

/** null: the stance does not count at all (background). */
export const STANCE_SIGNS: Readonly<Record<Stance, number | null>> = {
  supports: 1,
  partially_supports: 0.5,
  contradicts: -1,
  inconclusive: 0,
  background: null,
};

/** Stance and design may still be unchosen (null) on an item being filled in. */
export type EvidenceForSuggestion = { stance: Stance | null | undefined; studyDesign: StudyDesign | null | undefined };
type ChosenEvidence = { stance: Stance; studyDesign: StudyDesign };

const isChosen = (item: EvidenceForSuggestion): item is ChosenEvidence => Boolean(item.stance && item.studyDesign && item.stance in STANCE_SIGNS && item.studyDesign in STUDY_DESIGN_WEIGHTS);

export type VerdictSuggestion = {
  verdict: RatedVerdict | null;
  /** Weighted mean of the signs, −1 … +1; null when nothing counted. */
  score: number | null;
  /** Sum of the weights of the items that counted. */
  weightTotal: number;
  explanation: string;
};

/** Sums of weights like 0.6 + 0.6 + 0.6 are not exact in floating point; a band edge must not depend on that. */
const FLOAT_TOLERANCE = 1e-9;

/** Half away from zero, so +0.25 and −0.25 sit the same distance from "Mixed". */
function ratingValueOfScore(score: number): number {
  return 3 + Math.sign(score) * Math.round(Math.abs(2 * score) + FLOAT_TOLERANCE);
}

function describeCounted(counted: readonly ChosenEvidence[]): string {
  const byStance = new Map<Stance, StudyDesign[]>();
  for (const item of counted) byStance.set(item.stance, [...(byStance.get(item.stance) ?? []), item.studyDesign]);
  return [...byStance]
    .map(([stance, designs]) => `${STANCE_LABELS[stance].toLowerCase()} ×${designs.length} (${designs.map((design) => STUDY_DESIGN_LABELS[design].toLowerCase()).join(", ")})`)
    .join("; ");
}

export function suggestVerdict(evidence: readonly EvidenceForSuggestion[]): VerdictSuggestion {
  const chosen = evidence.filter(isChosen);
  const unchosen = evidence.length - chosen.length;
  const counted = chosen.filter((item) => STANCE_SIGNS[item.stance] !== null);
  const leftOut = unchosen > 0 ? ` ${unchosen} item${unchosen === 1 ? "" : "s"} without a stance and study design left out.` : "";
  if (counted.length === 0) {
    const background = chosen.length;
    return {
      verdict: null,
      score: null,
      weightTotal: 0,
      explanation: (background > 0 ? "Only background evidence is attached: no suggestion." : unchosen > 0 ? "No evidence with a stance and study design: no suggestion." : "No evidence is attached: no suggestion.") + leftOut,
    };
  }

  let weightTotal = 0;
  let weightedSum = 0;
  for (const item of counted) {
    const weight = STUDY_DESIGN_WEIGHTS[item.studyDesign];
    weightTotal += weight;
    weightedSum += weight * (STANCE_SIGNS[item.stance] ?? 0);
  }
  const score = weightedSum / weightTotal;
  const verdict = verdictFromRatingValue(ratingValueOfScore(score));
  return {
    verdict,
    score,
    weightTotal,
    explanation: `Weighted by study design: ${describeCounted(counted)}. Score ${score.toFixed(2)} on a scale from −1 to +1: ${VERDICT_LABELS[verdict]}.${leftOut}`,
  };
}

/** True when both are on the 1–5 scale and two or more steps apart; never for "not checkable" or a missing side. */
export function verdictsDisagree(reviewerVerdict: Verdict | null | undefined, suggested: Verdict | null | undefined): boolean {
  if (!reviewerVerdict || !suggested) return false;
  const reviewerValue = VERDICT_RATING_VALUE[reviewerVerdict];
  const suggestedValue = VERDICT_RATING_VALUE[suggested];
  if (reviewerValue === null || suggestedValue === null) return false;
  return Math.abs(reviewerValue - suggestedValue) >= 2;
}
