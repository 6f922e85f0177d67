import Link from "next/link";
import type { TSimilarClaim } from "@/domain/schemas/claim-search";
import { VerdictBadge } from "@/components/ui/verdict-badge";

/** Published claims matching a search, best first, each linking to the claim on its reader page. */
export function ClaimSearchResults({ results }: { results: readonly TSimilarClaim[] }) {
  return (
    <ol className="claim-search-results">
      {results.map((result) => (
        <li key={result.claimId} className="card">
          <p className="claim-search-verdict">
            <VerdictBadge verdict={result.verdict} />
            <span className="hint"> {Math.round(result.score * 100)}% match</span>
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
