import { describe, expect, it } from "vitest";
import { ZDashboardQuery, filterAndSortDashboard, type DashboardRow } from "./dashboard-query";

const row = (slug: string, fields: Partial<DashboardRow>): DashboardRow => ({
  slug,
  title: slug,
  status: "draft",
  claimCount: 4,
  ratedCount: 0,
  disagreementCount: 0,
  reviewers: [],
  lastActivity: "2026-01-01T00:00:00.000Z",
  ...fields,
});
const rows = [
  row("b", { status: "published", ratedCount: 4, lastActivity: "2026-03-01T00:00:00.000Z" }),
  row("a", { status: "in_review", ratedCount: 2, disagreementCount: 2 }),
  row("c", { status: "in_review", ratedCount: 1, disagreementCount: 1, lastActivity: "2026-02-01T00:00:00.000Z" }),
];

describe("dashboard filters and sorting", () => {
  it("defaults to every article, most recent activity first, and ignores bad values", () => {
    const query = ZDashboardQuery.parse({ sort: "nonsense", status: "deleted" });
    expect(query).toEqual({ status: "all", disagreements: "any", sort: "activity", dir: "desc" });
    expect(filterAndSortDashboard(rows, query).map((r) => r.slug)).toEqual(["b", "c", "a"]);
  });

  it("filters by status and by open disagreements", () => {
    expect(filterAndSortDashboard(rows, ZDashboardQuery.parse({ status: "in_review" })).map((r) => r.slug)).toEqual(["c", "a"]);
    expect(filterAndSortDashboard(rows, ZDashboardQuery.parse({ disagreements: "yes", sort: "disagreements", dir: "desc" })).map((r) => r.slug)).toEqual(["a", "c"]);
  });

  it("sorts by progress and by title in either direction", () => {
    expect(filterAndSortDashboard(rows, ZDashboardQuery.parse({ sort: "progress", dir: "asc" })).map((r) => r.slug)).toEqual(["c", "a", "b"]);
    expect(filterAndSortDashboard(rows, ZDashboardQuery.parse({ sort: "title", dir: "asc" })).map((r) => r.slug)).toEqual(["a", "b", "c"]);
  });
});
