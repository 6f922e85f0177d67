import type { WorkspaceRating } from "@/domain/overlay/workspace-model";
import type { Verdict } from "@/domain/ratings/scale";

/** The claim row the create-claim route answers with (the fields the workspace shows). */
export interface CreatedClaim {
  id: string;
  start: number;
  end: number;
  exact: string;
  restatement: string;
  verdict: Verdict | null;
  checkable: boolean;
  version: number;
  /** The maker's own rating, when the claim was made with a verdict (select, rate, done). */
  rating?: WorkspaceRating;
}
