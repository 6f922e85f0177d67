import { resolve } from "node:path";
import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "../fixtures";
import { AUTHORIZATION_MATRIX, MATRIX_ROLES, rowKey, type AuthorizationRow, type MatrixRole } from "../../server/authorization-matrix";
import { createWorld, WORLD_EVIDENCE, json, type World } from "./api-world";
import { discoverRoutes, filesWithServerActions } from "./discover-routes";
import { DEMO_ARTICLE_PATH } from "../support/accounts";
import { createThrowawayUser } from "../support/throwaway-user";
import { baseURL } from "../../playwright.config";
import { DEMO_ARTICLE_ORIGIN } from "../../prisma/demo-review";

/**
 * Drives every cell of server/authorization-matrix.ts through HTTP against the production
 * server: each role sends a valid request to each page and route handler, and the answer must
 * be "allowed" (anything but 401/403/404, a redirect to sign-in, or the page's refusal text)
 * exactly for the roles the table lists. Requests that must be refused run against one shared
 * article, which must be unchanged afterwards; allowed mutations each get a fresh article.
 */

const PUBLISHED_SLUG = DEMO_ARTICLE_PATH.split("/").pop() ?? "";
const PUBLISHED_CLAIM = "demo-claim-01";
const REVIEWER_ID = "demo-user-reviewer";
const port = Number(new URL(baseURL).port);

interface Probe {
  method: string;
  url: string;
  body?: unknown;
  headers?: Record<string, string>;
  form?: Record<string, string>;
}

interface RecipeContext {
  world: World;
  /** The editor's API client, for preparing data (assignments, deleted claims). */
  editor: APIRequestContext;
  /** The world owner's API client. */
  owner: APIRequestContext;
}

interface Recipe {
  /** Mutations need their own fresh article for each allowed role. */
  mutates: boolean;
  probe: (ctx: RecipeContext) => Probe | Promise<Probe>;
  /** The probe changes data before it is sent, so every role gets a fresh article. */
  prepares?: boolean;
  /** Page text that means "not for you" on a 200 answer. */
  deniedText?: RegExp;
}

const get = (url: string): Probe => ({ method: "GET", url });
const send = (method: string, url: string, body: unknown): Probe => ({ method, url, body });

