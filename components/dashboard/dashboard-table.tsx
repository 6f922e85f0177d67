import Link from "next/link";
import type { DashboardRow, DashboardSortKey, TDashboardQuery } from "@/domain/dashboard/dashboard-query";
import { ProgressMeter } from "./progress-meter";
import { StatusChip } from "./status-chip";

const COLUMNS: { key: DashboardSortKey; label: string; firstDirection: "asc" | "desc" }[] = [
  { key: "title", label: "Article", firstDirection: "asc" },
  { key: "status", label: "Status", firstDirection: "asc" },
  { key: "progress", label: "Progress", firstDirection: "asc" },
  { key: "disagreements", label: "Disagreements", firstDirection: "desc" },
  { key: "activity", label: "Last activity", firstDirection: "desc" },
];

function sortHref(query: TDashboardQuery, key: DashboardSortKey, firstDirection: "asc" | "desc"): string {
  const dir = query.sort === key ? (query.dir === "asc" ? "desc" : "asc") : firstDirection;
  const params = new URLSearchParams({ status: query.status, disagreements: query.disagreements, sort: key, dir });
  return `/dashboard?${params.toString()}`;
}

const dateTime = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export function DashboardTable({ rows, query }: { rows: DashboardRow[]; query: TDashboardQuery }) {
  if (rows.length === 0) return <p className="card">No articles match these filters. Choose “All statuses” to see every article.</p>;
  return (
    <div className="table-scroll" role="region" aria-label="Articles" tabIndex={0}>
      <table className="dashboard-table">
        <caption className="visually-hidden">Articles, sorted by {query.sort} ({query.dir === "asc" ? "ascending" : "descending"})</caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <th key={column.key} scope="col" aria-sort={query.sort === column.key ? (query.dir === "asc" ? "ascending" : "descending") : undefined}>
                <Link href={sortHref(query, column.key, column.firstDirection)}>
                  {column.label}
                  <span aria-hidden="true" className="sort-mark">
                    {query.sort === column.key ? (query.dir === "asc" ? " ▲" : " ▼") : ""}
                  </span>
                  <span className="visually-hidden"> (sort)</span>
                </Link>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.slug} data-slug={row.slug}>
              <th scope="row">
                <Link href={`/dashboard/${encodeURIComponent(row.slug)}`}>{row.title}</Link>
                {row.reviewers.length > 0 && <span className="hint table-sub">Reviewers: {row.reviewers.join(", ")}</span>}
              </th>
              <td>
                <StatusChip status={row.status} />
              </td>
              <td>
                <ProgressMeter rated={row.ratedCount} total={row.claimCount} />
              </td>
              <td data-label="Disagreements">
                {row.disagreementCount === 0 ? <span className="hint">None</span> : <strong className="disagreement-count">{row.disagreementCount}</strong>}
              </td>
              <td>
                <time dateTime={row.lastActivity}>{dateTime.format(new Date(row.lastActivity))}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
