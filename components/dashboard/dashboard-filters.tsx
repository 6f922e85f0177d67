import { ARTICLE_STATUSES } from "@/domain/ratings/scale";
import { ARTICLE_STATUS_LABELS } from "@/domain/ratings/article-workflow";
import type { TDashboardQuery } from "@/domain/dashboard/dashboard-query";

/** A plain GET form: filters live in the address, so a filtered view can be bookmarked and shared. */
export function DashboardFilters({ query }: { query: TDashboardQuery }) {
  return (
    <form className="dashboard-filters" method="get" action="/dashboard" aria-label="Filter articles">
      <div className="field">
        <label htmlFor="filter-status">Status</label>
        <select id="filter-status" name="status" defaultValue={query.status}>
          <option value="all">All statuses</option>
          {ARTICLE_STATUSES.map((status) => (
            <option key={status} value={status}>
              {ARTICLE_STATUS_LABELS[status]}
            </option>
          ))}
        </select>
      </div>
      <div className="field checkbox-field">
        <input id="filter-disagreements" type="checkbox" name="disagreements" value="yes" defaultChecked={query.disagreements === "yes"} />
        <label htmlFor="filter-disagreements">Only articles with disagreements</label>
      </div>
      <input type="hidden" name="sort" value={query.sort} />
      <input type="hidden" name="dir" value={query.dir} />
      <button type="submit" className="button secondary">
        Apply filters
      </button>
    </form>
  );
}
