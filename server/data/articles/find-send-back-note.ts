import "server-only";
import { ZStatusMoveRecord } from "@/domain/schemas/audit-records";
import { db } from "../../db";

/** The editor's note when the article's last move sent it back to draft; null otherwise. Shown to the reviewers in the workspace. */
export async function findSendBackNote(articleId: string): Promise<string | null> {
  const last = await db.auditEvent.findFirst({ where: { articleId, action: "article.status" }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
  if (!last?.afterJson) return null;
  const move = ZStatusMoveRecord.safeParse(JSON.parse(last.afterJson));
  return move.success && move.data.handoff === "sent_back" && move.data.note ? move.data.note : null;
}
