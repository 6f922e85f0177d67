/**
 * The end-to-end smoke test on PostgreSQL: the whole review loop, against a production build
 * serving a fresh PostgreSQL database seeded through `npm start` (SEED_DEMO=1). Needs a cluster: scripts/pg/start-cluster.sh.
 * (The API's permission and validation checks run in-process on PostgreSQL:
 * tests/postgres/vitest.config.ts includes tests/routes/permissions-and-validation.test.ts.)
 *   E2E_PORT=3114 NEXT_DIST_DIR=.next-3114 CI=1 npx playwright test -c playwright.postgres.config.ts
 */
import { defineConfig } from "@playwright/test";
import base, { baseURL } from "./playwright.config";

const port = Number(process.env.E2E_PORT ?? 3100);

export default defineConfig({
  ...base,
  // Its own results folder: Playwright empties it at start, and other runs may be going on.
  outputDir: `test-results/postgres-${port}`,
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts/ },
    {
      name: "postgresql",
      testMatch: [/review\/whole-review-loop\.spec\.ts/],
      use: base.projects?.find((project) => project.name === "chromium")?.use ?? {},
      dependencies: ["setup"],
    },
  ],
  webServer: {
    command: "tsx e2e/postgres/serve-fresh-postgres-demo.ts",
    url: `${baseURL}/`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      PORT: String(port),
      NEXTAUTH_SECRET: "e2e-only-secret-not-for-production",
      NEXTAUTH_URL: baseURL,
      ...(process.env.TEST_POSTGRES_URL ? { TEST_POSTGRES_URL: process.env.TEST_POSTGRES_URL } : {}),
    },
  },
});
