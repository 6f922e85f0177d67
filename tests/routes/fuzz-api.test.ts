import { resolve } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { discoverRoutes } from "../../e2e/security/discover-routes";
import { openDatabaseFingerprint } from "../support/db-fingerprint";
import { edgeNumbers, edgeStrings, fuzzRouteHandlers, fuzzValue } from "../support/fuzz-api-requests";
import { NEEDS_NEXT_RUNTIME } from "./support/next-runtime-routes";
import { callRoute, startRouteServer, type RouteServer, type Session } from "./support/route-server";
import { createWorld, okJson } from "./support/route-world";

/**
 * Every route handler in app/api (found by reading the files), called in-process with random
 * JSON and random values for the fields our schemas use, as an editor (the role that gets
 * furthest past authorization): never a 5xx, and a refused request (4xx) leaves every table
 * exactly as it was: no partial write. The routes that need Next's own runtime
 * (support/next-runtime-routes.ts) and malformed percent-encoding in URLs (Next's router
 * decodes paths before any handler runs) are fuzzed through a production server by
 * e2e/security/fuzz-api.spec.ts.
 */

const RUNS_PER_ROUTE = Number(process.env.FUZZ_RUNS ?? 12);
const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20261124);

let server: RouteServer;

beforeAll(async () => {
  server = await startRouteServer("fuzz");
});
afterAll(() => server?.close());

const sendRaw = (session: Session, method: string, url: string, raw: string | null) =>
  callRoute(session, method, url, { headers: { "Content-Type": "application/json" }, ...(raw !== null ? { body: raw } : {}) });

const routes = discoverRoutes(resolve(import.meta.dirname, "../..")).filter((r) => r.kind === "api" && !(r.path in NEEDS_NEXT_RUNTIME));

describe("fuzzing every API endpoint", () => {
  it(`random JSON and field values to every route handler: never a 5xx, never a partial write`, { timeout: 600_000 }, async () => {
    expect(routes.length).toBeGreaterThan(40);
    const editor = await server.as("editor");
    const world = await createWorld(editor, "Fuzz target");
    const fingerprint = openDatabaseFingerprint(server.databaseFile);
    let failures: string[];
    try {
      failures = await fuzzRouteHandlers({ routes, world, fingerprint, send: (method, url, raw) => sendRaw(editor, method, url, raw), runs: RUNS_PER_ROUTE, seed: FUZZ_SEED });
    } finally {
      fingerprint.close();
    }
    expect(failures, "requests that crashed or wrote part of a refused change").toEqual([]);
  });

  it("oversized bodies are refused with 413 before they are read, with or without a Content-Length", async () => {
    const editor = await server.as("editor");
    const big = JSON.stringify({ title: "Too big", content: "x".repeat(7 * 1024 * 1024) });
    const declared = await callRoute(editor, "POST", "/api/articles", { body: big, headers: { "Content-Type": "application/json", "Content-Length": String(big.length) } });
    expect(declared.status).toBe(413);
    expect(((await declared.json()) as { error: { code: string } }).error.code).toBe("PAYLOAD_TOO_LARGE");

    // A chunked body (no Content-Length) is cut off as soon as it passes the limit: the rest is never pulled.
    let pulled = 0;
    const chunk = new TextEncoder().encode("x".repeat(1024 * 1024));
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        if (pulled > 64) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const chunked = await callRoute(editor, "POST", "/api/articles", { body: stream, headers: { "Content-Type": "application/json" } });
    expect(chunked.status).toBe(413);
    expect(pulled, "chunks read before the refusal").toBeLessThan(12);
  });
});

