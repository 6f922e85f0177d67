"use client";

import { STANCES, STANCE_LABELS, STUDY_DESIGNS, STUDY_DESIGN_LABELS, type Stance, type StudyDesign } from "@/domain/ratings/scale";
import type { FieldErrors } from "./send-json";

export interface EvidenceDetails {
  finding: string;
  locator: string;
  /** Empty until chosen: no default, so nothing is labelled "supports" or "randomized trial" by accident. */
  stance: Stance | "";
  studyDesign: StudyDesign | "";
  note: string;
}

export const EMPTY_DETAILS: EvidenceDetails = { finding: "", locator: "", stance: "", studyDesign: "", note: "" };

/** Finding, locator, stance, study design and note: the part of an evidence item that belongs to this claim. */
export function EvidenceDetailFields({ idPrefix, value, onChange, errors }: { idPrefix: string; value: EvidenceDetails; onChange: (next: EvidenceDetails) => void; errors: FieldErrors }) {
  const id = (name: string) => `${idPrefix}-${name}`;
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
      <div className="field-pair">
        <div className="field">
          <label htmlFor={id("stance")}>Stance toward the claim</label>
          <select
            id={id("stance")}
            value={value.stance}
            onChange={(e) => set("stance", e.target.value as Stance | "")}
            aria-invalid={errors.stance ? true : undefined}
            aria-describedby={errors.stance ? id("stance-error") : undefined}
          >
            <option value="">Choose…</option>
            {STANCES.map((s) => (
              <option key={s} value={s}>
                {STANCE_LABELS[s]}
              </option>
            ))}
          </select>
          {errors.stance && (
            <span className="field-error" id={id("stance-error")}>
              {errors.stance.join(" ")}
            </span>
          )}
        </div>
        <div className="field">
          <label htmlFor={id("studyDesign")}>Study design</label>
          <select
            id={id("studyDesign")}
            value={value.studyDesign}
            onChange={(e) => set("studyDesign", e.target.value as StudyDesign | "")}
            aria-invalid={errors.studyDesign ? true : undefined}
            aria-describedby={errors.studyDesign ? id("studyDesign-error") : undefined}
          >
            <option value="">Choose…</option>
            {STUDY_DESIGNS.map((d) => (
              <option key={d} value={d}>
                {STUDY_DESIGN_LABELS[d]}
              </option>
            ))}
          </select>
          {errors.studyDesign && (
            <span className="field-error" id={id("studyDesign-error")}>
              {errors.studyDesign.join(" ")}
            </span>
          )}
        </div>
      </div>
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