const RECIPES: Record<string, Recipe> = {
  "GET /": { mutates: false, probe: () => get("/") },
  "GET /articles/[slug] (published)": { mutates: false, probe: () => get(DEMO_ARTICLE_PATH) },
  "GET /articles/[slug] (draft)": { mutates: false, probe: ({ world }) => get(`/articles/${world.slug}`) },
  "GET /review": { mutates: false, probe: () => get("/review"), deniedText: /The workspace is for reviewers and editors/ },
  "GET /review/[slug]/revisions (draft)": { mutates: false, probe: ({ world }) => get(`/review/${world.slug}/revisions`) },
  "GET /articles/[slug]/revisions/[number] (published)": { mutates: false, probe: () => get(`${DEMO_ARTICLE_PATH}/revisions/1`) },
  "GET /articles/[slug]/revisions/[number] (draft)": { mutates: false, probe: ({ world }) => get(`/articles/${world.slug}/revisions/1`) },
  "GET /dashboard": { mutates: false, probe: () => get("/dashboard"), deniedText: /<h1>(Editors only|Sign in to continue)<\/h1>/ },
  "GET /external-reviews": { mutates: false, probe: () => get("/external-reviews"), deniedText: /<h1>(Editors only|Sign in to continue)<\/h1>/ },
  "GET /dashboard/[slug] (draft)": { mutates: false, probe: ({ world }) => get(`/dashboard/${world.slug}`), deniedText: /<h1>(Editors only|Sign in to continue)<\/h1>/ },
  "GET /review/new": { mutates: false, probe: () => get("/review/new") },
  "GET /review/[slug] (draft)": { mutates: false, probe: ({ world }) => get(`/review/${world.slug}`) },
  "GET /claims": { mutates: false, probe: () => get("/claims?q=vitamin%20K2") },
  "GET /signin": { mutates: false, probe: () => get("/signin") },
  "GET /signout": { mutates: false, probe: () => get("/signout") },
  "GET /audit": { mutates: false, probe: () => get("/audit") },

  "GET /api/auth/[...nextauth]": { mutates: false, probe: () => get("/api/auth/session") },
  "POST /api/auth/[...nextauth]": { mutates: false, probe: () => ({ method: "POST", url: "/api/auth/_log", form: { message: "probe" } }) },

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
      const assigned = await editor.post(`/api/articles/${world.slug}/assignments`, json({ email: "reviewer@demo.claimcheck.test" }));
      expect(assigned.status(), "assigning the reviewer to prepare the probe").toBeLessThan(300);
      return { method: "DELETE", url: `/api/articles/${world.slug}/assignments/${REVIEWER_ID}` };
    },
  },
  "GET /api/articles/[slug]/annotations (published)": { mutates: false, probe: () => ({ method: "GET", url: `/api/articles/${PUBLISHED_SLUG}/annotations`, headers: { Accept: "application/ld+json" } }) },
  "GET /api/articles/[slug]/annotations/[annotationId] (published)": {
    mutates: false,
    probe: () => ({ method: "GET", url: `/api/articles/${PUBLISHED_SLUG}/annotations/${PUBLISHED_CLAIM}`, headers: { Accept: "application/ld+json" } }),
  },

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
      const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
      const imported = await editor.post(
        "/api/external-reviews/import",
        json({ "@type": "ClaimReview", url: `https://matrix-fact-check.example/delete-${stamp}`, claimReviewed: `Matrix delete probe ${stamp}.`, reviewRating: { alternateName: "False" }, author: { name: `Matrix Delete ${stamp}` } }),
      );
      expect(imported.status(), "importing a review to prepare the probe").toBe(201);
      const listing = await (await editor.get(`/external-reviews?publisher=${encodeURIComponent(`Matrix Delete ${stamp}`)}`)).text();
      const id = /data-review-id="([^"]+)"/.exec(listing)?.[1];
      expect(id, "the imported review's id on /external-reviews").toBeTruthy();
      return { method: "DELETE", url: `/api/external-reviews/${id}` };
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
  "GET /api/claims/similar": { mutates: false, probe: () => get("/api/claims/similar?q=vitamin%20K2%20calcification") },
  "POST /api/claims/merge": {
    mutates: true,
    probe: ({ world }) => send("POST", "/api/claims/merge", { claims: [{ id: world.claimId, version: world.claimVersion }, { id: world.otherClaimId, version: 1 }] }),
  },
  "POST /api/claims/restore": {
    mutates: true,
    prepares: true,
    probe: async ({ world, owner }) => {
      const deleted = await owner.delete(`/api/claims/${world.otherClaimId}`);
      expect(deleted.status(), "deleting a claim to prepare the probe").toBeLessThan(300);
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
      const exported = await editor.get(`/api/articles/${world.slug}/export?format=json`);
      expect(exported.status(), "exporting a review to prepare the import probe").toBe(200);
      const document = (await exported.json()) as { article: { slug: string; title: string } };
      document.article.slug = `${document.article.slug}-imported-${Math.random().toString(36).slice(2, 7)}`;
      return send("POST", "/api/import", document);
    },
  },
  "POST /api/imports/url": { mutates: true, probe: () => send("POST", "/api/imports/url", { url: "http://127.0.0.1:9/not-listening" }) },
  "POST /api/imports/preview": { mutates: false, probe: () => send("POST", "/api/imports/preview", { format: "markdown", content: "# Tea\n\nTea cures every cold within a single day." }) },

  "GET /api/audit": { mutates: false, probe: () => get("/api/audit") },

  // A user of its own for each probe: ending a demo account's sessions would sign out the other tests.
  "PUT /api/users/[id]/role": { mutates: true, probe: () => send("PUT", `/api/users/${createThrowawayUser(port, "reviewer").id}/role`, { role: "reader" }) },
  "POST /api/users/[id]/sign-out-everywhere": { mutates: true, probe: () => ({ method: "POST", url: `/api/users/${createThrowawayUser(port, "reviewer").id}/sign-out-everywhere` }) },
  "PUT /api/account/password": { mutates: false, probe: () => send("PUT", "/api/account/password", { currentPassword: "not the current password", newPassword: "a long new password" }) },
};

type Outcome = "allowed" | "denied";

async function sendProbe(client: APIRequestContext, probe: Probe) {
  return client.fetch(probe.url, {
    method: probe.method,
    maxRedirects: 0,
    headers: { ...(probe.body !== undefined ? { "Content-Type": "application/json" } : {}), ...probe.headers },
    ...(probe.body !== undefined ? { data: JSON.stringify(probe.body) } : {}),
    ...(probe.form ? { form: probe.form } : {}),
  });
}

function classify(row: AuthorizationRow, status: number, location: string | undefined, body: string, recipe: Recipe): Outcome {
  if ([401, 403, 404].includes(status)) return "denied";
  if (row.kind === "page" && status >= 300 && status < 400 && (location ?? "").includes("/signin")) return "denied";
  if (recipe.deniedText?.test(body)) return "denied";
  return "allowed";
}

/** Reused by the rows that change nothing (one per run: the server is fresh for every run). */
let shared: World | undefined;
let readOnlyOwnWorld: World | undefined;

