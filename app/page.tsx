import Link from "next/link";
import { computeScorecard } from "@/domain/overlay/scorecard";
import { listPublishedArticles } from "@/server/data/articles/list-published-articles";
import { VerdictBadge } from "@/components/ui/verdict-badge";
import type { Verdict } from "@/domain/ratings/scale";

export default async function HomePage() {
  const articles = await listPublishedArticles();
  return (
    <div>
      <h1>Published reviews</h1>
      <p className="hint">Articles checked claim by claim against the evidence. Open one to see every claim highlighted by how well the evidence supports it.</p>
      {articles.length === 0 ? (
        <p>No reviews are published yet.</p>
      ) : (
        <ul className="article-list">
          {articles.map((article) => {
            const card = computeScorecard(article.verdicts.map((verdict, i) => ({ id: String(i), verdict: verdict as Verdict | null })));
            const weakest = card.weakestFirst[0] !== undefined ? (article.verdicts[Number(card.weakestFirst[0])] as Verdict) : null;
            return (
              <li key={article.slug} className="card">
                <h2>
                  <Link href={`/articles/${article.slug}`}>{article.title}</Link>
                </h2>
                <p className="hint">
                  {card.total} claims
                  {card.supportedShare !== null && <> · {Math.round(card.supportedShare * 100)}% of checkable claims supported</>}
                </p>
                {weakest && (
                  <p>
                    Weakest claim: <VerdictBadge verdict={weakest} />
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
