import Link from "next/link";
import type { TSimilarClaim } from "@/domain/schemas/claim-search";
import { matchStrength } from "@/domain/claim-matching/match-thresholds";
import { VerdictBadge } from "@/components/ui/verdict-badge";

/** In words, how likely the matcher finds it that a result checked the searched claim itself. */
function matchLabel(score: number): string {
  const strength = matchStrength(score);
  if (strength === "probably_same") return "Probably the same claim";
  if (strength === "similar") return "A similar claim";
  return "Related";
}

/** Published claims matching a search, best first, each linking to the claim on its reader page. */
export function ClaimSearchResults({ results }: { results: readonly TSimilarClaim[] }) {
  return (
    <ol className="claim-search-results">
      {results.map((result) => (
        <li key={result.claimId} className="card">
          <p className="claim-search-verdict">
            <VerdictBadge verdict={result.verdict} />
            <span className="hint" title={`Match score ${Math.round(result.score * 100)}%`}>
              {matchLabel(result.score)}
            </span>
          </p>
          <h2>
            <Link href={result.url}>{result.restatement || result.quote}</Link>
          </h2>
          {result.restatement && result.restatement !== result.quote && <blockquote>{result.quote}</blockquote>}
          <p className="hint">In “{result.articleTitle}”</p>
        </li>
      ))}
    </ol>
  );
}
