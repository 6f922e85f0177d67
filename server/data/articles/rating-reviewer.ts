import "server-only";
import { can, type Actor } from "../../authz";

/**
 * How a rating names its reviewer in the review document, and so in the public API and every
 * export: by display name for everyone; with the email only for editors and admins (who assign
 * reviewers and import reviews by email) and for the reviewer themself (the workspace finds
 * the viewer's own rating by it).
 */
export function ratingReviewer(reviewer: { id: string; email: string; name: string }, viewer: Actor | null): { reviewerEmail?: string; reviewerName: string } {
  const own = viewer !== null && viewer.id === reviewer.id;
  return can.seeReviewerEmails(viewer) || own ? { reviewerEmail: reviewer.email, reviewerName: reviewer.name } : { reviewerName: reviewer.name };
}
