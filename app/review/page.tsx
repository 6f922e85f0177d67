import type { Metadata } from "next";
import Link from "next/link";
import { listWorkspaceArticles } from "@/server/data/articles/list-workspace-articles";
import { getActor } from "@/server/session";
import { can } from "@/server/authz";

export const metadata: Metadata = { title: "Workspace" };

export default async function WorkspacePage() {
  const actor = await getActor();
  if (!can.useWorkspace(actor)) {
    return (
      <div className="page-narrow">
        <h1>Workspace</h1>
        <p>The workspace is for reviewers and editors. Your account can read published reviews.</p>
        <Link href="/">See published reviews</Link>
      </div>
    );
  }
  const articles = await listWorkspaceArticles(actor);
  return (
    <div>
      <h1>Workspace</h1>
      <p>
        <Link className="button" href="/review/new">
          New article
        </Link>
      </p>
      {articles.length === 0 ? (
        <p className="empty-state">No articles yet. Start with “New article”: give a web address, upload a .txt, .md or .html file, or paste the text you want to review.</p>
      ) : (
        <ul className="article-list">
          {articles.map((article) => (
            <li key={article.slug} className="card">
              <h2>
                <Link href={`/review/${article.slug}`}>{article.title}</Link>
              </h2>
              <p className="hint">
                {article.status.replace("_", " ")} · {article.ratedCount} of {article.claimCount} claims rated
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
