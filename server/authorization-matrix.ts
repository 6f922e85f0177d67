// No "server-only" marker: the matrix tests read this table.

/**
 * Who may do what, for every page and every route handler: the one table the authorization
 * tests drive cell by cell: tests/routes/authorization-matrix.test.ts calls the route handlers
 * in-process, e2e/security/authorization-matrix.spec.ts requests the pages (and the few routes
 * that need Next's own runtime, tests/routes/support/next-runtime-routes.ts) from a production
 * server. The Vitest test fails when a page or a route handler exists that this table does not
 * list, and names it: add a row here (and a request recipe in the test that drives it).
 *
 * Columns (who asks):
 * - anonymous: not signed in
 * - reader: a signed-in reader
 * - reviewerOwn: a reviewer on an article they created (or were assigned to)
 * - reviewerOther: a reviewer on an article someone else created and they are not assigned to
 * - editor, admin
 * Routes that concern no article (e.g. POST /api/articles) give both reviewer columns the
 * same answer. Unless a row says otherwise, the article in question is an unpublished draft.
 *
 * "Allowed" means the server lets the request past authorization (any answer but 401, 403
 * or 404 — a 409 or 422 about the data still counts as allowed); "denied" means 401, 403, a
 * redirect to the sign-in page, or 404 (a draft the user may not see is reported as missing).
 * There are no server actions: every mutation is a route handler (the test checks that no
 * file says "use server").
 */

export const MATRIX_ROLES = ["anonymous", "reader", "reviewerOwn", "reviewerOther", "editor", "admin"] as const;
export type MatrixRole = (typeof MATRIX_ROLES)[number];

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface AuthorizationRow {
  kind: "page" | "api";
  method: HttpMethod;
  /** The route as its folder names it, e.g. /api/claims/[id]/rating. */
  path: string;
  /** Which article state the row is about, when it matters. */
  subject?: "draft" | "published";
  allowed: readonly MatrixRole[];
  note?: string;
}

const EVERYONE: readonly MatrixRole[] = MATRIX_ROLES;
const SIGNED_IN: readonly MatrixRole[] = ["reader", "reviewerOwn", "reviewerOther", "editor", "admin"];
const REVIEWERS: readonly MatrixRole[] = ["reviewerOwn", "reviewerOther", "editor", "admin"];
const WORKS_ON_ARTICLE: readonly MatrixRole[] = ["reviewerOwn", "editor", "admin"];
const EDITORS: readonly MatrixRole[] = ["editor", "admin"];
const NOBODY: readonly MatrixRole[] = [];

