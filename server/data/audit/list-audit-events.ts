import "server-only";
import { db } from "../../db";
import { authorize, can, type Actor } from "../../authz";
import { AUDIT_PAGE_SIZE, type TAuditQuery } from "@/domain/schemas/audit-query";

export interface AuditEventView {
  id: string;
  createdAt: string;
  action: string;
  entityType: string;
  entityId: string;
  actor: { id: string; name: string; email: string } | null;
  article: { id: string; slug: string; title: string } | null;
  before: unknown;
  after: unknown;
}

export interface AuditLogPage {
  events: AuditEventView[];
  page: number;
  pageSize: number;
  total: number;
  pageCount: number;
  actions: string[];
}

function parseJson(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** The audit log, newest first, filtered by article (slug), user (email) and action: editors only. */
export async function listAuditEvents(actor: Actor | null, query: TAuditQuery): Promise<AuditLogPage> {
  authorize(can.browseAuditLog(actor), actor, "browse the audit log");
  const article = query.article ? await db.article.findUnique({ where: { slug: query.article }, select: { id: true } }) : null;
  const user = query.user ? await db.user.findUnique({ where: { email: query.user.toLowerCase() }, select: { id: true } }) : null;
  const noMatch = (query.article && !article) || (query.user && !user);
  const where = {
    ...(article ? { articleId: article.id } : {}),
    ...(user ? { actorId: user.id } : {}),
    ...(query.action ? { action: query.action } : {}),
  };
  const [total, rows, actionRows] = noMatch
    ? [0, [], await db.auditEvent.findMany({ distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } })]
    : await Promise.all([
        db.auditEvent.count({ where }),
        db.auditEvent.findMany({
          where,
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          skip: (query.page - 1) * AUDIT_PAGE_SIZE,
          take: AUDIT_PAGE_SIZE,
          include: { actor: { select: { id: true, name: true, email: true } } },
        }),
        db.auditEvent.findMany({ distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } }),
      ]);
  const articleIds = [...new Set(rows.map((r) => r.articleId).filter((id): id is string => id !== null))];
  const articles = new Map(
    (await db.article.findMany({ where: { id: { in: articleIds } }, select: { id: true, slug: true, title: true } })).map((a) => [a.id, a]),
  );
  return {
    events: rows.map((row) => ({
      id: row.id,
      createdAt: row.createdAt.toISOString(),
      action: row.action,
      entityType: row.entityType,
      entityId: row.entityId,
      actor: row.actor,
      article: row.articleId ? (articles.get(row.articleId) ?? { id: row.articleId, slug: "", title: "(deleted article)" }) : null,
      before: parseJson(row.beforeJson),
      after: parseJson(row.afterJson),
    })),
    page: query.page,
    pageSize: AUDIT_PAGE_SIZE,
    total,
    pageCount: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
    actions: actionRows.map((r) => r.action),
  };
}
