import "server-only";
import type { TLinkedClaim } from "@/domain/schemas/claim-links";
import { db } from "../../db";
import { authorize, can, type Actor } from "../../authz";
import { findClaimForActor } from "../claims/find-claim-for-actor";
import { findLinksOfClaim, linkedClaimFor } from "./linked-claims";

/**
 * The claims a reviewer linked to this one ("same claim as"), for the workspace: only those
 * whose reviews the viewer may read (a link to a draft they do not work on stays hidden).
 */
export async function listClaimLinks(actor: Actor | null, claimId: string): Promise<TLinkedClaim[]> {
  const { facts } = await findClaimForActor(db, actor, claimId);
  authorize(can.useWorkspace(actor) && can.readArticle(actor, facts), actor, "see the links of this claim");
  const links = await findLinksOfClaim(db, claimId);
  return links.flatMap((link) => linkedClaimFor(actor, link, claimId) ?? []);
}
