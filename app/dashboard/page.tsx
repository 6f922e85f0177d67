import type { Metadata } from "next";
import Link from "next/link";
import { DashboardFilters } from "@/components/dashboard/dashboard-filters";
import { DashboardTable } from "@/components/dashboard/dashboard-table";
import { ImportReviewForm } from "@/components/dashboard/import-review-form";
import { ClaimReviewImportForm } from "@/components/claim-search/claim-review-import-form";
import { MyAssignments } from "@/components/dashboard/my-assignments";
import { NotForYourRole } from "@/components/dashboard/not-for-your-role";
import { SignInFirst } from "@/components/dashboard/sign-in-first";
import { can } from "@/server/authz";
import { listAssignments } from "@/server/data/assignments/list-assignments";
import { ZDashboardQuery, filterAndSortDashboard } from "@/domain/dashboard/dashboard-query";
import { listDashboardArticles } from "@/server/data/dashboard/list-dashboard-articles";
import { getActor } from "@/server/session";

export const metadata: Metadata = { title: "Editor’s dashboard" };

export default async function DashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await getActor();
  if (!actor) return <SignInFirst callbackUrl={"/dashboard"} />;
  if (!can.changeStatus(actor)) return <NotForYourRole role={actor.role} />;
  const raw = await searchParams;
  const query = ZDashboardQuery.parse(Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value])));
  const [rows, assignments] = await Promise.all([listDashboardArticles(actor), listAssignments(actor)]);
  const shown = filterAndSortDashboard(rows, query);
  return (
    <div className="dashboard">
      <h1>Editor’s dashboard</h1>
      <p className="hint">
        {rows.length} articles · {rows.filter((row) => row.disagreementCount > 0).length} with disagreements · <Link href="/review/new">New article</Link>
      </p>
      <DashboardFilters query={query} />
      <p className="hint" role="status">
        Showing {shown.length} of {rows.length} articles.
      </p>
      <DashboardTable rows={shown} query={query} />
      <MyAssignments assignments={assignments} />
      <section aria-labelledby="import-heading">
        <h2 id="import-heading">Import</h2>
        <ImportReviewForm />
        <ClaimReviewImportForm />
        <p className="hint">
          <Link href="/external-reviews">Other fact-checkers’ reviews</Link>: list and delete the imported ones.
        </p>
      </section>
    </div>
  );
}
