import "server-only";
import { db } from "../../db";
import { authorize, can, type Actor } from "../../authz";

/** The articles the actor is assigned to review, newest assignment first, with their progress. */
export async function listAssignments(actor: Actor | null) {
  const user = authorize(can.useWorkspace(actor), actor, "see your assignments");
  const assignments = await db.assignment.findMany({
    where: { userId: user.id },
    orderBy: { createdAt: "desc" },
    select: {
      createdAt: true,
      article: {
        select: {
          slug: true,
          title: true,
          status: true,
          updatedAt: true,
          claims: { select: { verdict: true, ratings: { where: { reviewerId: user.id }, select: { id: true } } } },
        },
      },
    },
  });
  return assignments.map(({ createdAt, article: { claims, ...article } }) => ({
    ...article,
    assignedAt: createdAt.toISOString(),
    claimCount: claims.length,
    ratedByMeCount: claims.filter((claim) => claim.ratings.length > 0).length,
  }));
}
