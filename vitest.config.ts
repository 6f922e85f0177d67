import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL("./", import.meta.url)),
      // server modules import "server-only"; outside Next it is an empty marker.
      "server-only": fileURLToPath(new URL("./tests/support/server-only-stub.ts", import.meta.url)),
    },
  },
  test: {
    include: ["domain/**/*.test.ts", "server/**/*.test.ts", "tests/**/*.test.ts", "scripts/**/*.test.ts"],
    environment: "node",
    pool: "forks",
    setupFiles: ["tests/support/fast-check-seed.ts"],
    globalSetup: ["tests/support/remove-route-templates.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
