import { z } from "zod";
import { ZArticleStatus, ZVerdict } from "./review";

const ZClaimId = z.string().min(1, "Choose a claim.").max(64, "Not a claim id.");

/** POST /api/claims/[id]/links: link this claim to another ("same claim as"). */
export const ZLinkClaimInput = z.object({ toClaimId: ZClaimId });
export type TLinkClaimInput = z.infer<typeof ZLinkClaimInput>;

/** DELETE /api/claims/[id]/links/[otherClaimId]: the route's parameters. */
export const ZUnlinkClaimParams = z.object({ id: ZClaimId, otherClaimId: ZClaimId });

/** A claim linked to the one in question, as the workspace shows it (only the claims its viewer may read). */
export const ZLinkedClaim = z.object({
  claimId: z.string(),
  articleSlug: z.string(),
  articleTitle: z.string(),
  articleStatus: ZArticleStatus,
  quote: z.string(),
  restatement: z.string(),
  verdict: ZVerdict.nullable(),
  /** The reader page's deep link when published, else the workspace. */
  url: z.string(),
  linkedAt: z.string(),
});
export type TLinkedClaim = z.infer<typeof ZLinkedClaim>;

/** GET /api/claims/[id]/links */
export const ZClaimLinksResponse = z.object({ links: z.array(ZLinkedClaim) });
export type TClaimLinksResponse = z.infer<typeof ZClaimLinksResponse>;

/** POST /api/claims/[id]/links: the link, and whether this request made it (false: it existed). */
export const ZLinkClaimResponse = z.object({ link: ZLinkedClaim, created: z.boolean() });
export type TLinkClaimResponse = z.infer<typeof ZLinkClaimResponse>;

/** DELETE /api/claims/[id]/links/[otherClaimId]: false when there was no such link (nothing to undo). */
export const ZUnlinkClaimResponse = z.object({ removed: z.boolean() });
export type TUnlinkClaimResponse = z.infer<typeof ZUnlinkClaimResponse>;

/**
 * "Also checked in": a published review's claim linked to the one a reader opened, in the
 * claim details of GET /api/articles/<slug>/published-claims/<id>. `url` is absolute (the
 * embed shows it on publishers' pages).
 */
export const ZAlsoCheckedIn = z.object({
  claimId: z.string(),
  articleTitle: z.string(),
  restatement: z.string(),
  verdict: ZVerdict.nullable(),
  url: z.string(),
});
export type TAlsoCheckedIn = z.infer<typeof ZAlsoCheckedIn>;
