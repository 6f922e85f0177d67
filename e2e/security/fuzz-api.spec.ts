import { resolve } from "node:path";
import fc from "fast-check";
import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "../fixtures";
import { baseURL } from "../../playwright.config";
import { createWorld, type World } from "./api-world";
import { openFingerprint } from "./db-fingerprint";
import { discoverRoutes } from "./discover-routes";

/**
 * Every route handler in app/api (found by reading the files), sent random JSON and random
 * values for the fields our schemas use, as an editor (the role that gets furthest past
 * authorization) against the production server: never a 5xx, and a refused request (4xx)
 * leaves every table exactly as it was: no partial write.
 */

const port = Number(new URL(baseURL).port);
const RUNS_PER_ROUTE = Number(process.env.FUZZ_RUNS ?? 12);

const FIELD_NAMES = [
  "title", "author", "content", "format", "sourceUrl", "publishedAt", "summary", "status", "start", "end", "restatement", "rationale", "verdict",
  "checkable", "tags", "version", "confidence", "finding", "locator", "stance", "studyDesign", "note", "source", "sourceId", "claims", "claimId",
  "email", "at", "action", "input", "online", "url", "baseRevision", "id", "authors", "year", "doi", "pmid", "format", "article", "revision",
];

const edgeNumbers = fc.constantFrom(-1, 0, 1, 2 ** 31, -(2 ** 31), Number.MAX_SAFE_INTEGER, 1e308, -1e308, 0.5, 1e-300);
const edgeStrings = fc.constantFrom("", " ", "\u0000", "\uD800", "🙂".repeat(500), "x".repeat(70_000), "draft", "published", "supported", "javascript:alert(1)", "https://example.org", "10.1000/x", "1".repeat(30), "__proto__", "constructor");
const value: fc.Arbitrary<unknown> = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary" }),
  edgeStrings,
  fc.integer(),
  edgeNumbers,
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 5 }),
  fc.dictionary(fc.constantFrom(...FIELD_NAMES), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
);
const schemaShaped = fc.dictionary(fc.constantFrom(...FIELD_NAMES), value, { minKeys: 0, maxKeys: 8 });
const body: fc.Arbitrary<{ raw: string }> = fc.oneof(
  { weight: 5, arbitrary: schemaShaped.map((v) => ({ raw: JSON.stringify(v) })) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((v) => ({ raw: JSON.stringify(v) })) },
  { weight: 1, arbitrary: fc.string().map((s) => ({ raw: s })) },
  { weight: 1, arbitrary: fc.constantFrom("{", "[1,", '{"a":', "null", "\u0000", '{"title":"x"'.repeat(100)).map((raw) => ({ raw })) },
);

function fillPath(path: string, world: World, random: string | null): string {
  const ids: Record<string, string> = { slug: world.slug, id: world.claimId, claimId: world.claimId, annotationId: world.claimId, userId: "demo-user-reviewer" };
  return path
    .replace(/\[\.\.\.(\w+)\]/g, () => "session")
    .replace(/\[(\w+)\]/g, (_, name: string) => encodeURIComponent(random ?? ids[name] ?? "x"));
}

async function sendRaw(client: APIRequestContext, method: string, url: string, raw: string | null) {
  return client.fetch(url, { method, maxRedirects: 0, headers: { "Content-Type": "application/json" }, ...(raw !== null ? { data: raw } : {}) });
}

const routes = discoverRoutes(resolve(import.meta.dirname, "../..")).filter((r) => r.kind === "api" && !r.path.startsWith("/api/auth"));

test.describe("fuzzing every API endpoint", () => {
  test.setTimeout(240_000);

  test(`random JSON and field values to ${routes.length} route handlers: never a 5xx, never a partial write`, async ({ apiAs }) => {
    const editor = await apiAs("editor");
    const world = await createWorld(editor, "Fuzz target");
    const fingerprint = openFingerprint(port);
    const failures: string[] = [];
    try {
      for (const route of routes) {
        const isRead = route.method === "GET";
        await fc.assert(
          fc.asyncProperty(body, fc.option(fc.string({ maxLength: 40 }), { freq: 4 }), fc.dictionary(fc.constantFrom("q", "take", "format", "article", "user", "action", "page"), fc.oneof(fc.string(), edgeStrings), { maxKeys: 3 }), async (sent, randomId, query) => {
            const search = new URLSearchParams(query as Record<string, string>).toString();
            const url = `${fillPath(route.path, world, randomId)}${search ? `?${search}` : ""}`;
            const before = fingerprint.take();
            const response = await sendRaw(editor, route.method, url, isRead ? null : sent.raw);
            const status = response.status();
            if (status >= 500) failures.push(`${route.method} ${url} → ${status}: ${(await response.text()).slice(0, 200)} (body ${sent.raw.slice(0, 120)})`);
            if (status >= 400 && !isRead) {
              const after = fingerprint.take();
              if (after !== before) failures.push(`${route.method} ${url} → ${status} but the database changed (body ${sent.raw.slice(0, 120)})`);
            }
            return status < 500;
          }),
          { numRuns: RUNS_PER_ROUTE, seed: Number(process.env.FUZZ_SEED ?? 20261124), endOnFailure: true },
        ).catch(() => undefined);
      }
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

async function sessionCookie(client: APIRequestContext): Promise<string> {
  const state = await client.storageState();
  return state.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
}
