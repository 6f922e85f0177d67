import type { Metadata } from "next";
import { headers } from "next/headers";
import { ClaimSearchForm } from "@/components/claim-search/claim-search-form";
import { ClaimSearchResults } from "@/components/claim-search/claim-search-results";
import { ExternalReviewList } from "@/components/claim-search/external-review-list";
import { ZClaimSearchPageQuery } from "@/domain/schemas/claim-search-page";
import { getPublicClaimSearch } from "@/server/data/claim-search/get-public-claim-search";
import { rateLimitKey, searchRateLimiter } from "@/server/security/request-rate-limit";
import "../styles/claim-search.css";

export const metadata: Metadata = { title: "Search checked claims" };

/** Ranked among this many before the verdict filter applies; this many are shown at most. */
const SEARCHED = 50;
const SHOWN = 20;

/** /claims?q=&verdict=: has this claim been checked before? Published reviews only. */
export default async function ClaimSearchPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const parsed = ZClaimSearchPageQuery.safeParse(await searchParams);
  const query = parsed.success ? parsed.data : { q: "", verdict: [] };
  let body;
  if (!parsed.success) {
    body = <p role="alert">{parsed.error.issues[0]?.message ?? "That search is not valid."}</p>;
  } else if (!query.q) {
    body = <p className="hint">Type a claim, a sentence from a post or a headline: published reviews that checked the same claim are listed, best match first.</p>;
  } else if (searchRateLimiter.take(rateLimitKey(await headers())) !== null) {
    body = <p role="alert">Too many searches from your address in the last minute; try again shortly.</p>;
  } else {
    const { results, external } = await getPublicClaimSearch(query.q, SEARCHED);
    const shown = results.filter((r) => query.verdict.length === 0 || (r.verdict !== null && query.verdict.includes(r.verdict))).slice(0, SHOWN);
    body =
      shown.length === 0 ? (
        <p role="status">No published review has checked a claim like this{query.verdict.length ? " with those verdicts" : ""}.</p>
      ) : (
        <>
          <p role="status" className="hint">
            {shown.length} published {shown.length === 1 ? "claim" : "claims"} like this, best match first.
          </p>
          <ClaimSearchResults results={shown} />
        </>
      );
    body = (
      <>
        {body}
        <ExternalReviewList reviews={external} headingLevel={2} />
      </>
    );
  }
  return (
    <div className="claim-search-page">
      <h1>Checked before?</h1>
      <ClaimSearchForm q={query.q} verdicts={query.verdict} />
      {body}
    </div>
  );
}
