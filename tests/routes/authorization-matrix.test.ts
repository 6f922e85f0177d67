import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AUTHORIZATION_MATRIX, MATRIX_ROLES, rowKey, type AuthorizationRow, type MatrixRole } from "../../server/authorization-matrix";
import { discoverRoutes, filesWithServerActions } from "../../e2e/security/discover-routes";
import { DEMO_ARTICLE_ORIGIN, DEMO_SLUG } from "../../prisma/demo-review";
import { checkedInProcess, NEEDS_NEXT_RUNTIME } from "./support/next-runtime-routes";
import { callRoute, startRouteServer, type RouteServer, type Session } from "./support/route-server";
import { createWorld, WORLD_EVIDENCE, okJson, type World } from "./support/route-world";

/**
 * Drives every route-handler cell of server/authorization-matrix.ts in-process: each role
 * sends a valid request to each route handler, and the answer must be "allowed" (anything but
 * 401, 403 or 404) exactly for the roles the table lists. Requests that must be refused run
 * against one shared article, which must be unchanged afterwards; allowed mutations each get a
 * fresh article. The rows about pages, and the routes that need Next's own runtime
 * (support/next-runtime-routes.ts), are driven through a production server by
 * e2e/security/authorization-matrix.spec.ts. The matrix fails on any route it does not list.
 */

const PUBLISHED_SLUG = DEMO_SLUG;
const PUBLISHED_CLAIM = "demo-claim-01";
const REVIEWER_ID = "demo-user-reviewer";

let server: RouteServer;

beforeAll(async () => {
  server = await startRouteServer("matrix");
});
afterAll(() => server?.close());

interface Probe {
  method: string;
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
}

interface RecipeContext {
  world: World;
  /** The editor's session, for preparing data (assignments, deleted claims). */
  editor: Session;
  /** The world owner's session. */
  owner: Session;
}

interface Recipe {
  /** Mutations need their own fresh article for each allowed role. */
  mutates: boolean;
  probe: (ctx: RecipeContext) => Probe | Promise<Probe>;
  /** The probe changes data before it is sent, so every role gets a fresh article. */
  prepares?: boolean;
}

const get = (url: string): Probe => ({ method: "GET", url });
const send = (method: string, url: string, body: unknown): Probe => ({ method, url, body });

/** A user of its own for each probe that ends sessions or changes roles. */
async function throwawayReviewer(): Promise<string> {
  const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  const user = await server.db.user.create({ data: { email: `throwaway-${stamp}@routes.test`, name: `Throwaway ${stamp}`, role: "reviewer", passwordHash: "not used" } });
  return user.id;
}

