import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { DeleteExternalReviewButton } from "@/components/claim-search/delete-external-review-button";
import { NotForYourRole } from "@/components/dashboard/not-for-your-role";
import { SignInFirst } from "@/components/dashboard/sign-in-first";
import { can } from "@/server/authz";
import { listExternalReviews } from "@/server/data/external-reviews/list-external-reviews";
import { getActor } from "@/server/session";

export const metadata: Metadata = { title: "Other fact-checkers’ reviews" };

const ZQuery = z.object({ page: z.coerce.number().int().min(1).max(100_000).catch(1), publisher: z.string().max(500).optional().catch(undefined) });
const date = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

function pageHref(publisher: string | undefined, page: number): string {
  const params = new URLSearchParams();
  if (publisher) params.set("publisher", publisher);
  params.set("page", String(page));
  return `/external-reviews?${params.toString()}`;
}

/** Editors list the imported ClaimReview items (other fact-checkers' reviews) and delete the ones that should not be matched. */
export default async function ExternalReviewsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await getActor();
  if (!actor) return <SignInFirst callbackUrl={"/external-reviews"} />;
  if (!can.importExternalReviews(actor)) return <NotForYourRole role={actor.role} />;
  const raw = await searchParams;
  const first = (key: string) => (Array.isArray(raw[key]) ? raw[key][0] : raw[key]);
  const query = ZQuery.parse({ page: first("page"), publisher: first("publisher") || undefined });
  const list = await listExternalReviews(actor, query);
  return (
    <div className="dashboard">
      <h1>Other fact-checkers’ reviews</h1>
      <p className="hint">
        Imported from ClaimReview feeds; they appear in “Checked before” and on <Link href="/claims">/claims</Link> with their publisher’s rating, never as a Claimcheck verdict.
        Deleting one removes it from those lists; importing its feed again brings it back. <Link href="/dashboard">Back to the dashboard</Link> (import a feed there).
      </p>
      <form className="dashboard-filters" method="get" action="/external-reviews">
        <div className="field">
          <label htmlFor="publisher-filter">Publisher</label>
          <select id="publisher-filter" name="publisher" defaultValue={query.publisher ?? ""}>
            <option value="">All publishers</option>
            {list.publishers.map((publisher) => (
              <option key={publisher.name} value={publisher.name}>
                {publisher.name} ({publisher.count})
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button secondary">
          Show
        </button>
      </form>
      <p className="hint" role="status">
        {list.total} imported review{list.total === 1 ? "" : "s"}
        {query.publisher ? ` from ${query.publisher}` : ""}.
      </p>
      {list.reviews.length === 0 ? (
        <p className="card">No imported reviews{query.publisher ? " from this publisher" : ""}. Import a ClaimReview feed from the dashboard.</p>
      ) : (
        <div className="table-scroll" role="region" aria-label="Imported reviews" tabIndex={0}>
          <table className="dashboard-table">
            <caption className="visually-hidden">
              Imported reviews, newest import first, page {list.page} of {list.pageCount}
            </caption>
            <thead>
              <tr>
                <th scope="col">Claim</th>
                <th scope="col">Publisher and rating</th>
                <th scope="col">Reviewed</th>
                <th scope="col">Imported</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.reviews.map((review) => (
                <tr key={review.id} data-review-id={review.id}>
                  <th scope="row">
                    {review.claimText}
                    <a className="hint table-sub" href={review.url} target="_blank" rel="noopener noreferrer">
                      Their review
                    </a>
                  </th>
                  <td>
                    {review.publisherName}: “{review.ratingText}”
                  </td>
                  <td>{review.reviewedAt ? <time dateTime={review.reviewedAt.toISOString()}>{date.format(review.reviewedAt)}</time> : <span className="hint">—</span>}</td>
                  <td>
                    <time dateTime={review.importedAt.toISOString()}>{date.format(review.importedAt)}</time>
                    <span className="hint table-sub">by {review.importedByName}</span>
                  </td>
                  <td>
                    <DeleteExternalReviewButton reviewId={review.id} claimText={review.claimText} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav className="audit-paging" aria-label="Imported review pages">
        {list.page > 1 && <Link href={pageHref(query.publisher, list.page - 1)}>Newer imports</Link>}
        <span>
          Page {list.page} of {list.pageCount}
        </span>
        {list.page < list.pageCount && <Link href={pageHref(query.publisher, list.page + 1)}>Older imports</Link>}
      </nav>
    </div>
  );
}
