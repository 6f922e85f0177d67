import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AuditEventRow } from "@/components/audit/audit-event-row";
import { AuditFilters } from "@/components/audit/audit-filters";
import { ZAuditQuery, type TAuditQuery } from "@/domain/schemas/audit-query";
import { listAuditEvents } from "@/server/data/audit/list-audit-events";
import { can } from "@/server/authz";
import { getActor } from "@/server/session";

export const metadata: Metadata = { title: "Audit log" };

function pageHref(query: TAuditQuery, page: number): string {
  const params = new URLSearchParams();
  if (query.article) params.set("article", query.article);
  if (query.user) params.set("user", query.user);
  if (query.action) params.set("action", query.action);
  params.set("page", String(page));
  return `/audit?${params.toString()}`;
}

/** Editors browse every recorded change: who, when, what, before and after. Others get a 404. */
export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await getActor();
  if (!can.browseAuditLog(actor)) notFound();
  const raw = await searchParams;
  const first = (key: string) => (Array.isArray(raw[key]) ? raw[key][0] : raw[key]);
  const parsed = ZAuditQuery.safeParse({ article: first("article"), user: first("user"), action: first("action"), page: first("page") });
  const query = parsed.success ? parsed.data : ZAuditQuery.parse({});
  const log = await listAuditEvents(actor, query);
  return (
    <div className="audit-page">
      <h1>Audit log</h1>
      <p className="hint">Every change to reviews, newest first: {log.total} events match.</p>
      <AuditFilters query={query} actions={log.actions} />
      {log.events.length === 0 ? (
        <p>No events match these filters.</p>
      ) : (
        <div className="audit-table-wrap">
          <table className="audit-table">
            <caption className="visually-hidden">Audit events, page {log.page} of {log.pageCount}</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">What</th>
                <th scope="col">Article</th>
                <th scope="col">Change</th>
              </tr>
            </thead>
            <tbody>
              {log.events.map((event) => (
                <AuditEventRow key={event.id} event={event} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav className="audit-paging" aria-label="Audit log pages">
        {log.page > 1 && <Link href={pageHref(query, log.page - 1)}>Newer events</Link>}
        <span>
          Page {log.page} of {log.pageCount}
        </span>
        {log.page < log.pageCount && <Link href={pageHref(query, log.page + 1)}>Older events</Link>}
      </nav>
    </div>
  );
}
