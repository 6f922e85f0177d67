import { describe, expect, it } from "vitest";
import { ZAddEvidenceInput } from "../schemas/inputs";
import { checkEvidenceDetails, FINDING_REQUIRED, STANCE_REQUIRED, STUDY_DESIGN_REQUIRED } from "./evidence-details-check";

const draft = { finding: "Mice lacking MGP calcify their arteries.", locator: "", stance: "contradicts", studyDesign: "animal", note: "" } as const;

describe("checkEvidenceDetails", () => {
  it("passes a finding with a chosen stance and design", () => {
    expect(checkEvidenceDetails(draft)).toEqual({ ok: true, details: draft });
  });

  it("names every missing field at once", () => {
    expect(checkEvidenceDetails({ ...draft, finding: "  ", stance: "", studyDesign: "" })).toEqual({
      ok: false,
      fieldErrors: { finding: [FINDING_REQUIRED], stance: [STANCE_REQUIRED], studyDesign: [STUDY_DESIGN_REQUIRED] },
    });
    expect(checkEvidenceDetails({ ...draft, studyDesign: "" })).toEqual({ ok: false, fieldErrors: { studyDesign: [STUDY_DESIGN_REQUIRED] } });
  });

  it("says what the API says for the same omissions", () => {
    const refused = ZAddEvidenceInput.safeParse({ source: { title: "A paper" }, finding: "", stance: "", studyDesign: "" });
    expect(refused.success).toBe(false);
    const byField = Object.fromEntries(refused.error!.issues.map((issue) => [issue.path.join("."), issue.message]));
    expect(byField).toEqual({ finding: FINDING_REQUIRED, stance: STANCE_REQUIRED, studyDesign: STUDY_DESIGN_REQUIRED });
  });
});
