import "server-only";
import type { Role } from "@/domain/ratings/scale";
import { AppError } from "./errors";

/**
 * Every permission of PRODUCT.md's role table, in one place. Data functions call these with
 * the acting user and the row they touch; pages and the UI only use them to hide controls.
 */

export interface Actor {
  id: string;
  email: string;
  name: string;
  role: Role;
}

export interface ArticleAccessFacts {
  status: string;
  createdById: string;
  assignedUserIds: readonly string[];
}

const isEditor = (actor: Actor | null): boolean => actor?.role === "editor" || actor?.role === "admin";
const isReviewer = (actor: Actor | null): boolean => actor?.role === "reviewer" || isEditor(actor);

/** Reviewers work on articles they created or were assigned; editors (and admins) on all. */
function worksOn(actor: Actor | null, article: ArticleAccessFacts): boolean {
  if (!actor) return false;
  if (isEditor(actor)) return true;
  return actor.role === "reviewer" && (article.createdById === actor.id || article.assignedUserIds.includes(actor.id));
}

export const can = {
  readArticle: (actor: Actor | null, article: ArticleAccessFacts) => article.status === "published" || worksOn(actor, article),
  createArticle: (actor: Actor | null) => isReviewer(actor),
  editReview: (actor: Actor | null, article: ArticleAccessFacts) => worksOn(actor, article) && article.status !== "archived",
  rateClaims: (actor: Actor | null, article: ArticleAccessFacts) => worksOn(actor, article) && article.status !== "archived",
  setConsensusVerdict: (actor: Actor | null) => isEditor(actor),
  changeStatus: (actor: Actor | null) => isEditor(actor),
  assignReviewers: (actor: Actor | null) => isEditor(actor),
  comment: (actor: Actor | null, article: ArticleAccessFacts) => actor !== null && article.status === "published",
  manageUsers: (actor: Actor | null) => actor?.role === "admin",
  useWorkspace: (actor: Actor | null) => isReviewer(actor),
  /** Who did what, when, with the values before and after: editors and admins. */
  browseAuditLog: (actor: Actor | null) => isEditor(actor),
  /** Reviewers' email addresses: editors and admins (everyone else sees display names only). */
  seeReviewerEmails: (actor: Actor | null) => isEditor(actor),
  /** Other fact-checkers' reviews (ClaimReview feeds): editors and admins. */
  importExternalReviews: (actor: Actor | null) => isEditor(actor),
};

export type Permission = keyof typeof can;

/**
 * Throws the error a user should see (401 when signed out, 403 when the role does not allow
 * it) and returns the actor otherwise: only signed-in users are ever authorized to act.
 */
export function authorize(allowed: boolean, actor: Actor | null, action: string): Actor {
  if (!actor) throw new AppError("UNAUTHENTICATED", `Sign in to ${action}.`);
  if (!allowed) throw new AppError("FORBIDDEN", `Your role (${actor.role}) does not allow you to ${action}.`);
  return actor;
}
