/**
 * Every route of the JSON API by name: its method and its path, written as the folders under
 * app/api name it ("[id]" is a path segment). This table is all the browser needs at run time
 * (components/api/api-client.ts builds URLs from it), so it imports nothing: the zod schemas of
 * each route (domain/schemas/api/<area>.ts) reach the client as types only and stay out of
 * every page's JavaScript.
 *
 * tests/contract/api-routes.test.ts fails when a route file or one of its methods is not listed.
 */
export const API_ROUTES = {
  // account and users
  changeOwnPassword: { method: "PUT", path: "/api/account/password" },
  changeUserRole: { method: "PUT", path: "/api/users/[id]/role" },
  signOutUserEverywhere: { method: "POST", path: "/api/users/[id]/sign-out-everywhere" },
  getSession: { method: "GET", path: "/api/auth/session" },
  nextAuthGet: { method: "GET", path: "/api/auth/[...nextauth]" },
  nextAuthPost: { method: "POST", path: "/api/auth/[...nextauth]" },

  // articles
  createArticle: { method: "POST", path: "/api/articles" },
  getReviewDocument: { method: "GET", path: "/api/articles/[slug]" },
  updateArticle: { method: "PATCH", path: "/api/articles/[slug]" },
  changeArticleStatus: { method: "POST", path: "/api/articles/[slug]/status" },
  listClaimSuggestions: { method: "GET", path: "/api/articles/[slug]/suggestions" },
  listAssignments: { method: "GET", path: "/api/articles/[slug]/assignments" },
  assignReviewer: { method: "POST", path: "/api/articles/[slug]/assignments" },
  unassignReviewer: { method: "DELETE", path: "/api/articles/[slug]/assignments/[userId]" },

  // claims
  createClaim: { method: "POST", path: "/api/articles/[slug]/claims" },
  createClaims: { method: "POST", path: "/api/articles/[slug]/claims/bulk" },
  getWorkspaceClaim: { method: "GET", path: "/api/claims/[id]" },
  updateClaim: { method: "PATCH", path: "/api/claims/[id]" },
  deleteClaim: { method: "DELETE", path: "/api/claims/[id]" },
  restoreClaim: { method: "POST", path: "/api/claims/restore" },
  rateClaim: { method: "PUT", path: "/api/claims/[id]/rating" },
  setConsensus: { method: "PUT", path: "/api/claims/[id]/consensus" },
  resizeClaim: { method: "POST", path: "/api/claims/[id]/resize" },
  splitClaim: { method: "POST", path: "/api/claims/[id]/split" },
  mergeClaims: { method: "POST", path: "/api/claims/merge" },
  listCheckedBefore: { method: "GET", path: "/api/claims/[id]/similar" },
  copyEvidence: { method: "POST", path: "/api/claims/[id]/copy-evidence" },
  searchSimilarClaims: { method: "GET", path: "/api/claims/similar" },
  listClaimLinks: { method: "GET", path: "/api/claims/[id]/links" },
  linkClaim: { method: "POST", path: "/api/claims/[id]/links" },
  unlinkClaim: { method: "DELETE", path: "/api/claims/[id]/links/[otherClaimId]" },

  // evidence and sources
  addEvidence: { method: "POST", path: "/api/claims/[id]/evidence" },
  updateEvidence: { method: "PATCH", path: "/api/evidence/[id]" },
  removeEvidence: { method: "DELETE", path: "/api/evidence/[id]" },
  searchSources: { method: "GET", path: "/api/sources" },
  resolveSource: { method: "POST", path: "/api/sources/resolve" },

  // revisions
  getRevisionReport: { method: "GET", path: "/api/articles/[slug]/revisions" },
  importRevision: { method: "POST", path: "/api/articles/[slug]/revisions" },
  importRevisionFromUrl: { method: "POST", path: "/api/articles/[slug]/revisions/url" },
  changeClaimAnchor: { method: "POST", path: "/api/articles/[slug]/revisions/claims/[claimId]" },

  // imports
  importReview: { method: "POST", path: "/api/import" },
  previewArticleImport: { method: "POST", path: "/api/imports/preview" },
  importArticleFromUrl: { method: "POST", path: "/api/imports/url" },
  importExternalReviews: { method: "POST", path: "/api/external-reviews/import" },
  deleteExternalReview: { method: "DELETE", path: "/api/external-reviews/[id]" },

  // audit
  listAuditEvents: { method: "GET", path: "/api/audit" },

  // published reviews: reader page, embed, exports, W3C Web Annotation Protocol
  getPublishedClaimDetails: { method: "GET", path: "/api/articles/[slug]/published-claims/[claimId]" },
  exportArticle: { method: "GET", path: "/api/articles/[slug]/export" },
  getOverlayBySlug: { method: "GET", path: "/api/reviews/[slug]/overlay" },
  getOverlayByUrl: { method: "GET", path: "/api/reviews/by-url" },
  getAnnotationContainer: { method: "GET", path: "/api/articles/[slug]/annotations" },
  headAnnotationContainer: { method: "HEAD", path: "/api/articles/[slug]/annotations" },
  optionsAnnotationContainer: { method: "OPTIONS", path: "/api/articles/[slug]/annotations" },
  getAnnotation: { method: "GET", path: "/api/articles/[slug]/annotations/[annotationId]" },
  headAnnotation: { method: "HEAD", path: "/api/articles/[slug]/annotations/[annotationId]" },
  optionsAnnotation: { method: "OPTIONS", path: "/api/articles/[slug]/annotations/[annotationId]" },
} as const satisfies Record<string, { method: HttpMethod; path: `/api${string}` }>;

export type HttpMethod = "GET" | "HEAD" | "OPTIONS" | "POST" | "PUT" | "PATCH" | "DELETE";
export type ApiName = keyof typeof API_ROUTES;

/** The names of a path's dynamic segments: "/api/claims/[id]" => "id". */
export type PathParamNames<P extends string> = P extends `${string}[${infer Name}]${infer Rest}`
  ? (Name extends `...${infer Spread}` ? Spread : Name) | PathParamNames<Rest>
  : never;

/** The path of a route with its dynamic segments filled in, each one URL-encoded. */
export function apiPath(path: string, params: Record<string, string> = {}): string {
  return path.replace(/\[(?:\.\.\.)?([^\]]+)\]/g, (_segment, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`The path ${path} needs the parameter "${name}".`);
    return encodeURIComponent(value);
  });
}
