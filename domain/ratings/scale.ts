/**
 * The product's scales (PRODUCT.md, "Scales"): verdicts, evidence stances and study designs.
 * Every label, order and schema.org mapping lives here and nowhere else.
 */

export const VERDICTS = ["supported", "mostly_supported", "mixed", "unsupported", "contradicted", "not_checkable"] as const;
export type Verdict = (typeof VERDICTS)[number];
export type RatedVerdict = Exclude<Verdict, "not_checkable">;

export const VERDICT_LABELS: Record<Verdict, string> = {
  supported: "Supported",
  mostly_supported: "Mostly supported",
  mixed: "Mixed",
  unsupported: "Unsupported",
  contradicted: "Contradicted",
  not_checkable: "Not checkable",
};

/** schema.org ClaimReview ratingValue: 5 best, 1 worst; null for claims that are not rated. */
export const VERDICT_RATING_VALUE: Record<Verdict, number | null> = {
  supported: 5,
  mostly_supported: 4,
  mixed: 3,
  unsupported: 2,
  contradicted: 1,
  not_checkable: null,
};

export const VERDICT_MEANINGS: Record<Verdict, string> = {
  supported: "Good evidence supports the claim as stated.",
  mostly_supported: "Supported, but overstated, imprecise or missing context.",
  mixed: "Parts supported, parts not; or the evidence genuinely conflicts.",
  unsupported: "No adequate evidence for it: evidence is absent, weak, or off-point.",
  contradicted: "Good evidence says otherwise.",
  not_checkable: "Opinion, advice, or not a factual claim.",
};

export function verdictFromRatingValue(value: number): RatedVerdict {
  const found = (Object.entries(VERDICT_RATING_VALUE) as [Verdict, number | null][]).find(([, v]) => v === value);
  if (!found || found[0] === "not_checkable") throw new RangeError(`No verdict has rating value ${value}`);
  return found[0] as RatedVerdict;
}

export const STANCES = ["supports", "partially_supports", "contradicts", "inconclusive", "background"] as const;
export type Stance = (typeof STANCES)[number];

export const STANCE_LABELS: Record<Stance, string> = {
  supports: "Supports",
  partially_supports: "Partially supports",
  contradicts: "Contradicts",
  inconclusive: "Inconclusive",
  background: "Background",
};

/** Strongest first, after the Oxford CEBM levels and GRADE's starting certainty. */
export const STUDY_DESIGNS = [
  "systematic_review",
  "randomized_trial",
  "cohort",
  "case_control",
  "cross_sectional",
  "case_series",
  "animal",
  "in_vitro",
  "mechanistic",
  "expert_opinion",
  "guideline",
  "statistics",
  "other",
] as const;
export type StudyDesign = (typeof STUDY_DESIGNS)[number];

export const STUDY_DESIGN_LABELS: Record<StudyDesign, string> = {
  systematic_review: "Systematic review",
  randomized_trial: "Randomized trial",
  cohort: "Cohort study",
  case_control: "Case-control study",
  cross_sectional: "Cross-sectional study",
  case_series: "Case series",
  animal: "Animal study",
  in_vitro: "In vitro study",
  mechanistic: "Mechanistic reasoning",
  expert_opinion: "Expert opinion",
  guideline: "Guideline",
  statistics: "Official statistics",
  other: "Other",
};

export const ARTICLE_STATUSES = ["draft", "in_review", "published", "archived"] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

export const ROLES = ["reader", "reviewer", "editor", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const CLAIM_TAGS = ["quantitative", "causal", "absolute", "cited", "comparative", "medical", "advice", "historical"] as const;