export const AUTHORIZATION_MATRIX: readonly AuthorizationRow[] = [
  // Pages
  { kind: "page", method: "GET", path: "/", allowed: EVERYONE, note: "published reviews only" },
  { kind: "page", method: "GET", path: "/articles/[slug]", subject: "published", allowed: EVERYONE },
  { kind: "page", method: "GET", path: "/articles/[slug]", subject: "draft", allowed: NOBODY, note: "the public page shows published reviews only; drafts are 404 for everyone" },
  { kind: "page", method: "GET", path: "/review", allowed: REVIEWERS, note: "a reader sees an explanation and no articles" },
  { kind: "page", method: "GET", path: "/review/new", allowed: SIGNED_IN, note: "a reader gets the empty form; POST /api/articles refuses them" },
  { kind: "page", method: "GET", path: "/review/[slug]", subject: "draft", allowed: WORKS_ON_ARTICLE },
  { kind: "page", method: "GET", path: "/review/[slug]/revisions", subject: "draft", allowed: WORKS_ON_ARTICLE },
  { kind: "page", method: "GET", path: "/articles/[slug]/revisions/[number]", subject: "published", allowed: EVERYONE },
  { kind: "page", method: "GET", path: "/articles/[slug]/revisions/[number]", subject: "draft", allowed: WORKS_ON_ARTICLE },
  { kind: "page", method: "GET", path: "/dashboard", allowed: EDITORS, note: "others get a sign-in prompt or an \"Editors only\" page" },
  { kind: "page", method: "GET", path: "/dashboard/[slug]", subject: "draft", allowed: EDITORS, note: "others get a sign-in prompt or an \"Editors only\" page" },
  { kind: "page", method: "GET", path: "/external-reviews", allowed: EDITORS, note: "imported reviews of other fact-checkers; others get a sign-in prompt or an \"Editors only\" page" },
  { kind: "page", method: "GET", path: "/claims", allowed: EVERYONE, note: "search over published claims only" },
  { kind: "page", method: "GET", path: "/signin", allowed: EVERYONE },
  { kind: "page", method: "GET", path: "/signout", allowed: EVERYONE },
  { kind: "page", method: "GET", path: "/audit", allowed: EDITORS },

  // Sign-in (next-auth): public by nature
  { kind: "api", method: "GET", path: "/api/auth/[...nextauth]", allowed: EVERYONE },
  { kind: "api", method: "POST", path: "/api/auth/[...nextauth]", allowed: EVERYONE },

  // Articles
  { kind: "api", method: "POST", path: "/api/articles", allowed: REVIEWERS },
  { kind: "api", method: "GET", path: "/api/articles/[slug]", subject: "draft", allowed: WORKS_ON_ARTICLE },
  { kind: "api", method: "GET", path: "/api/articles/[slug]", subject: "published", allowed: EVERYONE },
  { kind: "api", method: "GET", path: "/api/articles/[slug]/published-claims/[claimId]", subject: "published", allowed: EVERYONE, note: "the reader page's claim details" },
  { kind: "api", method: "GET", path: "/api/articles/[slug]/published-claims/[claimId]", subject: "draft", allowed: NOBODY, note: "published reviews only, like the public page: drafts are 404 for everyone" },
  { kind: "api", method: "PATCH", path: "/api/articles/[slug]", allowed: WORKS_ON_ARTICLE },
  {
    kind: "api",
    method: "POST",
    path: "/api/articles/[slug]/status",
    allowed: WORKS_ON_ARTICLE,
    note: "the probe moves a draft to in review: reviewers may hand their own draft over (ready for review); every other move is editors' only",
  },
  { kind: "api", method: "POST", path: "/api/articles/[slug]/claims", allowed: WORKS_ON_ARTICLE },
  { kind: "api", method: "POST", path: "/api/articles/[slug]/claims/bulk", allowed: WORKS_ON_ARTICLE },
  { kind: "api", method: "GET", path: "/api/articles/[slug]/suggestions", allowed: WORKS_ON_ARTICLE },
  { kind: "api", method: "GET", path: "/api/articles/[slug]/export", allowed: WORKS_ON_ARTICLE },
  { kind: "api", method: "GET", path: "/api/articles/[slug]/revisions", allowed: WORKS_ON_ARTICLE },
  { kind: "api", method: "POST", path: "/api/articles/[slug]/revisions", allowed: WORKS_ON_ARTICLE },
  { kind: "api", method: "POST", path: "/api/articles/[slug]/revisions/claims/[claimId]", allowed: WORKS_ON_ARTICLE },
  { kind: "api", method: "POST", path: "/api/articles/[slug]/revisions/url", allowed: WORKS_ON_ARTICLE },
  { kind: "api", method: "GET", path: "/api/articles/[slug]/assignments", allowed: EDITORS },
  { kind: "api", method: "POST", path: "/api/articles/[slug]/assignments", allowed: EDITORS },
  { kind: "api", method: "DELETE", path: "/api/articles/[slug]/assignments/[userId]", allowed: EDITORS },
  { kind: "api", method: "GET", path: "/api/articles/[slug]/annotations", subject: "published", allowed: EVERYONE },
  { kind: "api", method: "GET", path: "/api/articles/[slug]/annotations/[annotationId]", subject: "published", allowed: EVERYONE },

  // Claims
  { kind: "api", method: "GET", path: "/api/reviews/[slug]/overlay", subject: "published", allowed: EVERYONE, note: "the embed's data for a published review (CORS, cached per version)" },
  { kind: "api", method: "GET", path: "/api/reviews/[slug]/overlay", subject: "draft", allowed: NOBODY, note: "published reviews only: drafts are 404 for everyone" },
  { kind: "api", method: "GET", path: "/api/reviews/by-url", allowed: EVERYONE, note: "the embed finds a page's published review by its URL; never a draft" },
  { kind: "api", method: "GET", path: "/api/claims/similar", allowed: EVERYONE, note: "\"Checked before?\": published reviews only, for everyone alike" },
  { kind: "api", method: "GET", path: "/api/claims/[id]", subject: "draft", allowed: WORKS_ON_ARTICLE, note: "the workspace editor's claim details: the review document's readers" },
  { kind: "api", method: "GET", path: "/api/claims/[id]", subject: "published", allowed: EVERYONE, note: "the review document's readers: everyone once published" },
  { kind: "api", method: "PATCH", path: "/api/claims/[id]", allowed: WORKS_ON_ARTICLE },
  { kind: "api", method: "DELETE", path: "/api/claims/[id]", allowed: WORKS_ON_ARTICLE },
  { kind: "api", method: "PUT", path: "/api/claims/[id]/rating", allowed: WORKS_ON_ARTICLE },
  { kind: "api", method: "PUT", path: "/api/claims/[id]/consensus", allowed: EDITORS },
  { kind: "api", method: "POST", path: "/api/claims/[id]/evidence", allowed: WORKS_ON_ARTICLE },
  { kind: "api", method: "GET", path: "/api/claims/[id]/similar", allowed: WORKS_ON_ARTICLE, note: "the workspace's \"Checked before\" panel" },
  { kind: "api", method: "POST", path: "/api/claims/[id]/copy-evidence", allowed: WORKS_ON_ARTICLE },
  { kind: "api", method: "GET", path: "/api/claims/[id]/links", allowed: WORKS_ON_ARTICLE, note: "\"same claim as\" links the viewer may see" },
  { kind: "api", method: "POST", path: "/api/claims/[id]/links", allowed: WORKS_ON_ARTICLE, note: "the other claim must be one the user may read" },
  { kind: "api", method: "DELETE", path: "/api/claims/[id]/links/[otherClaimId]", allowed: WORKS_ON_ARTICLE },
  { kind: "api", method: "POST", path: "/api/claims/[id]/resize", allowed: WORKS_ON_ARTICLE },
  { kind: "api", method: "POST", path: "/api/claims/[id]/split", allowed: WORKS_ON_ARTICLE },
  { kind: "api", method: "POST", path: "/api/claims/merge", allowed: WORKS_ON_ARTICLE },
  { kind: "api", method: "POST", path: "/api/claims/restore", allowed: WORKS_ON_ARTICLE },

  // Other fact-checkers' reviews
  { kind: "api", method: "POST", path: "/api/external-reviews/import", allowed: EDITORS, note: "ClaimReview feeds" },
  { kind: "api", method: "DELETE", path: "/api/external-reviews/[id]", allowed: EDITORS },

  // Evidence and sources
  { kind: "api", method: "PATCH", path: "/api/evidence/[id]", allowed: WORKS_ON_ARTICLE },
  { kind: "api", method: "DELETE", path: "/api/evidence/[id]", allowed: WORKS_ON_ARTICLE },
  { kind: "api", method: "GET", path: "/api/sources", allowed: REVIEWERS },
  { kind: "api", method: "POST", path: "/api/sources/resolve", allowed: REVIEWERS },

  // Imports
  { kind: "api", method: "POST", path: "/api/import", allowed: EDITORS, note: "a whole review as JSON" },
  { kind: "api", method: "POST", path: "/api/imports/url", allowed: REVIEWERS },
  { kind: "api", method: "POST", path: "/api/imports/preview", allowed: REVIEWERS },

  // Audit log
  { kind: "api", method: "GET", path: "/api/audit", allowed: EDITORS },

  // Users and sessions
  { kind: "api", method: "PUT", path: "/api/users/[id]/role", allowed: ["admin"], note: "the user's sessions end with it" },
  { kind: "api", method: "POST", path: "/api/users/[id]/sign-out-everywhere", allowed: ["admin"] },
  { kind: "api", method: "PUT", path: "/api/account/password", allowed: SIGNED_IN, note: "one's own password; a wrong current password is a 422 (allowed past authorization)" },
];

export const rowKey = (row: Pick<AuthorizationRow, "method" | "path" | "subject">) => `${row.method} ${row.path}${row.subject ? ` (${row.subject})` : ""}`;