test.describe("authorization matrix", () => {
  test("every page and route handler in app/ has a row in server/authorization-matrix.ts, and there are no server actions", () => {
    const root = resolve(import.meta.dirname, "../..");
    const listed = new Set(AUTHORIZATION_MATRIX.map((row) => `${row.method} ${row.path}`));
    const unlisted = discoverRoutes(root)
      .filter((route) => !listed.has(`${route.method} ${route.path}`))
      .map((route) => `${route.method} ${route.path}  (${route.file})`);
    expect(unlisted, `Add a row to server/authorization-matrix.ts (and a recipe in ${import.meta.filename}) for:\n${unlisted.join("\n")}`).toEqual([]);

    const withoutRecipe = AUTHORIZATION_MATRIX.map(rowKey).filter((key) => !RECIPES[key]);
    expect(withoutRecipe, `Add a request recipe to RECIPES for these matrix rows:\n${withoutRecipe.join("\n")}`).toEqual([]);

    const stale = AUTHORIZATION_MATRIX.filter((row) => !discoverRoutes(root).some((r) => r.method === row.method && r.path === row.path)).map(rowKey);
    expect(stale, "Rows for routes that no longer exist").toEqual([]);

    expect(filesWithServerActions(root), 'Mutations are route handlers; no file may declare "use server"').toEqual([]);
  });

  for (const row of AUTHORIZATION_MATRIX) {
    const key = rowKey(row);
    const recipe = RECIPES[key];
    if (!recipe) continue;
    test(`${key}: only ${row.allowed.length ? row.allowed.join(", ") : "nobody"}`, async ({ apiAs }) => {
      test.setTimeout(90_000);
      const clients: Record<MatrixRole, APIRequestContext> = {
        anonymous: await apiAs("anonymous"),
        reader: await apiAs("reader"),
        reviewerOwn: await apiAs("reviewer"),
        reviewerOther: await apiAs("reviewer"),
        editor: await apiAs("editor"),
        admin: await apiAs("admin"),
      };
      const editor = clients.editor;
      // One shared article (the editor's) for every refused request: it must not change.
      shared ??= await createWorld(editor, "Matrix shared");
      const ownWorld = recipe.mutates || !readOnlyOwnWorld ? await createWorld(clients.reviewerOwn, "Matrix own") : readOnlyOwnWorld;
      if (!recipe.mutates) readOnlyOwnWorld = ownWorld;
      const sharedWorld = shared;
      const snapshot = async () => (await (await editor.get(`/api/articles/${sharedWorld.slug}`)).text()).replace(/"(updatedAt|exportedAt)":"[^"]*"/g, "");
      const before = await snapshot();

      const mismatches: string[] = [];
      for (const role of MATRIX_ROLES) {
        const expected: Outcome = row.allowed.includes(role) ? "allowed" : "denied";
        let world = role === "reviewerOwn" ? ownWorld : sharedWorld;
        if (role === "reviewerOwn" && recipe.prepares) world = await createWorld(clients.reviewerOwn, "Matrix own");
        if (role !== "reviewerOwn" && ((recipe.mutates && expected === "allowed") || recipe.prepares)) world = await createWorld(editor, `Matrix ${role}`);
        const owner = role === "reviewerOwn" ? clients.reviewerOwn : editor;
        const probe = await recipe.probe({ world, editor, owner });
        const response = await sendProbe(clients[role], probe);
        const status = response.status();
        const body = await response.text();
        expect(status, `${key} as ${role} answered ${status}: ${body.slice(0, 300)}`).toBeLessThan(500);
        const outcome = classify(row, status, response.headers()["location"], body, recipe);
        if (outcome !== expected) mismatches.push(`${role}: expected ${expected}, got ${status} (${body.slice(0, 160)})`);
      }
      expect(mismatches, `${key}`).toEqual([]);
      expect(await snapshot(), "refused requests changed nothing").toBe(before);
    });
  }

  test("reviewers' email addresses reach editors and admins only (a reviewer sees their own), in the public API and every export", async ({ apiAs }) => {
    const REVIEWER = "reviewer@demo.claimcheck.test";
    const EDITOR = "editor@demo.claimcheck.test";
    const emailsIn = (text: string) => [...new Set(text.match(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g) ?? [])].sort();
    const urls = [`/api/articles/${PUBLISHED_SLUG}`, ...["json", "markdown", "html", "csv", "claimreview", "webannotation"].map((format) => `/api/articles/${PUBLISHED_SLUG}/export?format=${format}`)];
    const problems: string[] = [];
    for (const role of ["anonymous", "reader", "reviewer", "editor", "admin"] as const) {
      const client = await apiAs(role);
      for (const url of urls) {
        const response = await client.get(url);
        expect(response.status(), `${role} GET ${url}`).toBe(200);
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

