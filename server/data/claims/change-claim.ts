import "server-only";
import type { Tx } from "../../db";
import { db } from "../../db";
import { authorize, can, type Actor, type ArticleAccessFacts } from "../../authz";
import { notFound } from "../../errors";
import { bumpReviewPageVersions } from "../articles/bump-page-version";
import { revalidateReviewPages } from "../articles/revalidate-review-pages";
import { recordAuditEvent, type AuditEventInput } from "../audit/record-audit-event";
import { claimConflict } from "./claim-conflict";
import { findClaimForActor } from "./find-claim-for-actor";

type ClaimRow = Awaited<ReturnType<Tx["claim"]["findUniqueOrThrow"]>>;
export type ClaimData = Parameters<Tx["claim"]["updateMany"]>[0]["data"];

export interface ClaimChangeContext {
  tx: Tx;
  actor: Actor;
  claim: ClaimRow;
  article: { id: string; slug: string };
  facts: ArticleAccessFacts;
}

export interface ClaimChangeOutcome<T> {
  /** The claim's new fields; the version is bumped by the core. */
  data: ClaimData;
  /** What the audit event records; by default the claim before and after. */
  audit?: (updated: ClaimRow) => Partial<AuditEventInput>;
  /** Anything else the caller returns alongside the updated claim. */
  result?: T;
}

export interface ClaimChange<T> {
  /** The version of the claim the user edited. */
  version: number;
  /** The audit action, e.g. "claim.update". */
  action: string;
  /** What the user tried, for the refusal message ("edit this claim"). */
  what: string;
  permission?: "editReview" | "rateClaims";
  /** When the route names the article too, the claim must belong to it. */
  slug?: string;
  /** Extra data for the conflict, read with the stale claim (e.g. the actor's current rating). */
  conflictDetails?: (context: ClaimChangeContext) => Promise<Record<string, unknown>>;
  apply: (context: ClaimChangeContext) => Promise<ClaimChangeOutcome<T>>;
}

/**
 * The one way a claim changes: load it for the actor, check the permission and the version the
 * user edited, write (only if nobody saved in between), record the audit event and bump the
 * reader page's version in the same transaction, then expire the review's other cached pages. Every claim mutation goes through here,
 * ratings included, so a stale write is always a 409 with the current claim.
 */
export async function changeClaim<T = undefined>(actor: Actor | null, claimId: string, change: ClaimChange<T>): Promise<{ claim: ClaimRow; result: T }> {
  const outcome = await db.$transaction(async (tx) => {
    const { claim, article, facts } = await findClaimForActor(tx, actor, claimId);
    if (change.slug !== undefined && article.slug !== change.slug) throw notFound("The claim");
    const permission = change.permission ?? "editReview";
    const acting = authorize(can[permission](actor, facts), actor, change.what);
    const context: ClaimChangeContext = { tx, actor: acting, claim, article, facts };
    if (claim.version !== change.version) throw claimConflict(claim, change.conflictDetails ? await change.conflictDetails(context) : {});
    const { data, audit, result } = await change.apply(context);
    const updated = await writeClaimAtVersion(tx, claim, change.version, data);
    await recordAuditEvent(tx, acting, { action: change.action, entityType: "Claim", entityId: claim.id, articleId: claim.articleId, before: claim, after: updated, ...audit?.(updated) });
    // The reader page's new version commits with the change: no window in which the change is
    // saved but every instance still serves the old page.
    await bumpReviewPageVersions(tx, claim.articleId);
    return { claim: updated, result: result as T };
  });
  await revalidateReviewPages(outcome.claim.articleId);
  return outcome;
}

/** Writes a claim only if it is still at `version`, bumping it; otherwise nothing is written and the conflict carries `current`. */
export async function writeClaimAtVersion(tx: Tx, current: { id: string }, version: number, data: ClaimData): Promise<ClaimRow> {
  // A claim that moves no longer sits where it was made: it stops blocking a new claim there.
  const moves = "start" in data || "end" in data || "revisionId" in data;
  const { count } = await tx.claim.updateMany({ where: { id: current.id, version }, data: { ...data, ...(moves ? { creationSpanKey: null } : {}), version: { increment: 1 } } });
  if (count === 0) throw claimConflict((await tx.claim.findUnique({ where: { id: current.id } })) ?? current);
  return tx.claim.findUniqueOrThrow({ where: { id: current.id } });
}
