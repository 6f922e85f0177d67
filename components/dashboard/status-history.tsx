import { ARTICLE_STATUS_LABELS } from "@/domain/ratings/article-workflow";
import { ZArticleStatus } from "@/domain/schemas/review";
import { VERDICT_LABELS, type Verdict } from "@/domain/ratings/scale";

export interface HistoryEvent {
  id: string;
  action: string;
  actorName: string;
  at: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

function statusLabel(value: unknown): string {
  const parsed = ZArticleStatus.safeParse(value);
  return parsed.success ? ARTICLE_STATUS_LABELS[parsed.data] : "unknown";
}

function describe(event: HistoryEvent): string {
  switch (event.action) {
    case "article.status":
      return `moved it from ${statusLabel(event.before?.status)} to ${statusLabel(event.after?.status)}`;
    case "article.create":
      return "created the article";
    case "article.import":
      return "imported the review from a JSON export";
    case "article.assign":
      return `assigned ${String(event.after?.email ?? "a reviewer")}`;
    case "article.unassign":
      return `removed ${String(event.before?.email ?? "a reviewer")}`;
    case "claim.consensus": {
      const verdict = event.after?.verdict as Verdict | null | undefined;
      return `set a claim’s consensus to ${verdict && verdict in VERDICT_LABELS ? VERDICT_LABELS[verdict] : "no verdict"}`;
    }
    case "seed.demo":
      return "created the demo review";
    default:
      return event.action;
  }
}

/** Who moved the article through the workflow and when, newest first. */
export function StatusHistory({ events }: { events: HistoryEvent[] }) {
  if (events.length === 0) return <p className="hint">No workflow changes recorded yet.</p>;
  return (
    <ol className="status-history">
      {events.map((event) => (
        <li key={event.id} data-action={event.action}>
          <time dateTime={event.at}>{dateTime.format(new Date(event.at))} UTC</time> <strong>{event.actorName}</strong> {describe(event)}
        </li>
      ))}
    </ol>
  );
}
