"use client";

import type { EvidenceDetailsDraft } from "@/domain/ratings/evidence-details-check";
import { STANCES, STANCE_LABELS, STUDY_DESIGNS, STUDY_DESIGN_LABELS } from "@/domain/ratings/scale";
import type { FieldErrors } from "@/components/api/api-client";
import { ChoiceChips } from "./choice-chips";

const STANCE_OPTIONS = STANCES.map((value) => ({ value, label: STANCE_LABELS[value] }));
/** All thirteen, strongest first (the order of domain/ratings/scale.ts): one click each, none hidden behind a menu. */
const STUDY_DESIGN_OPTIONS = STUDY_DESIGNS.map((value) => ({ value, label: STUDY_DESIGN_LABELS[value] }));

/** Stance and design are "" until chosen: no default, so nothing is labelled "supports" or "randomized trial" by accident. */
export type EvidenceDetails = EvidenceDetailsDraft;

export const EMPTY_DETAILS: EvidenceDetails = { finding: "", locator: "", stance: "", studyDesign: "", note: "" };

/** Finding, stance, study design (one-click chips, nothing chosen at first), locator and note: the part of an evidence item that belongs to this claim. */
export function EvidenceDetailFields({ idPrefix, value, onChange, errors }: { idPrefix: string; value: EvidenceDetails; onChange: (next: EvidenceDetails) => void; errors: FieldErrors }) {
  const id = (name: string) => `${idPrefix}-${name}`;
  // "Choose …" is the only way a stance or design is refused: once one is chosen its message goes.
  const set = <K extends keyof EvidenceDetails>(key: K, v: EvidenceDetails[K]) => onChange({ ...value, [key]: v });
  return (
    <>
      <div className="field">
        <label htmlFor={id("finding")}>Finding or excerpt</label>
        <textarea
          id={id("finding")}
          rows={2}
          value={value.finding}
          onChange={(e) => set("finding", e.target.value)}
          aria-invalid={errors.finding ? true : undefined}
          aria-describedby={errors.finding ? id("finding-error") : undefined}
        />
        {errors.finding && (
          <span className="field-error" id={id("finding-error")}>
            {errors.finding.join(" ")}
          </span>
        )}
      </div>
      <ChoiceChips id={id("stance")} legend="Stance toward the claim" options={STANCE_OPTIONS} value={value.stance} onChange={(v) => set("stance", v)} error={value.stance ? undefined : errors.stance} />
      <ChoiceChips id={id("studyDesign")} legend="Study design" options={STUDY_DESIGN_OPTIONS} value={value.studyDesign} onChange={(v) => set("studyDesign", v)} error={value.studyDesign ? undefined : errors.studyDesign} />
      <div className="field-pair">
        <div className="field">
          <label htmlFor={id("locator")}>Locator (page, section, figure)</label>
          <input id={id("locator")} value={value.locator} onChange={(e) => set("locator", e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={id("note")}>Note</label>
          <input id={id("note")} value={value.note} onChange={(e) => set("note", e.target.value)} />
        </div>
      </div>
    </>
  );
}
