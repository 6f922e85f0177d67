import { z } from "zod";

/** Filters of the audit log (the /audit page's form and GET /api/audit's query). */
export const AUDIT_PAGE_SIZE = 50;

const optionalFilter = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => (v ? v : undefined));

export const ZAuditQuery = z.object({
  /** Article slug. */
  article: optionalFilter(300),
  /** The acting user's email. */
  user: optionalFilter(320),
  /** Exact action, e.g. claim.update. */
  action: optionalFilter(100),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
});
export type TAuditQuery = z.infer<typeof ZAuditQuery>;

export function auditQueryFrom(params: URLSearchParams | Record<string, string | string[] | undefined>): TAuditQuery {
  const get = (key: string) => {
    const value = params instanceof URLSearchParams ? params.get(key) : params[key];
    return (Array.isArray(value) ? value[0] : value) ?? undefined;
  };
  return ZAuditQuery.parse({ article: get("article"), user: get("user"), action: get("action"), page: get("page") });
}
