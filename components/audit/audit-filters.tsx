import type { TAuditQuery } from "@/domain/schemas/audit-query";

/** A plain GET form: filters live in the address, so a filtered view can be bookmarked and shared. */
export function AuditFilters({ query, actions }: { query: TAuditQuery; actions: readonly string[] }) {
  return (
    <form className="card audit-filters" method="get" action="/audit" role="search" aria-label="Filter the audit log">
      <div className="field">
        <label htmlFor="audit-article">Article (slug)</label>
        <input id="audit-article" name="article" defaultValue={query.article ?? ""} />
      </div>
      <div className="field">
        <label htmlFor="audit-user">User (email)</label>
        <input id="audit-user" name="user" type="email" defaultValue={query.user ?? ""} />
      </div>
      <div className="field">
        <label htmlFor="audit-action">Action</label>
        <select id="audit-action" name="action" defaultValue={query.action ?? ""}>
          <option value="">Any action</option>
          {actions.map((action) => (
            <option key={action} value={action}>
              {action}
            </option>
          ))}
        </select>
      </div>
      <button className="button" type="submit">
        Filter
      </button>
    </form>
  );
}
