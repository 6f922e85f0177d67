import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "../fixtures";
import { AUTHORIZATION_MATRIX, MATRIX_ROLES, rowKey, type AuthorizationRow, type MatrixRole } from "../../server/authorization-matrix";
import { checkedInProcess } from "../../tests/routes/support/next-runtime-routes";
import { createWorld, type World } from "./api-world";
import { DEMO_ARTICLE_PATH } from "../support/accounts";

/**
 * Drives the cells of server/authorization-matrix.ts that need a real server through HTTP
 * against the production server: every page, and the route handlers that only run inside
 * Next (tests/routes/support/next-runtime-routes.ts). Each role sends a valid request, and the
 * answer must be "allowed" (anything but 401/403/404, a redirect to sign-in, or the page's
 * refusal text) exactly for the roles the table lists. The other route handlers' cells, the
 * check that every page and route is listed, and the e-mail privacy check run in-process:
 * tests/routes/authorization-matrix.test.ts.
 */


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

  "GET /api/claims/similar": { mutates: false, probe: () => get("/api/claims/similar?q=vitamin%20K2%20calcification") },
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
  const SERVER_ROWS = AUTHORIZATION_MATRIX.filter((row) => !checkedInProcess(row));

  test("every page row, and every route that needs Next's runtime, has a request recipe here", () => {
    const withoutRecipe = SERVER_ROWS.map(rowKey).filter((key) => !RECIPES[key]);
    expect(withoutRecipe, `Add a request recipe to RECIPES for these matrix rows:\n${withoutRecipe.join("\n")}`).toEqual([]);
    const stray = Object.keys(RECIPES).filter((key) => !SERVER_ROWS.some((row) => rowKey(row) === key));
    expect(stray, "recipes for rows that are not in the matrix, or are checked in-process by tests/routes/authorization-matrix.test.ts").toEqual([]);
  });

  for (const row of SERVER_ROWS) {
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
});
