import Link from "next/link";
import type { AuditEventView } from "@/server/data/audit/list-audit-events";

function jsonText(value: unknown): string {
  return value === null || value === undefined ? "—" : JSON.stringify(value, null, 2);
}

/** One audit event: when, who, what, and the values before and after (as text, never as HTML). */
export function AuditEventRow({ event }: { event: AuditEventView }) {
  return (
    <tr>
      <td>
        <time dateTime={event.createdAt}>{event.createdAt.replace("T", " ").slice(0, 19)} UTC</time>
      </td>
      <td>{event.actor ? `${event.actor.name} (${event.actor.email})` : "system"}</td>
      <td>
        <code>{event.action}</code>
        <div className="hint">
          {event.entityType} {event.entityId}
        </div>
      </td>
      <td>{event.article ? event.article.slug ? <Link href={`/audit?article=${encodeURIComponent(event.article.slug)}`}>{event.article.title}</Link> : event.article.title : "—"}</td>
      <td>
        <details>
          <summary>Before and after</summary>
          <div className="audit-values">
            <div>
              <h3>Before</h3>
              <pre>{jsonText(event.before)}</pre>
            </div>
            <div>
              <h3>After</h3>
              <pre>{jsonText(event.after)}</pre>
            </div>
          </div>
        </details>
      </td>
    </tr>
  );
}
