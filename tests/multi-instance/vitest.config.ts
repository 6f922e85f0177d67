/**
 * Two production servers on one PostgreSQL database (tests/multi-instance/*.pg-test.ts).
 * Needs the cluster of scripts/pg/start-cluster.sh (or TEST_POSTGRES_URL) and builds the app
 * into NEXT_DIST_DIR when the sources changed; ports MULTI_INSTANCE_PORT and the next one.
 *   NEXT_DIST_DIR=.next-3114 MULTI_INSTANCE_PORT=3121 CI=1 npx vitest run --config tests/multi-instance/vitest.config.ts
 */
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  root: fileURLToPath(new URL("../..", import.meta.url)),
  test: {
    include: ["tests/multi-instance/**/*.pg-test.ts"],
    environment: "node",
    pool: "forks",
    testTimeout: 60_000,
    hookTimeout: 600_000,
  },
});
