import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";

/** Every page and route handler in app/, found by reading the files (not from a list). */

export interface DiscoveredRoute {
  kind: "page" | "api";
  method: string;
  path: string;
  file: string;
}

const HTTP_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"];

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir)) {
    const full = join(dir, entry);
    if (statSync(full).isDirectory()) walk(full, out);
    else out.push(full);
  }
  return out;
}

/** app/(group)/review/[slug]/page.tsx → /review/[slug]; route groups and private folders do not make URL segments. */
function urlPathOf(appDir: string, file: string): string {
  const segments = relative(appDir, file).split(sep).slice(0, -1).filter((s) => !/^\(.*\)$/.test(s) && !s.startsWith("@"));
  return `/${segments.join("/")}`;
}

/** The HTTP methods a route.ts exports: `export const GET`, `export async function POST`, `export { handler as GET }`. */
export function exportedMethods(source: string): string[] {
  const found = new Set<string>();
  for (const m of source.matchAll(/export\s+(?:const|let|var|async\s+function|function)\s+([A-Z]+)\b/g)) found.add(m[1] ?? "");
  for (const m of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const part of (m[1] ?? "").split(",")) {
      const name = part.trim().split(/\s+as\s+/).pop()?.trim() ?? "";
      found.add(name);
    }
  }
  return HTTP_METHODS.filter((method) => found.has(method));
}

export function discoverRoutes(root: string): DiscoveredRoute[] {
  const appDir = join(root, "app");
  const routes: DiscoveredRoute[] = [];
  for (const file of walk(appDir)) {
    const name = file.split(sep).pop();
    if (name === "page.tsx" || name === "page.ts" || name === "page.jsx" || name === "page.js") {
      routes.push({ kind: "page", method: "GET", path: urlPathOf(appDir, file), file: relative(root, file) });
    } else if (name === "route.ts" || name === "route.js") {
      for (const method of exportedMethods(readFileSync(file, "utf8"))) routes.push({ kind: "api", method, path: urlPathOf(appDir, file), file: relative(root, file) });
    }
  }
  return routes.sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
}

/** Files that declare server actions ("use server"): there must be none, every mutation is a route handler. */
export function filesWithServerActions(root: string): string[] {
  const dirs = ["app", "components", "server", "domain"];
  return dirs
    .flatMap((dir) => walk(join(root, dir)))
    .filter((file) => /\.(tsx?|jsx?)$/.test(file))
    .filter((file) => /^\s*["']use server["']/m.test(readFileSync(file, "utf8")))
    .map((file) => relative(root, file));
}
