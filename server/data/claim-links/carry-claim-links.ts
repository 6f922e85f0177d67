import "server-only";
import { claimPair } from "@/domain/claim-links/claim-pair";
import type { Tx } from "../../db";

export interface StoredClaimLink {
  id: string;
  firstClaimId: string;
  secondClaimId: string;
  createdById: string;
  createdAt: Date;
}

/** A claim's links as stored, for the audit record of an operation that deletes the claim. */
export function storedLinksOf(tx: Tx, claimId: string): Promise<StoredClaimLink[]> {
  return tx.claimLink.findMany({ where: { OR: [{ firstClaimId: claimId }, { secondClaimId: claimId }] } });
}

/**
 * Gives `toClaimId` the links `fromClaimId` had (a merge keeps the merged claims' "same claim
 * as" links on the claim that remains), skipping a pair it already has and a link to itself.
 * Runs in the caller's transaction, before `fromClaimId` is deleted; the caller audits.
 */
export async function moveClaimLinks(tx: Tx, fromClaimId: string, toClaimId: string): Promise<void> {
  for (const link of await storedLinksOf(tx, fromClaimId)) {
    const otherClaimId = link.firstClaimId === fromClaimId ? link.secondClaimId : link.firstClaimId;
    if (otherClaimId !== toClaimId) {
      const pair = claimPair(toClaimId, otherClaimId);
      const held = await tx.claimLink.findUnique({ where: { firstClaimId_secondClaimId: pair }, select: { id: true } });
      if (!held) await tx.claimLink.create({ data: { ...pair, createdById: link.createdById, createdAt: link.createdAt } });
    }
    await tx.claimLink.delete({ where: { id: link.id } });
  }
}

/**
 * Puts back the links of a restored claim (undo of a deletion): each one whose other claim
 * still exists and is not linked again already. Runs in the caller's transaction; the caller audits.
 */
export async function restoreClaimLinks(tx: Tx, links: readonly StoredClaimLink[]): Promise<void> {
  for (const link of links) {
    const pair = { firstClaimId: link.firstClaimId, secondClaimId: link.secondClaimId };
    const ends = await tx.claim.count({ where: { id: { in: [pair.firstClaimId, pair.secondClaimId] } } });
    if (ends !== 2) continue;
    if (await tx.claimLink.findUnique({ where: { firstClaimId_secondClaimId: pair }, select: { id: true } })) continue;
    const creatorExists = await tx.user.findUnique({ where: { id: link.createdById }, select: { id: true } });
    if (!creatorExists) continue;
    await tx.claimLink.create({ data: { ...link } });
  }
}
