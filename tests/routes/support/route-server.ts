import { copyFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { encode } from "next-auth/jwt";
import { DEMO_USERS } from "../../../prisma/demo-accounts";
import { ZRole } from "../../../domain/schemas/review";
import type { Role } from "../../../domain/ratings/scale";

import { removeSqliteDatabase, useFreshSqliteDatabase } from "../../support/test-database";
import { removeSqliteFile, seededDemoTemplate } from "./demo-database-template";
import { NEEDS_NEXT_RUNTIME } from "./next-runtime-routes";

/**
 * The app's route handlers, called in-process the way Next calls them
 * (`GET(request, { params: Promise<…> })`), on a real, freshly migrated SQLite file seeded with
 * the demo (one file per test file, so test files run in parallel on their own data). A
 * signed-in user is a real next-auth session cookie, encrypted with the app's secret, carrying
 * the user's current session version, exactly what sign-in sets: the handlers read it from the
 * request (server/session.ts) and check it against the database like any request.
 *
 * What needs Next's own runtime is not called here (next-runtime-routes.ts): next-auth's
 * catch-all and the public claim search (Next's data cache); e2e/security/*.spec.ts drives
 * those through a production server.
 */

export const TEST_ORIGIN = "http://localhost:3000";
const TEST_SECRET = "route-tests-only-secret";
const API_DIR = path.resolve(import.meta.dirname, "../../../app/api");


export type DemoRole = Role | "anonymous";

export interface Session {
  /** The Cookie header a browser signed in as this user sends; "" when anonymous. */
  cookie: string;
  userId: string | null;
}

export interface RouteServer {
  /** The SQLite file (not on PostgreSQL). */
  databaseFile: string;
  db: typeof import("../../../server/db").db;
  /** A session for a demo account (signed in now, with the account's current session version). */
  as(role: DemoRole): Promise<Session>;
  /** A session for any user in the database. */
  signIn(userId: string): Promise<Session>;
  close(): Promise<void>;
}

/**
 * Call first in a test file (before any server module is imported): server/db.ts opens the
 * database named by DATABASE_URL when it is first imported. The file is a copy of the run's
 * seeded template (demo-database-template.ts): migrating and seeding once per run, not once
 * per file. Under tests/postgres/vitest.config.ts (ROUTE_TESTS_ON_POSTGRES=1) each test file
 * gets a fresh PostgreSQL database with the demo seeded into it instead.
 */
export async function startRouteServer(name: string): Promise<RouteServer> {
  process.env.NEXTAUTH_SECRET = TEST_SECRET;
  process.env.NEXTAUTH_URL = TEST_ORIGIN;
  const onPostgres = process.env.ROUTE_TESTS_ON_POSTGRES === "1";
  const file = path.resolve(`data/test-routes-${name}-${process.pid}.db`);
  let url: string;
  if (onPostgres) {
    // tests/postgres/vitest.config.ts: test-database.ts is its PostgreSQL stand-in (a fresh database per file), seeded here.
    url = await useFreshSqliteDatabase(`routes_${name}`);
  } else {
    removeSqliteFile(file);
    copyFileSync(await seededDemoTemplate(), file);
    url = `file:${file}`;
    process.env.DATABASE_URL = url;
  }
  const { db } = await import("../../../server/db");
  if (onPostgres) await (await import("../../../prisma/seed")).seedDemo(db);
  const { SESSION_MAX_AGE_SECONDS } = await import("../../../server/auth");
  const { sessionCookieName } = await import("../../../server/session");

  async function signIn(userId: string): Promise<Session> {
    const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
    // The token next-auth's jwt callback writes at sign-in (server/auth.ts).
    const token = await encode({
      token: { sub: user.id, name: user.name, email: user.email, role: ZRole.parse(user.role), sessionVersion: user.sessionVersion },
      secret: TEST_SECRET,
      maxAge: SESSION_MAX_AGE_SECONDS,
    });
    return { cookie: `${sessionCookieName()}=${token}`, userId: user.id };
  }

  return {
    databaseFile: file,
    db,
    signIn,
    async as(role) {
      if (role === "anonymous") return { cookie: "", userId: null };
      const account = DEMO_USERS.find((user) => user.role === role);
      if (!account) throw new Error(`No demo account for ${role}`);
      return signIn(account.id);
    },
    async close() {
      await db.$disconnect();
      if (onPostgres) removeSqliteDatabase(url);
      else removeSqliteFile(file);
    },
  };
}

export interface CallOptions {
  /** Sent as JSON (Content-Type: application/json). */
  json?: unknown;
  /** Sent as is; set the Content-Type in `headers`. */
  body?: BodyInit;
  headers?: Record<string, string>;
}

/**
 * One request to the route handler that serves `url` (a path with its query), as Next would
 * route it: the most specific folder wins (`/api/claims/merge` over `/api/claims/[id]`), and
 * the handler gets the path's segments decoded as its params.
 */
export async function callRoute(session: Session, method: string, url: string, options: CallOptions = {}): Promise<Response> {
  const target = new URL(url, TEST_ORIGIN);
  // Next answers a path with a trailing slash with a permanent redirect to the path without it.
  if (target.pathname.length > 1 && target.pathname.endsWith("/")) {
    return new Response(null, { status: 308, headers: { location: `${target.pathname.slice(0, -1)}${target.search}` } });
  }
  const route = resolveRoute(target.pathname);
  // What Next answers when no route handler serves the path.
  if (!route) return new Response(null, { status: 404 });
  if (NEEDS_NEXT_RUNTIME[route.template]) throw new Error(`${route.template} needs Next's runtime (${NEEDS_NEXT_RUNTIME[route.template]}): test it in Playwright`);
  const module = (await import(route.file)) as Record<string, unknown>;
  const handler = module[method];
  if (typeof handler !== "function") return new Response(null, { status: 405 });
  const headers = new Headers(options.headers);
  if (session.cookie) headers.set("cookie", session.cookie);
  let body = options.body;
  if (options.json !== undefined) {
    body = JSON.stringify(options.json);
    if (!headers.has("content-type")) headers.set("content-type", "application/json");
  }
  const init: RequestInit & { duplex?: "half" } = { method, headers, ...(body !== undefined ? { body } : {}) };
  if (body instanceof ReadableStream) init.duplex = "half";
  const request = new Request(target, init);
  return (handler as (request: Request, segment: { params: Promise<unknown> }) => Promise<Response>)(request, { params: Promise.resolve(route.params) });
}

interface RouteFile {
  file: string;
  template: string;
  segments: string[];
}

let routeFiles: RouteFile[] | undefined;

function listRouteFiles(dir = API_DIR): RouteFile[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return listRouteFiles(full);
    if (name !== "route.ts") return [];
    const segments = ["api", ...path.relative(API_DIR, path.dirname(full)).split(path.sep).filter((s) => s && s !== ".")];
    return [{ file: full, template: `/${segments.join("/")}`, segments }];
  });
}

