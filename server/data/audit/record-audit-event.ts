import "server-only";
import type { Tx } from "../../db";
import type { Actor } from "../../authz";

export interface AuditEventInput {
  action: string;
  entityType: string;
  entityId: string;
  articleId?: string | null;
  before?: unknown;
  after?: unknown;
}

/** Called inside the mutation's own transaction, so a change and its record land together or not at all. */
export async function recordAuditEvent(tx: Tx, actor: Actor | null, event: AuditEventInput): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: actor?.id ?? null,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      articleId: event.articleId ?? null,
      beforeJson: event.before === undefined ? null : JSON.stringify(event.before),
      afterJson: event.after === undefined ? null : JSON.stringify(event.after),
    },
  });
}
