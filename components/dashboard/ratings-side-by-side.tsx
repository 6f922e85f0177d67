import { VerdictBadge } from "@/components/ui/verdict-badge";
import type { RatingsViewClaim } from "@/server/data/dashboard/get-article-ratings";
import { ConsensusPicker } from "./consensus-picker";

/** Claims as rows, reviewers as columns, and the editor's consensus at the end of each row. */
export function RatingsSideBySide({ claims, reviewers, editable }: { claims: RatingsViewClaim[]; reviewers: { id: string; name: string }[]; editable: boolean }) {
  if (claims.length === 0) return <p className="card">This article has no claims yet. Reviewers make claims in the workspace.</p>;
  return (
    <div className="table-scroll" role="region" aria-label="Ratings by reviewer" tabIndex={0}>
      <table className="ratings-table">
        <caption className="visually-hidden">Each reviewer’s verdict per claim, and the consensus verdict</caption>
        <thead>
          <tr>
            <th scope="col">Claim</th>
            {reviewers.map((reviewer) => (
              <th scope="col" key={reviewer.id}>
                {reviewer.name}
              </th>
            ))}
            <th scope="col">Consensus</th>
          </tr>
        </thead>
        <tbody>
          {claims.map((claim, index) => {
            const label = `claim ${index + 1}`;
            return (
              <tr key={claim.id} data-claim-id={claim.id} className={claim.disagreement ? "has-disagreement" : undefined}>
                <th scope="row">
                  <span className="claim-number">{index + 1}.</span> {claim.restatement || `“${claim.exact}”`}
                  {claim.disagreement && <span className="disagreement-flag">Reviewers disagree</span>}
                </th>
                {reviewers.map((reviewer) => {
                  const rating = claim.ratings[reviewer.id];
                  return (
                    <td key={reviewer.id}>
                      {rating ? (
                        <>
                          <VerdictBadge verdict={rating.verdict} />
                          <span className="hint table-sub">Confidence {rating.confidence}/5</span>
                        </>
                      ) : (
                        <span className="hint">Not rated</span>
                      )}
                    </td>
                  );
                })}
                <td>
                  {editable ? (
                    <ConsensusPicker claimId={claim.id} initialVerdict={claim.consensus} initialVersion={claim.version} label={label} />
                  ) : (
                    <VerdictBadge verdict={claim.consensus} />
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
