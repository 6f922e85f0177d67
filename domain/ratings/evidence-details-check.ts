import type { Stance, StudyDesign } from "./scale";

/**
 * What an evidence item must have before it is sent: a finding, a stance and a study design (neither has a default, so
 * a reviewer in a hurry cannot label a news story a supporting randomized trial by accident). The API's schema
 * (domain/schemas/inputs.ts) refuses the same with the same messages; forms check first so that "nothing chosen yet"
 * never has to travel as a value the contract does not allow.
 */
export const FINDING_REQUIRED = "Quote or summarise what the source found.";
export const STANCE_REQUIRED = "Choose the evidence's stance toward the claim: supports, partially supports, contradicts, inconclusive or background.";
export const STUDY_DESIGN_REQUIRED = "Choose the study design (or Other).";

/** An evidence item's own fields as a form holds them: stance and design are "" until chosen. */
export interface EvidenceDetailsDraft {
  finding: string;
  locator: string;
  stance: Stance | "";
  studyDesign: StudyDesign | "";
  note: string;
}

export type EvidenceDetailsChosen = Omit<EvidenceDetailsDraft, "stance" | "studyDesign"> & { stance: Stance; studyDesign: StudyDesign };

export type EvidenceDetailsCheck = { ok: true; details: EvidenceDetailsChosen } | { ok: false; fieldErrors: Record<string, string[]> };

/** The details ready to send, or every missing field with its message (keys as the API names them). */
export function checkEvidenceDetails(draft: EvidenceDetailsDraft): EvidenceDetailsCheck {
  const fieldErrors: Record<string, string[]> = {};
  if (!draft.finding.trim()) fieldErrors.finding = [FINDING_REQUIRED];
  if (!draft.stance) fieldErrors.stance = [STANCE_REQUIRED];
  if (!draft.studyDesign) fieldErrors.studyDesign = [STUDY_DESIGN_REQUIRED];
  if (draft.stance && draft.studyDesign && !fieldErrors.finding) return { ok: true, details: { ...draft, stance: draft.stance, studyDesign: draft.studyDesign } };
  return { ok: false, fieldErrors };
}
