import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3100);
export const baseURL = `http://localhost:${port}`;

/** Test-only: URL import and citation lookups may reach the tests' local stub server (port + 1000). */
const stubSettings = {
  CLAIMCHECK_URL_IMPORT_ALLOW_HOSTS: `127.0.0.1:${port + 1000}`,
  CLAIMCHECK_CROSSREF_BASE_URL: `http://127.0.0.1:${port + 1000}/crossref`,
  CLAIMCHECK_EUTILS_BASE_URL: `http://127.0.0.1:${port + 1000}/eutils`,
};
// The test workers start the stub with the same settings the server gets.
Object.assign(process.env, stubSettings);

/** Debian's chromium (STACK.md); a browser installed by `npx playwright install` works too when CHROMIUM_PATH is unset and /usr/bin/chromium is missing. */
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
    },
  },
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts/ },
    { name: "chromium", use: { ...devices["Desktop Chrome"], channel: undefined }, dependencies: ["setup"] },
  ],
  webServer: {
    // A fresh demo database for every run, served by the production build (npm start's script).
    command: "tsx e2e/support/serve-fresh-demo.ts",
    url: `${baseURL}/`,
    timeout: 600_000, // the build runs inside it; on a busy 2-core machine it has taken over 4 minutes
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      PORT: String(port),
      DATABASE_URL: `file:./data/e2e-${port}.db`,
      NEXTAUTH_SECRET: "e2e-only-secret-not-for-production",
      NEXTAUTH_URL: baseURL,
      ...stubSettings,
    },
  },
});