describe("fuzzing the JSON import", () => {
  type ReviewFile = {
    article: { slug: string; sourceUrl: string | null; createdAt: string; publishedAt: string | null };
    revision: { number: number; text: string; blocks: { start: number; end: number }[] };
    sources: { id: string; doi: string | null; pmid: string | null; url: string | null; csl: Record<string, unknown> }[];
    claims: { id: string; version: number; createdAt: string; evidence: { id: string; sourceId: string }[]; ratings: { id: string; reviewerEmail?: string }[] }[];
  };

  /** The export of a fresh review with a DOI-cited source and a rating, re-labelled (ids, slug) so that importing it would succeed. */
  async function importableFile(editor: Session): Promise<{ file: ReviewFile; doi: string; sourceId: string }> {
    const world = await createWorld(editor, "Import fuzz");
    const doi = `10.5555/fuzz.${Date.now().toString(36)}`;
    await okJson(
      callRoute(editor, "POST", `/api/claims/${world.claimId}/evidence`, { json: { finding: "Cited by DOI.", stance: "supports", studyDesign: "cohort", source: { title: "A cohort with a DOI", doi } } }),
      "add DOI-cited evidence",
    );
    const current = await okJson<{ claims: { id: string; version: number }[] }>(callRoute(editor, "GET", `/api/articles/${world.slug}`), "read the review");
    const version = current.claims.find((claim) => claim.id === world.claimId)?.version;
    await okJson(callRoute(editor, "PUT", `/api/claims/${world.claimId}/rating`, { json: { version, verdict: "unsupported", confidence: 3 } }), "rate the claim");
    const exported = await okJson<ReviewFile>(callRoute(editor, "GET", `/api/articles/${world.slug}/export?format=json`), "export the review");
    const source = exported.sources.find((s) => s.doi === doi);
    expect(source, "the DOI-cited source is in the export").toBeDefined();
    return { file: relabel(exported, "copy"), doi, sourceId: source!.id };
  }

  function relabel(file: ReviewFile, tag: string): ReviewFile {
    const copy = structuredClone(file);
    copy.article.slug = `${file.article.slug}-${tag}-${Math.random().toString(36).slice(2, 8)}`;
    for (const claim of copy.claims) {
      claim.id = `${claim.id}-${tag}`;
      for (const item of claim.evidence) item.id = `${item.id}-${tag}`;
      for (const rating of claim.ratings) rating.id = `${rating.id}-${tag}`;
    }
    return copy;
  }

  const post = (editor: Session, file: unknown) => callRoute(editor, "POST", "/api/import", { body: JSON.stringify(file), headers: { "Content-Type": "application/json" } });

  it("the broken files a security review sent are refused with 4xx naming the bad field, and write nothing", async () => {
    const editor = await server.as("editor");
    const { file } = await importableFile(editor);
    const fingerprint = openDatabaseFingerprint(server.databaseFile);
    const cases: [string, string, (f: ReviewFile) => void][] = [
      ["an empty slug", "article.slug", (f) => void (f.article.slug = "")],
      ["a slug with a path, a space, a query and a fragment", "article.slug", (f) => void (f.article.slug = "x/../x y?z#w")],
      ["an invalid createdAt", "article.createdAt", (f) => void (f.article.createdAt = "last tuesday")],
      ["an invalid publishedAt", "article.publishedAt", (f) => void (f.article.publishedAt = "2024-13-45")],
      ["two ratings by one reviewer on one claim", "claims.0.ratings.1.reviewerEmail", (f) => void f.claims[0]!.ratings.push({ ...f.claims[0]!.ratings[0]!, id: "second-rating-same-reviewer" })],
      ["a block past the end of the text", "revision.blocks.0", (f) => void (f.revision.blocks[0]!.end = f.revision.text.length + 1000)],
      ["a version of 2^31", "claims.0.version", (f) => void (f.claims[0]!.version = 2 ** 31)],
      ["a javascript: article URL", "article.sourceUrl", (f) => void (f.article.sourceUrl = "javascript:alert(document.domain)")],
      ["a data: source URL", "sources.0.url", (f) => void (f.sources[0]!.url = "data:text/html,<script>alert(1)</script>")],
      ["a rating without the reviewer's email (an anonymous export)", "claims.0.ratings.0.reviewerEmail", (f) => void delete f.claims[0]!.ratings[0]!.reviewerEmail],
    ];
    const failures: string[] = [];
    try {
      for (const [what, path, breakIt] of cases) {
        const broken = structuredClone(file);
        breakIt(broken);
        const before = fingerprint.take();
        const response = await post(editor, broken);
        const answer = (await response.json()) as { error?: { details?: { fieldErrors?: Record<string, string[]> } } };
        if (response.status !== 422) failures.push(`${what}: ${response.status} ${JSON.stringify(answer).slice(0, 200)}`);
        else if (!Object.keys(answer.error?.details?.fieldErrors ?? {}).includes(path)) failures.push(`${what}: no field error at ${path}: ${JSON.stringify(answer.error?.details?.fieldErrors)}`);
        if (fingerprint.take() !== before) failures.push(`${what}: the database changed`);
      }
    } finally {
      fingerprint.close();
    }
    expect(failures).toEqual([]);
    expect((await post(editor, file)).status, "the intact file imports").toBe(201);
  });

  it("a source re-imported under a new slug with its DOI in capitals is the same source, not a 500", async () => {
    const editor = await server.as("editor");
    const { file, doi, sourceId } = await importableFile(editor);
    const renamed = relabel(file, "caps");
    for (const source of renamed.sources) {
      if (source.doi === doi) {
        source.doi = doi.toUpperCase();
        source.id = `${source.id}-caps`;
      }
    }
    for (const item of renamed.claims.flatMap((claim) => claim.evidence)) if (item.sourceId === sourceId) item.sourceId = `${sourceId}-caps`;
    const response = await post(editor, renamed);
    expect(response.status, (await response.clone().text()).slice(0, 300)).toBe(201);
    const imported = await okJson<ReviewFile>(callRoute(editor, "GET", `/api/articles/${renamed.article.slug}`), "read the imported review");
    expect(imported.sources.map((s) => s.id)).toContain(sourceId);
  });

  it("random damage to an importable file: never a 5xx, never a partial write", { timeout: 600_000 }, async () => {
    const editor = await server.as("editor");
    const { file } = await importableFile(editor);
    const leaves: (string | number)[][] = [];
    const collect = (node: unknown, path: (string | number)[]) => {
      if (node !== null && typeof node === "object") {
        for (const [key, child] of Object.entries(node)) collect(child, [...path, Array.isArray(node) ? Number(key) : key]);
        if (path.length > 0) leaves.push(path);
      } else leaves.push(path);
    };
    collect(file, []);
    const fingerprint = openDatabaseFingerprint(server.databaseFile);
    const failures: string[] = [];
    try {
      await fc
        .assert(
          fc.asyncProperty(fc.array(fc.tuple(fc.constantFrom(...leaves), fc.oneof(fuzzValue, edgeStrings, edgeNumbers, fc.constant(undefined))), { minLength: 1, maxLength: 3 }), async (damage) => {
            const broken = relabel(file, `fuzz${Math.random().toString(36).slice(2, 6)}`) as unknown as Record<string, unknown>;
            for (const [path, replacement] of damage) {
              let parent: Record<string | number, unknown> = broken;
              for (const key of path.slice(0, -1)) parent = (parent[key] ?? {}) as Record<string | number, unknown>;
              const last = path[path.length - 1]!;
              if (replacement === undefined) delete parent[last];
              else parent[last] = replacement;
            }
            const before = fingerprint.take();
            const response = await post(editor, broken);
            const status = response.status;
            if (status >= 500) failures.push(`${status} after setting ${damage.map(([p, v]) => `${p.join(".")}=${JSON.stringify(v)?.slice(0, 40)}`).join(", ")}: ${(await response.text()).slice(0, 200)}`);
            if (status >= 400 && fingerprint.take() !== before) failures.push(`${status} but the database changed (${damage.map(([p]) => p.join(".")).join(", ")})`);
            return status < 500;
          }),
          { numRuns: Number(process.env.FUZZ_IMPORT_RUNS ?? 150), seed: FUZZ_SEED, endOnFailure: true },
        )
        .catch(() => undefined);
    } finally {
      fingerprint.close();
    }
    expect(failures).toEqual([]);
  });
});
