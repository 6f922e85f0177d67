import type { ArticleStatus } from "./scale";

/**
 * The editorial workflow: draft → in review → published → archived, and back to in review
 * from published (unpublish) or archived (reopen). A draft may also be published directly
 * and a review sent back to draft.
 */
export const ARTICLE_STATUS_MOVES: Record<ArticleStatus, readonly ArticleStatus[]> = {
  draft: ["in_review", "published"],
  in_review: ["draft", "published"],
  published: ["in_review", "archived"],
  archived: ["in_review"],
};

export const ARTICLE_STATUS_LABELS: Record<ArticleStatus, string> = { draft: "Draft", in_review: "In review", published: "Published", archived: "Archived" };

/** What the button that makes a move says. */
export function statusMoveLabel(from: ArticleStatus, to: ArticleStatus): string {
  if (to === "published") return "Publish";
  if (to === "archived") return "Archive";
  if (to === "draft") return "Back to draft";
  if (from === "published") return "Unpublish (back to review)";
  if (from === "archived") return "Reopen for review";
  return "Send to review";
}

export function canMoveStatus(from: ArticleStatus, to: ArticleStatus): boolean {
  return ARTICLE_STATUS_MOVES[from].includes(to);
}

/** Reviewers hand their draft over to the editors ("ready for review"); every other move is an editor's. */
export function reviewerMayMove(from: ArticleStatus, to: ArticleStatus): boolean {
  return from === "draft" && to === "in_review";
}
