import { z } from "zod";
import { ZVerdict } from "./review";

/** What editors send from the dashboard: assignments and consensus verdicts. */

export const ZAssignReviewerInput = z.object({
  email: z.string().trim().toLowerCase().email("Enter the reviewer's email address.").max(320),
});
export type TAssignReviewerInput = z.infer<typeof ZAssignReviewerInput>;

export const ZSetConsensusInput = z.object({
  version: z.number().int().positive(),
  verdict: ZVerdict.nullable(),
});
export type TSetConsensusInput = z.infer<typeof ZSetConsensusInput>;
