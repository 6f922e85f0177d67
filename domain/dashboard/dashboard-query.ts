import { z } from "zod";
import { ARTICLE_STATUSES, type ArticleStatus } from "../ratings/scale";

/** The dashboard's filters and sort order, read from the page's query string (bad values fall back to defaults). */

export interface DashboardRow {
  slug: string;
  title: string;
  status: ArticleStatus;
  claimCount: number;
  ratedCount: number;
  disagreementCount: number;
  reviewers: string[];
  lastActivity: string;
}

export const DASHBOARD_SORT_KEYS = ["title", "status", "progress", "disagreements", "activity"] as const;
export type DashboardSortKey = (typeof DASHBOARD_SORT_KEYS)[number];

export const ZDashboardQuery = z.object({
  status: z.enum(["all", ...ARTICLE_STATUSES]).catch("all").default("all"),
  disagreements: z.enum(["any", "yes"]).catch("any").default("any"),
  sort: z.enum(DASHBOARD_SORT_KEYS).catch("activity").default("activity"),
  dir: z.enum(["asc", "desc"]).catch("desc").default("desc"),
});
export type TDashboardQuery = z.infer<typeof ZDashboardQuery>;

const STATUS_ORDER: Record<ArticleStatus, number> = { draft: 0, in_review: 1, published: 2, archived: 3 };

const progressOf = (row: DashboardRow) => (row.claimCount === 0 ? 0 : row.ratedCount / row.claimCount);

const COMPARE: Record<DashboardSortKey, (a: DashboardRow, b: DashboardRow) => number> = {
  title: (a, b) => a.title.localeCompare(b.title, "en", { sensitivity: "base" }),
  status: (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status],
  progress: (a, b) => progressOf(a) - progressOf(b),
  disagreements: (a, b) => a.disagreementCount - b.disagreementCount,
  activity: (a, b) => Date.parse(a.lastActivity) - Date.parse(b.lastActivity),
};

export function filterAndSortDashboard(rows: readonly DashboardRow[], query: TDashboardQuery): DashboardRow[] {
  const sign = query.dir === "asc" ? 1 : -1;
  return rows
    .filter((row) => query.status === "all" || row.status === query.status)
    .filter((row) => query.disagreements === "any" || row.disagreementCount > 0)
    .sort((a, b) => sign * COMPARE[query.sort](a, b) || a.title.localeCompare(b.title) || a.slug.localeCompare(b.slug));
}
