import { resolve } from "node:path";
import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "../fixtures";
import { baseURL } from "../../playwright.config";
import { createWorld, type World } from "./api-world";
import { openFingerprint } from "./db-fingerprint";
import { discoverRoutes } from "./discover-routes";
import { NEEDS_NEXT_RUNTIME } from "../../tests/routes/support/next-runtime-routes";
import { fuzzRouteHandlers } from "../../tests/support/fuzz-api-requests";

/**
 * What fuzzing needs a real server for; the rest (every other route handler, and the JSON
 * import) is fuzzed in-process by tests/routes/fuzz-api.test.ts.
 * - The route handlers that only run inside Next (tests/routes/support/next-runtime-routes.ts;
 *   next-auth's own are left out as before), sent random JSON and random values for the fields
 *   our schemas use, as an editor, against the production server: never a 5xx, and a refused
 *   request (4xx) leaves every table exactly as it was.
 * - Oversized bodies over HTTP, sent whole and chunked.
 * - Malformed percent-encoding in every page and API URL (Next's router decodes paths before
 *   any handler runs).
 */

const port = Number(new URL(baseURL).port);
const RUNS_PER_ROUTE = Number(process.env.FUZZ_RUNS ?? 12);

async function sendRaw(client: APIRequestContext, method: string, url: string, raw: string | null) {
  return client.fetch(url, { method, maxRedirects: 0, headers: { "Content-Type": "application/json" }, ...(raw !== null ? { data: raw } : {}) });
}

const routes = discoverRoutes(resolve(import.meta.dirname, "../..")).filter((r) => r.kind === "api" && r.path in NEEDS_NEXT_RUNTIME && !r.path.startsWith("/api/auth"));

test.describe("fuzzing every API endpoint", () => {
  test.setTimeout(240_000);

  test(`random JSON and field values to the ${routes.length} route handlers that need Next's runtime: never a 5xx, never a partial write`, async ({ apiAs }) => {
    expect(routes.length).toBeGreaterThan(0);
    const editor = await apiAs("editor");
    const world = await createWorld(editor, "Fuzz target");
    const fingerprint = openFingerprint(port);
    let failures: string[];
    try {
      failures = await fuzzRouteHandlers({
        routes,
        world,
        fingerprint,
        send: async (method, url, raw) => {
          const response = await sendRaw(editor, method, url, raw);
          return { status: response.status(), text: () => response.text() };
        },
        runs: RUNS_PER_ROUTE,
        seed: Number(process.env.FUZZ_SEED ?? 20261124),
      });
    } finally {
      fingerprint.close();
    }
    expect(failures, "requests that crashed or wrote part of a refused change").toEqual([]);
  });

  test("oversized bodies are refused with 413 before they are read, with or without a Content-Length", async ({ apiAs }) => {
    const editor = await apiAs("editor");
    const big = JSON.stringify({ title: "Too big", content: "x".repeat(7 * 1024 * 1024) });
    const declared = await editor.post("/api/articles", { data: big, headers: { "Content-Type": "application/json" } });
    expect(declared.status()).toBe(413);
    expect((await declared.json()).error.code).toBe("PAYLOAD_TOO_LARGE");

    // A chunked body (no Content-Length) is cut off as soon as it passes the limit.
    const chunked = await fetch(`${baseURL}/api/articles`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Cookie: await sessionCookie(editor) },
      body: new ReadableStream({
        start(controller) {
          const chunk = new TextEncoder().encode("x".repeat(1024 * 1024));
          for (let i = 0; i < 8; i++) controller.enqueue(chunk);
          controller.close();
        },
      }),
      duplex: "half",
    } as RequestInit & { duplex: "half" });
    expect(chunked.status).toBe(413);
  });
});

/**
 * Percent-encoding that cannot be decoded (invalid UTF-8, truncated, not hex, overlong,
 * surrogates), in every dynamic segment, appended to and glued onto every path, and in the
 * query string: a 4xx, never a 5xx. Next answered 500 to `/articles/%ff`.
 */
const MALFORMED = ["%ff", "%", "%zz", "%c0%af", "%ed%a0%80", "%e2%82", "%2", "%%", "%ff%fe", "a%", "%u00e9"];
const NEXTAUTH_ACTIONS = ["session", "csrf", "providers", "signin", "signin/credentials", "signout", "callback/credentials", "error", "_log"];

function malformedVariants(path: string, world: World): string[] {
  const filled = (except: number | null, bad: string) => {
    let index = -1;
    return path.replace(/\[(\.\.\.)?(\w+)\]/g, (_, rest: string | undefined, name: string) => {
      index += 1;
      if (index === except) return bad;
      if (rest) return "session";
      return encodeURIComponent(({ slug: world.slug, id: world.claimId, claimId: world.claimId, annotationId: world.claimId, userId: "demo-user-reviewer", number: "1" } as Record<string, string>)[name] ?? "x");
    });
  };
  const dynamicCount = (path.match(/\[/g) ?? []).length;
  const urls: string[] = [];
  for (const bad of MALFORMED) {
    for (let i = 0; i < dynamicCount; i++) urls.push(filled(i, bad));
    const valid = filled(null, "");
    urls.push(`${valid.replace(/\/$/, "")}/${bad}`, `${valid}${bad}`, `${valid}?q=${bad}&${bad}=1`);
  }
  if (path.includes("[...nextauth]")) for (const action of NEXTAUTH_ACTIONS) for (const bad of MALFORMED) urls.push(`/api/auth/${action}/${bad}`, `/api/auth/${action}${bad}`);
  return [...new Set(urls)];
}

test.describe("malformed percent-encoding", () => {
  test.setTimeout(300_000);

  test("in every page and API path and query: never a 5xx, and a refused change writes nothing", async ({ apiAs }) => {
    const editor = await apiAs("editor");
    const world = await createWorld(editor, "Percent fuzz");
    const fingerprint = openFingerprint(port);
    const all = discoverRoutes(resolve(import.meta.dirname, "../.."));
    const failures: string[] = [];
    let sent = 0;
    try {
      for (const route of all) {
        const methods = route.method === "GET" ? ["GET"] : ["GET", route.method];
        for (const url of malformedVariants(route.path, world)) {
          for (const method of methods) {
            const before = method === "GET" ? null : fingerprint.take();
            const response = await sendRaw(editor, method, url, method === "GET" ? null : "{}");
            sent += 1;
            const status = response.status();
            if (status >= 500) failures.push(`${method} ${url} → ${status}: ${(await response.text()).slice(0, 160)}`);
            if (before !== null && status >= 400 && !url.startsWith("/api/auth") && fingerprint.take() !== before) failures.push(`${method} ${url} → ${status} but the database changed`);
          }
        }
      }
    } finally {
      fingerprint.close();
    }
    expect(sent).toBeGreaterThan(1000);
    expect(failures, `requests (of ${sent}) that answered 5xx or wrote part of a refused change`).toEqual([]);
  });
});

async function sessionCookie(client: APIRequestContext): Promise<string> {
  const state = await client.storageState();
  return state.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
}
