/**
 * Route handlers that only work inside Next's server, so the in-process route tests
 * (tests/routes) do not call them and the Playwright suites (e2e/security) keep their cells:
 * next-auth's catch-all reads the request through next/headers, and the public claim search
 * answers from Next's data cache (unstable_cache), which exists only in a running Next server.
 */
export const NEEDS_NEXT_RUNTIME: Readonly<Record<string, string>> = {
  "/api/auth/[...nextauth]": "next-auth's handler reads the request through next/headers",
  "/api/claims/similar": "answers from Next's data cache (unstable_cache)",
};

/** Whether a row of server/authorization-matrix.ts is checked in-process (tests/routes) rather than through a browser or HTTP (e2e/security). */
export function checkedInProcess(row: { kind: "page" | "api"; path: string }): boolean {
  return row.kind === "api" && !(row.path in NEEDS_NEXT_RUNTIME);
}
