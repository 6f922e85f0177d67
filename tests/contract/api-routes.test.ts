import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { apiContract } from "@/domain/schemas/api/contract";
import { API_ROUTES, type HttpMethod } from "@/domain/schemas/api/routes";

/**
 * The API contract covers the API: every method of every app/api/**\/route.ts has an entry in
 * API_ROUTES (domain/schemas/api/routes.ts) with schemas in apiContract, and every entry is a
 * route that exists. A new route that is not listed fails here.
 */

const API_DIR = path.resolve(__dirname, "../../app/api");
const METHODS: HttpMethod[] = ["GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE"];

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return routeFiles(full);
    return name === "route.ts" ? [full] : [];
  });
}

/** app/api/claims/[id]/route.ts => /api/claims/[id] */
const templateOf = (file: string) => "/api" + path.dirname(path.relative(API_DIR, file)).split(path.sep).map((s) => `/${s}`).join("").replace(/^\/\.$/, "");

/** Whether a concrete path of an entry is served by a route template ([x] one segment, [...x] the rest). */
function servedBy(template: string, entryPath: string): boolean {
  if (template === entryPath) return true;
  const pattern = template
    .split("/")
    .map((segment) => (/^\[\.\.\.[^\]]+\]$/.test(segment) ? ".+" : /^\[[^\]]+\]$/.test(segment) ? "[^/]+" : segment.replace(/[.*+?^${}()|\\]/g, "\\$&")))
    .join("/");
  return new RegExp(`^${pattern}$`).test(entryPath) && !entryPath.includes("[");
}

async function servedMethods(): Promise<{ template: string; method: HttpMethod }[]> {
  const out: { template: string; method: HttpMethod }[] = [];
  for (const file of routeFiles(API_DIR)) {
    const module = (await import(file)) as Record<string, unknown>;
    for (const method of METHODS) if (typeof module[method] === "function") out.push({ template: templateOf(file), method });
  }
  return out;
}

describe("the API contract", () => {
  it("lists every method of every route file under app/api", async () => {
    const served = await servedMethods();
    expect(served.length).toBeGreaterThan(40);
    const listed = new Set(Object.values(API_ROUTES).map((route) => `${route.method} ${route.path}`));
    const missing = served.map(({ template, method }) => `${method} ${template}`).filter((key) => !listed.has(key));
    expect(missing, "routes with no entry in domain/schemas/api/routes.ts").toEqual([]);
  });

  it("lists only routes that exist", async () => {
    const served = await servedMethods();
    const unknown = Object.entries(API_ROUTES)
      .filter(([, route]) => !served.some(({ template, method }) => method === route.method && servedBy(template, route.path)))
      .map(([name, route]) => `${name}: ${route.method} ${route.path}`);
    expect(unknown, "entries of routes.ts no route file serves").toEqual([]);
  });

  it("has schemas for exactly the listed routes", () => {
    expect(Object.keys(apiContract).sort()).toEqual(Object.keys(API_ROUTES).sort());
  });

  it("gives every JSON route an output schema, and says what the others answer", () => {
    const withoutOutput = Object.entries(apiContract)
      .filter(([, schemas]) => !("output" in schemas) && !("response" in schemas))
      .map(([name]) => name);
    expect(withoutOutput).toEqual([]);
  });
});