/** Static segments beat dynamic ones, dynamic ones beat catch-alls, from the left (Next's order). */
function resolveRoute(pathname: string): { file: string; template: string; params: Record<string, string | string[]> } | null {
  routeFiles ??= listRouteFiles();
  const parts = pathname.slice(1).split("/");
  const rank = (segment: string) => (/^\[\.\.\./.test(segment) ? 2 : /^\[/.test(segment) ? 1 : 0);
  const candidates = routeFiles
    .map((route) => ({ route, params: matchSegments(route.segments, parts) }))
    .filter((c): c is { route: RouteFile; params: Record<string, string | string[]> } => c.params !== null)
    .sort((a, b) => {
      for (let i = 0; i < Math.max(a.route.segments.length, b.route.segments.length); i++) {
        const diff = rank(a.route.segments[i] ?? "") - rank(b.route.segments[i] ?? "");
        if (diff !== 0) return diff;
      }
      return 0;
    });
  const best = candidates[0];
  return best ? { file: best.route.file, template: best.route.template, params: best.params } : null;
}

function matchSegments(template: string[], parts: string[]): Record<string, string | string[]> | null {
  const params: Record<string, string | string[]> = {};
  for (let i = 0; i < template.length; i++) {
    const segment = template[i]!;
    const catchAll = /^\[\.\.\.(\w+)\]$/.exec(segment);
    if (catchAll) {
      if (i >= parts.length) return null;
      params[catchAll[1]!] = parts.slice(i).map((part) => decodeURIComponent(part));
      return params;
    }
    const part = parts[i];
    if (part === undefined || part === "") return null;
    const dynamic = /^\[(\w+)\]$/.exec(segment);
    if (dynamic) params[dynamic[1]!] = decodeURIComponent(part);
    else if (segment !== part) return null;
  }
  return template.length === parts.length ? params : null;
}
