import { fileURLToPath } from "node:url";
import { defineConfig } from "@playwright/test";
import base from "../../playwright.config";

/**
 * The scripted reviewer task of bench/workspace-interactions/task.spec.ts, run against the same fresh demo server as the e2e
 * suite (E2E_PORT; the stub Crossref/PubMed server on E2E_PORT + 1000), in a 1280x800 window.
 */
const root = fileURLToPath(new URL("../..", import.meta.url));

export default defineConfig({
  ...base,
  testDir: fileURLToPath(new URL(".", import.meta.url)),
  timeout: 240_000,
  projects: [
    { name: "setup", testDir: `${root}e2e`, testMatch: /auth\.setup\.ts/ },
    { name: "bench", testMatch: /task\.spec\.ts/, use: { viewport: { width: 1280, height: 800 } }, dependencies: ["setup"] },
  ],
  webServer: { ...(base.webServer as object), cwd: root } as typeof base.webServer,
});
