import fc from "fast-check";
import type { DiscoveredRoute } from "../../e2e/security/discover-routes";
import type { World } from "./review-world";

/**
 * Random requests for the API fuzzing of tests/routes/fuzz-api.test.ts (in-process) and
 * e2e/security/fuzz-api.spec.ts (through a production server): random JSON and random values for
 * the fields our schemas use, random ids in the path, random query parameters. A route passes
 * when it never answers 5xx and a refused change (4xx) leaves every table exactly as it was.
 */

const FIELD_NAMES = [
  "title", "author", "content", "format", "sourceUrl", "publishedAt", "summary", "status", "start", "end", "restatement", "rationale", "verdict",
  "checkable", "tags", "version", "confidence", "finding", "locator", "stance", "studyDesign", "note", "source", "sourceId", "claims", "claimId",
  "email", "at", "action", "input", "online", "url", "baseRevision", "id", "authors", "year", "doi", "pmid", "format", "article", "revision",
];

export const edgeNumbers = fc.constantFrom(-1, 0, 1, 2 ** 31, -(2 ** 31), Number.MAX_SAFE_INTEGER, 1e308, -1e308, 0.5, 1e-300);
export const edgeStrings = fc.constantFrom("", " ", "\u0000", "\uD800", "🙂".repeat(500), "x".repeat(70_000), "draft", "published", "supported", "javascript:alert(1)", "https://example.org", "10.1000/x", "1".repeat(30), "__proto__", "constructor");
export const fuzzValue: fc.Arbitrary<unknown> = fc.oneof(
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
const schemaShaped = fc.dictionary(fc.constantFrom(...FIELD_NAMES), fuzzValue, { minKeys: 0, maxKeys: 8 });
const requestBody: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: schemaShaped.map((v) => JSON.stringify(v)) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)) },
  { weight: 1, arbitrary: fc.string() },
  { weight: 1, arbitrary: fc.constantFrom("{", "[1,", '{"a":', "null", "\u0000", '{"title":"x"'.repeat(100)) },
);
const queryParameters = fc.dictionary(fc.constantFrom("q", "take", "format", "article", "user", "action", "page"), fc.oneof(fc.string(), edgeStrings), { maxKeys: 3 });

/** The route's path with its dynamic segments filled from the world, or all with `random` when given. */
function fillRoutePath(path: string, world: World, random: string | null): string {
  const ids: Record<string, string> = { slug: world.slug, id: world.claimId, claimId: world.claimId, annotationId: world.claimId, userId: "demo-user-reviewer" };
  return path
    .replace(/\[\.\.\.(\w+)\]/g, () => "session")
    .replace(/\[(\w+)\]/g, (_, name: string) => encodeURIComponent(random ?? ids[name] ?? "x"));
}

/** Sends one request with a raw JSON body (null: no body) as the fuzzing user. */
export type SendRaw = (method: string, url: string, raw: string | null) => Promise<{ status: number; text(): Promise<string> }>;

/** Fuzzes every route in turn (`runs` requests each, fixed seed); returns the failures, each described. */
export async function fuzzRouteHandlers(options: {
  routes: readonly DiscoveredRoute[];
  world: World;
  send: SendRaw;
  fingerprint: { take(): string };
  runs: number;
  seed: number;
}): Promise<string[]> {
  const { world, send, fingerprint } = options;
  const failures: string[] = [];
  for (const route of options.routes) {
    const isRead = route.method === "GET";
    const property = fc.asyncProperty(requestBody, fc.option(fc.string({ maxLength: 40 }), { freq: 4 }), queryParameters, async (raw, randomId, query) => {
      const search = new URLSearchParams(query as Record<string, string>).toString();
      const url = `${fillRoutePath(route.path, world, randomId)}${search ? `?${search}` : ""}`;
      const before = fingerprint.take();
      const response = await send(route.method, url, isRead ? null : raw);
      const status = response.status;
      if (status >= 500) failures.push(`${route.method} ${url} → ${status}: ${(await response.text()).slice(0, 200)} (body ${raw.slice(0, 120)})`);
      if (status >= 400 && !isRead && fingerprint.take() !== before) failures.push(`${route.method} ${url} → ${status} but the database changed (body ${raw.slice(0, 120)})`);
      return status < 500;
    });
    // A failing run is already recorded in `failures`; endOnFailure stops this route's runs there.
    await fc.assert(property, { numRuns: options.runs, seed: options.seed, endOnFailure: true }).catch(() => undefined);
  }
  return failures;
}
