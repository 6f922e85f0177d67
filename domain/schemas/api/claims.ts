import { z } from "zod";
import { ZCheckedBeforeResponse, ZCopyEvidenceInput } from "../checked-before";
import { ZSimilarClaimsQuery, ZSimilarClaimsResponse } from "../claim-search";
import { ZClaimLinksResponse, ZLinkClaimInput, ZLinkClaimResponse, ZUnlinkClaimParams, ZUnlinkClaimResponse } from "../claim-links";
import { ZSetConsensusInput } from "../editor-inputs";
import {
  ZCreateOneClaimInput,
  ZCreateClaimsInput,
  ZMergeClaimsInput,
  ZRateClaimInput,
  ZResizeClaimInput,
  ZRestoreClaimInput,
  ZSplitClaimInput,
  ZUpdateClaimInput,
} from "../inputs";
import { ZClaimRow, ZOk, ZRatingRow, ZStoredVerdict } from "./wire";
import type { AreaSchemas } from "./route-schemas";
import type { WorkspaceClaimDetails } from "../../overlay/workspace-model";

/** Claims: every write answers the stored claim, and a stale version is a 409 carrying the current one. */
export const claimsApi = {
  createClaim: { body: ZCreateOneClaimInput, output: ZClaimRow },
  createClaims: { body: ZCreateClaimsInput, output: z.object({ claims: z.array(ZClaimRow) }) },
  getWorkspaceClaim: { output: z.custom<WorkspaceClaimDetails>() },
  updateClaim: { body: ZUpdateClaimInput, output: ZClaimRow, conflict: ZClaimRow },
  deleteClaim: { output: ZOk },
  restoreClaim: { body: ZRestoreClaimInput, output: ZClaimRow },
  rateClaim: {
    body: ZRateClaimInput,
    output: z.object({ rating: ZRatingRow, claim: ZClaimRow, consensusChanged: z.boolean() }),
    conflict: ZClaimRow,
    // This user's rating as stored now: a stale version whose rating is unchanged was someone else's change of the claim.
    conflictContext: z.object({ rating: ZRatingRow.nullable() }),
  },
  setConsensus: { body: ZSetConsensusInput, output: z.object({ id: z.string(), verdict: ZStoredVerdict.nullable(), version: z.number().int() }), conflict: ZClaimRow },
  resizeClaim: { body: ZResizeClaimInput, output: ZClaimRow, conflict: ZClaimRow },
  splitClaim: { body: ZSplitClaimInput, output: z.object({ first: ZClaimRow, second: ZClaimRow }), conflict: ZClaimRow },
  mergeClaims: { body: ZMergeClaimsInput, output: ZClaimRow, conflict: ZClaimRow },
  listCheckedBefore: { output: ZCheckedBeforeResponse },
  copyEvidence: { body: ZCopyEvidenceInput, output: z.object({ copied: z.number().int() }) },
  searchSimilarClaims: { query: ZSimilarClaimsQuery, output: ZSimilarClaimsResponse },
  listClaimLinks: { output: ZClaimLinksResponse },
  linkClaim: { body: ZLinkClaimInput, output: ZLinkClaimResponse },
  unlinkClaim: { params: ZUnlinkClaimParams, output: ZUnlinkClaimResponse },
} as const satisfies AreaSchemas;
