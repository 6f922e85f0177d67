import Link from "next/link";
import type { ArticleStatus } from "@/domain/ratings/scale";
import { StatusChip } from "./status-chip";

interface Assignment {
  slug: string;
  title: string;
  status: string;
  claimCount: number;
  ratedByMeCount: number;
}

/** The articles the signed-in user is assigned to, with how many claims they rated themselves. */
export function MyAssignments({ assignments }: { assignments: Assignment[] }) {
  return (
    <section aria-labelledby="my-assignments-heading" className="my-assignments">
      <h2 id="my-assignments-heading">My assignments</h2>
      {assignments.length === 0 ? (
        <p className="hint">You are not assigned to any article.</p>
      ) : (
        <ul className="article-list">
          {assignments.map((assignment) => (
            <li key={assignment.slug} className="card">
              <Link href={`/review/${encodeURIComponent(assignment.slug)}`}>{assignment.title}</Link> <StatusChip status={assignment.status as ArticleStatus} />{" "}
              <span className="hint">
                you rated {assignment.ratedByMeCount} of {assignment.claimCount} claims
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
