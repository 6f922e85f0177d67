import type { ApiReply } from "@/domain/schemas/api/contract";
import { auditQueryFrom } from "@/domain/schemas/audit-query";
import { listAuditEvents } from "@/server/data/audit/list-audit-events";
import { routeHandler } from "@/server/http/route-handler";

/** GET /api/audit?article=<slug>&user=<email>&action=<action>&page=<n>: editors browse the audit log. */
export const GET = routeHandler(
  async ({ request, actor }) => (await listAuditEvents(actor, auditQueryFrom(new URL(request.url).searchParams))) satisfies ApiReply<"listAuditEvents">,
);