const RECIPES: Record<string, Recipe> = {
  "POST /api/articles": { mutates: true, probe: () => send("POST", "/api/articles", { title: `Matrix probe ${Date.now()}`, content: "Sugar makes children hyperactive." }) },
  "GET /api/articles/[slug] (draft)": { mutates: false, probe: ({ world }) => get(`/api/articles/${world.slug}`) },
  "GET /api/articles/[slug] (published)": { mutates: false, probe: () => get(`/api/articles/${PUBLISHED_SLUG}`) },
  "GET /api/articles/[slug]/published-claims/[claimId] (published)": { mutates: false, probe: () => get(`/api/articles/${PUBLISHED_SLUG}/published-claims/${PUBLISHED_CLAIM}`) },
  "GET /api/articles/[slug]/published-claims/[claimId] (draft)": { mutates: false, probe: ({ world }) => get(`/api/articles/${world.slug}/published-claims/${world.claimId}`) },
  "PATCH /api/articles/[slug]": { mutates: true, probe: ({ world }) => send("PATCH", `/api/articles/${world.slug}`, { title: "Renamed by the matrix" }) },
  "POST /api/articles/[slug]/status": { mutates: true, probe: ({ world }) => send("POST", `/api/articles/${world.slug}/status`, { status: "in_review" }) },
  "POST /api/articles/[slug]/claims": { mutates: true, probe: ({ world }) => send("POST", `/api/articles/${world.slug}/claims`, { start: world.text.indexOf("Water"), end: world.text.length - 1 }) },
  "POST /api/articles/[slug]/claims/bulk": {
    mutates: true,
    probe: ({ world }) => send("POST", `/api/articles/${world.slug}/claims/bulk`, { claims: [{ start: world.text.indexOf("Water"), end: world.text.length - 1 }] }),
  },
  "GET /api/articles/[slug]/suggestions": { mutates: false, probe: ({ world }) => get(`/api/articles/${world.slug}/suggestions`) },
  "GET /api/articles/[slug]/export": { mutates: false, probe: ({ world }) => get(`/api/articles/${world.slug}/export?format=json`) },
  "GET /api/articles/[slug]/revisions": { mutates: false, probe: ({ world }) => get(`/api/articles/${world.slug}/revisions`) },
  "POST /api/articles/[slug]/revisions": {
    mutates: true,
    probe: ({ world }) => send("POST", `/api/articles/${world.slug}/revisions`, { content: `${world.text} A new closing sentence was added.` }),
  },
  "POST /api/articles/[slug]/revisions/claims/[claimId]": {
    mutates: true,
    probe: ({ world }) => send("POST", `/api/articles/${world.slug}/revisions/claims/${world.claimId}`, { action: "detach", version: world.claimVersion }),
  },
  "POST /api/articles/[slug]/revisions/url": {
    mutates: true,
    probe: ({ world }) => send("POST", `/api/articles/${world.slug}/revisions/url`, { url: "http://127.0.0.1:9/not-listening" }),
  },
  "GET /api/articles/[slug]/assignments": { mutates: false, probe: ({ world }) => get(`/api/articles/${world.slug}/assignments`) },
  "POST /api/articles/[slug]/assignments": {
    mutates: true,
    probe: ({ world }) => send("POST", `/api/articles/${world.slug}/assignments`, { email: "reviewer@demo.claimcheck.test" }),
  },
  "DELETE /api/articles/[slug]/assignments/[userId]": {
    mutates: true,
    prepares: true,
    probe: async ({ world, editor }) => {
      await okJson(callRoute(editor, "POST", `/api/articles/${world.slug}/assignments`, { json: { email: "reviewer@demo.claimcheck.test" } }), "assigning the reviewer to prepare the probe");
      return { method: "DELETE", url: `/api/articles/${world.slug}/assignments/${REVIEWER_ID}` };
    },
  },
  "GET /api/articles/[slug]/annotations (published)": { mutates: false, probe: () => ({ method: "GET", url: `/api/articles/${PUBLISHED_SLUG}/annotations`, headers: { Accept: "application/ld+json" } }) },
  "GET /api/articles/[slug]/annotations/[annotationId] (published)": {
    mutates: false,
    probe: () => ({ method: "GET", url: `/api/articles/${PUBLISHED_SLUG}/annotations/${PUBLISHED_CLAIM}`, headers: { Accept: "application/ld+json" } }),
  },

  "GET /api/claims/[id] (draft)": { mutates: false, probe: ({ world }) => get(`/api/claims/${world.claimId}`) },
  "GET /api/claims/[id] (published)": { mutates: false, probe: () => get(`/api/claims/${PUBLISHED_CLAIM}`) },
  "PATCH /api/claims/[id]": { mutates: true, probe: ({ world }) => send("PATCH", `/api/claims/${world.claimId}`, { version: world.claimVersion, restatement: "Restated by the matrix" }) },
  "DELETE /api/claims/[id]": { mutates: true, probe: ({ world }) => ({ method: "DELETE", url: `/api/claims/${world.claimId}` }) },
  "PUT /api/claims/[id]/rating": { mutates: true, probe: ({ world }) => send("PUT", `/api/claims/${world.claimId}/rating`, { version: world.claimVersion, verdict: "unsupported", confidence: 4 }) },
  "PUT /api/claims/[id]/consensus": { mutates: true, probe: ({ world }) => send("PUT", `/api/claims/${world.claimId}/consensus`, { version: world.claimVersion, verdict: "unsupported" }) },
  "GET /api/claims/[id]/similar": { mutates: false, probe: ({ world }) => get(`/api/claims/${world.claimId}/similar`) },
  "POST /api/claims/[id]/copy-evidence": { mutates: true, probe: ({ world }) => send("POST", `/api/claims/${world.claimId}/copy-evidence`, { fromClaimId: PUBLISHED_CLAIM }) },
  "POST /api/external-reviews/import": {
    mutates: true,
    probe: () =>
      send("POST", "/api/external-reviews/import", {
        "@type": "ClaimReview",
        url: "https://matrix-fact-check.example/review-1",
        claimReviewed: "The matrix probe claim.",
        reviewRating: { alternateName: "False" },
        author: { name: "Matrix Fact Check" },
      }),
  },
  "DELETE /api/external-reviews/[id]": {
    mutates: true,
    prepares: true,
    probe: async ({ editor }) => {
      const url = `https://matrix-fact-check.example/delete-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
      await okJson(
        callRoute(editor, "POST", "/api/external-reviews/import", { json: { "@type": "ClaimReview", url, claimReviewed: "The matrix delete probe.", reviewRating: { alternateName: "False" }, author: { name: "Matrix Fact Check" } } }),
        "importing a review to prepare the probe",
      );
      const review = await server.db.externalReview.findUniqueOrThrow({ where: { url }, select: { id: true } });
      return { method: "DELETE", url: `/api/external-reviews/${review.id}` };
    },
  },
  "GET /api/claims/[id]/links": { mutates: false, probe: ({ world }) => get(`/api/claims/${world.claimId}/links`) },
  "POST /api/claims/[id]/links": { mutates: true, probe: ({ world }) => send("POST", `/api/claims/${world.claimId}/links`, { toClaimId: PUBLISHED_CLAIM }) },
  "DELETE /api/claims/[id]/links/[otherClaimId]": { mutates: true, probe: ({ world }) => ({ method: "DELETE", url: `/api/claims/${world.claimId}/links/${PUBLISHED_CLAIM}` }) },
  "POST /api/claims/[id]/evidence": {
    mutates: true,
    probe: ({ world }) => send("POST", `/api/claims/${world.claimId}/evidence`, { finding: "Another finding.", stance: "supports", studyDesign: "cohort", source: { title: "Matrix cohort" } }),
  },
  "POST /api/claims/[id]/resize": { mutates: true, probe: ({ world }) => send("POST", `/api/claims/${world.claimId}/resize`, { version: world.claimVersion, start: 0, end: 22 }) },
  "POST /api/claims/[id]/split": { mutates: true, probe: ({ world }) => send("POST", `/api/claims/${world.claimId}/split`, { version: world.claimVersion, at: 16 }) },
  "GET /api/reviews/[slug]/overlay (published)": { mutates: false, probe: () => get(`/api/reviews/${PUBLISHED_SLUG}/overlay`) },
  "GET /api/reviews/[slug]/overlay (draft)": { mutates: false, probe: ({ world }) => get(`/api/reviews/${world.slug}/overlay`) },
  "GET /api/reviews/by-url": { mutates: false, probe: () => get(`/api/reviews/by-url?url=${encodeURIComponent(DEMO_ARTICLE_ORIGIN.sourceUrl)}`) },
  "POST /api/claims/merge": {
    mutates: true,
    probe: ({ world }) => send("POST", "/api/claims/merge", { claims: [{ id: world.claimId, version: world.claimVersion }, { id: world.otherClaimId, version: 1 }] }),
  },
  "POST /api/claims/restore": {
    mutates: true,
    prepares: true,
    probe: async ({ world, owner }) => {
      await okJson(callRoute(owner, "DELETE", `/api/claims/${world.otherClaimId}`), "deleting a claim to prepare the probe");
      return send("POST", "/api/claims/restore", { claimId: world.otherClaimId });
    },
  },

  "PATCH /api/evidence/[id]": { mutates: true, probe: ({ world }) => send("PATCH", `/api/evidence/${world.evidenceId}`, { finding: "Edited by the matrix.", stance: "inconclusive", studyDesign: "cohort", base: WORLD_EVIDENCE }) },
  "DELETE /api/evidence/[id]": { mutates: true, probe: ({ world }) => ({ method: "DELETE", url: `/api/evidence/${world.evidenceId}` }) },
  "GET /api/sources": { mutates: false, probe: () => get("/api/sources?q=trial") },
  "POST /api/sources/resolve": { mutates: false, probe: () => send("POST", "/api/sources/resolve", { input: "10.1000/xyz123", online: false }) },

  "POST /api/import": {
    mutates: true,
    probe: async ({ world, editor }) => {
      const document = await okJson<{ article: { slug: string; title: string } }>(
        callRoute(editor, "GET", `/api/articles/${world.slug}/export?format=json`),
        "exporting a review to prepare the import probe",
      );
      document.article.slug = `${document.article.slug}-imported-${Math.random().toString(36).slice(2, 7)}`;
      return send("POST", "/api/import", document);
    },
  },
  "POST /api/imports/url": { mutates: true, probe: () => send("POST", "/api/imports/url", { url: "http://127.0.0.1:9/not-listening" }) },
  "POST /api/imports/preview": { mutates: false, probe: () => send("POST", "/api/imports/preview", { format: "markdown", content: "# Tea\n\nTea cures every cold within a single day." }) },

  "GET /api/audit": { mutates: false, probe: () => get("/api/audit") },

  // A user of its own for each probe: ending a demo account's sessions would sign out the other probes.
  "PUT /api/users/[id]/role": { mutates: true, probe: async () => send("PUT", `/api/users/${await throwawayReviewer()}/role`, { role: "reader" }) },
  "POST /api/users/[id]/sign-out-everywhere": { mutates: true, probe: async () => ({ method: "POST", url: `/api/users/${await throwawayReviewer()}/sign-out-everywhere` }) },
  "PUT /api/account/password": { mutates: false, probe: () => send("PUT", "/api/account/password", { currentPassword: "not the current password", newPassword: "a long new password" }) },
};

type Outcome = "allowed" | "denied";

const classify = (status: number): Outcome => ([401, 403, 404].includes(status) ? "denied" : "allowed");

async function sendProbe(session: Session, probe: Probe): Promise<Response> {
  return callRoute(session, probe.method, probe.url, { ...(probe.body !== undefined ? { json: probe.body } : {}), ...(probe.headers ? { headers: probe.headers } : {}) });
}

const IN_PROCESS_ROWS = AUTHORIZATION_MATRIX.filter(checkedInProcess);

describe("authorization matrix (route handlers)", () => {
  it("every page and route handler in app/ has a row in server/authorization-matrix.ts, and there are no server actions", () => {
    const root = resolve(import.meta.dirname, "../..");
    const routes = discoverRoutes(root);
    const listed = new Set(AUTHORIZATION_MATRIX.map((row) => `${row.method} ${row.path}`));
    const unlisted = routes.filter((route) => !listed.has(`${route.method} ${route.path}`)).map((route) => `${route.method} ${route.path}  (${route.file})`);
    expect(unlisted, `Add a row to server/authorization-matrix.ts (and a request recipe in ${import.meta.filename}) for:\n${unlisted.join("\n")}`).toEqual([]);

    const withoutRecipe = IN_PROCESS_ROWS.map(rowKey).filter((key) => !RECIPES[key]);
    expect(withoutRecipe, `Add a request recipe to RECIPES for these matrix rows:\n${withoutRecipe.join("\n")}`).toEqual([]);
    const stray = Object.keys(RECIPES).filter((key) => !IN_PROCESS_ROWS.some((row) => rowKey(row) === key));
    expect(stray, "recipes for rows that are not in the matrix, or are checked by e2e/security/authorization-matrix.spec.ts").toEqual([]);

    const stale = AUTHORIZATION_MATRIX.filter((row) => !routes.some((r) => r.method === row.method && r.path === row.path)).map(rowKey);
    expect(stale, "Rows for routes that no longer exist").toEqual([]);
    const staleRuntime = Object.keys(NEEDS_NEXT_RUNTIME).filter((path) => !routes.some((r) => r.path === path));
    expect(staleRuntime, "next-runtime-routes.ts lists routes that no longer exist").toEqual([]);

    expect(filesWithServerActions(root), 'Mutations are route handlers; no file may declare "use server"').toEqual([]);
  });

  let shared: World | undefined;
  let readOnlyOwnWorld: World | undefined;

  for (const row of IN_PROCESS_ROWS) {
    const key = rowKey(row);
    const recipe = RECIPES[key];
    if (!recipe) continue;
    it(`${key}: only ${row.allowed.length ? row.allowed.join(", ") : "nobody"}`, async () => {
      const sessions: Record<MatrixRole, Session> = {
        anonymous: await server.as("anonymous"),
        reader: await server.as("reader"),
        reviewerOwn: await server.as("reviewer"),
        reviewerOther: await server.as("reviewer"),
        editor: await server.as("editor"),
        admin: await server.as("admin"),
      };
      const editor = sessions.editor;
      // One shared article (the editor's) for every refused request: it must not change.
      shared ??= await createWorld(editor, "Matrix shared");
      const ownWorld = recipe.mutates || !readOnlyOwnWorld ? await createWorld(sessions.reviewerOwn, "Matrix own") : readOnlyOwnWorld;
      if (!recipe.mutates) readOnlyOwnWorld = ownWorld;
      const sharedWorld = shared;
      const snapshot = async () => (await (await callRoute(editor, "GET", `/api/articles/${sharedWorld.slug}`)).text()).replace(/"(updatedAt|exportedAt)":"[^"]*"/g, "");
      const before = await snapshot();

      const mismatches: string[] = [];
      for (const role of MATRIX_ROLES) {
        const expected: Outcome = row.allowed.includes(role) ? "allowed" : "denied";
        let world = role === "reviewerOwn" ? ownWorld : sharedWorld;
        if (role === "reviewerOwn" && recipe.prepares) world = await createWorld(sessions.reviewerOwn, "Matrix own");
        if (role !== "reviewerOwn" && ((recipe.mutates && expected === "allowed") || recipe.prepares)) world = await createWorld(editor, `Matrix ${role}`);
        const owner = role === "reviewerOwn" ? sessions.reviewerOwn : editor;
        const probe = await recipe.probe({ world, editor, owner });
        const response = await sendProbe(sessions[role], probe);
        const body = await response.text();
        expect(response.status, `${key} as ${role} answered ${response.status}: ${body.slice(0, 300)}`).toBeLessThan(500);
        const outcome = classify(response.status);
        if (outcome !== expected) mismatches.push(`${role}: expected ${expected}, got ${response.status} (${body.slice(0, 160)})`);
      }
      expect(mismatches, key).toEqual([]);
      expect(await snapshot(), "refused requests changed nothing").toBe(before);
    });
  }

  it("reviewers' email addresses reach editors and admins only (a reviewer sees their own), in the public API and every export", async () => {
    const REVIEWER = "reviewer@demo.claimcheck.test";
    const EDITOR = "editor@demo.claimcheck.test";
    const emailsIn = (text: string) => [...new Set(text.match(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g) ?? [])].sort();
    const urls = [`/api/articles/${PUBLISHED_SLUG}`, ...["json", "markdown", "html", "csv", "claimreview", "webannotation"].map((format) => `/api/articles/${PUBLISHED_SLUG}/export?format=${format}`)];
    const problems: string[] = [];
    for (const role of ["anonymous", "reader", "reviewer", "editor", "admin"] as const) {
      const session = await server.as(role);
      for (const url of urls) {
        const response = await callRoute(session, "GET", url);
        expect(response.status, `${role} GET ${url}`).toBe(200);
        const emails = emailsIn(await response.text());
        const allowed = role === "editor" || role === "admin" ? [EDITOR, REVIEWER] : role === "reviewer" ? [REVIEWER] : [];
        const leaked = emails.filter((email) => !allowed.includes(email));
        if (leaked.length > 0) problems.push(`${role} GET ${url} shows ${leaked.join(", ")}`);
        // The demo's ratings are by the reviewer and the editor: the JSON for editors must keep them (it is the importable file).
        if (url.endsWith("/export?format=json") && (role === "editor" || role === "admin") && !(emails.includes(EDITOR) && emails.includes(REVIEWER))) {
          problems.push(`${role} GET ${url} lost the reviewers' emails an import needs: ${emails.join(", ")}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

export type { AuthorizationRow };
