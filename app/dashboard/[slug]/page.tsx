import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AssignmentPanel } from "@/components/dashboard/assignment-panel";
import { NotForYourRole } from "@/components/dashboard/not-for-your-role";
import { SignInFirst } from "@/components/dashboard/sign-in-first";
import { RatingsSideBySide } from "@/components/dashboard/ratings-side-by-side";
import { StatusChip } from "@/components/dashboard/status-chip";
import { StatusControls } from "@/components/dashboard/status-controls";
import { StatusHistory } from "@/components/dashboard/status-history";
import { SummaryEditor } from "@/components/dashboard/summary-editor";
import { ExportMenu } from "@/components/export/export-menu";
import { describeAgreement } from "@/domain/ratings/rating-agreement";
import { can } from "@/server/authz";
import { listArticleAssignments } from "@/server/data/assignments/list-article-assignments";
import { getArticleRatings } from "@/server/data/dashboard/get-article-ratings";
import { AppError } from "@/server/errors";
import { getActor } from "@/server/session";

export const metadata: Metadata = { title: "Ratings side by side" };

export default async function ArticleRatingsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const actor = await getActor();
  if (!actor) return <SignInFirst callbackUrl={`/dashboard/${slug}`} />;
  if (!can.setConsensusVerdict(actor)) return <NotForYourRole role={actor.role} />;
  let view: Awaited<ReturnType<typeof getArticleRatings>>;
  let assignments: Awaited<ReturnType<typeof listArticleAssignments>>;
  try {
    [view, assignments] = await Promise.all([getArticleRatings(actor, slug), listArticleAssignments(actor, slug)]);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
  const { article } = view;
  const disagreements = view.claims.filter((claim) => claim.disagreement).length;
  /** Alpha is computed on these: a claim one reviewer rated says nothing about agreement. */
  const ratedByTwoOrMore = view.claims.filter((claim) => Object.keys(claim.ratings).length >= 2).length;
  const editable = article.status !== "archived";
  return (
    <div className="dashboard article-ratings">
      <p>
        <Link href="/dashboard">← All articles</Link>
      </p>
      <h1>{article.title}</h1>
      <div className="article-ratings-bar">
        <StatusChip status={article.status} />
        <StatusControls slug={article.slug} status={article.status} />
        <Link className="button secondary" href={`/review/${encodeURIComponent(article.slug)}`}>
          Open in workspace
        </Link>
        {article.status === "published" && (
          <Link className="button secondary" href={`/articles/${encodeURIComponent(article.slug)}`}>
            Reader page
          </Link>
        )}
        <ExportMenu slug={article.slug} />
      </div>

      <section aria-labelledby="agreement-heading" className="agreement card">
        <h2 id="agreement-heading">Agreement</h2>
        <p className="agreement-figure" data-testid="alpha">
          {view.alpha === null ? (
            <>Krippendorff’s α: not enough ratings</>
          ) : (
            <>
              Krippendorff’s α (ordinal) = <strong>{view.alpha.toFixed(2)}</strong>
            </>
          )}
        </p>
        <p className="hint">
          {describeAgreement(view.alpha)}. {view.reviewers.length} reviewers, {view.claims.length} claims; {ratedByTwoOrMore} rated by two or more reviewers (the
          claims α is computed on), {disagreements} of them with differing verdicts.
        </p>
      </section>

      <section aria-labelledby="ratings-heading">
        <h2 id="ratings-heading">Ratings side by side</h2>
        {!editable && <p className="hint">This article is archived: reopen it for review to change verdicts.</p>}
        <RatingsSideBySide claims={view.claims} reviewers={view.reviewers} editable={editable} />
      </section>

      <div className="article-ratings-columns">
        <section aria-labelledby="summary-heading">
          <h2 id="summary-heading">Summary</h2>
          {editable ? <SummaryEditor slug={article.slug} initialSummary={article.summary} /> : <p>{article.summary || "No summary."}</p>}
        </section>
        <section aria-labelledby="reviewers-heading">
          <h2 id="reviewers-heading">Reviewers</h2>
          <AssignmentPanel slug={article.slug} assigned={assignments.assigned} available={assignments.available} />
        </section>
      </div>

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">History</h2>
        <StatusHistory events={view.history} />
      </section>
    </div>
  );
}
