/**
 * The data-layer integration tests on PostgreSQL: the same files as on SQLite (tests/integration),
 * with tests/support/test-database.ts swapped for a PostgreSQL stand-in, plus the PostgreSQL-only
 * tests in this folder. Needs a cluster: scripts/pg/start-cluster.sh (or TEST_POSTGRES_URL).
 *   CI=1 npx vitest run --config tests/postgres/vitest.config.ts
 */
import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vitest/config";

const sqliteTestDatabase = fileURLToPath(new URL("../support/test-database.ts", import.meta.url));
const postgresTestDatabase = fileURLToPath(new URL("./support/postgres-test-database.ts", import.meta.url));

/** Resolves every import of tests/support/test-database to the PostgreSQL stand-in. */
function usePostgresTestDatabase(): Plugin {
  return {
    name: "claimcheck-postgres-test-database",
    enforce: "pre",
    async resolveId(source, importer, options) {
      if (!/test-database(\.ts)?$/.test(source) || !importer) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === sqliteTestDatabase ? postgresTestDatabase : null;
    },
  };
}

export default defineConfig({
  root: fileURLToPath(new URL("../..", import.meta.url)),
  plugins: [usePostgresTestDatabase()],
  resolve: {
    alias: {
      "@": fileURLToPath(new URL("../../", import.meta.url)),
      "server-only": fileURLToPath(new URL("../support/server-only-stub.ts", import.meta.url)),
    },
  },
  test: {
    // …and the route handlers' permission, validation and session checks (tests/routes), in-process on PostgreSQL.
    include: ["tests/integration/**/*.test.ts", "tests/postgres/**/*.pg-test.ts", "tests/routes/permissions-and-validation.test.ts", "tests/routes/session-from-request.test.ts"],
    env: { ROUTE_TESTS_ON_POSTGRES: "1" },
    // SQLite-only checks (the file, WAL mode); tests/postgres/migrations-and-seed.pg-test.ts covers PostgreSQL's.
    exclude: ["tests/integration/seed-and-migrations.test.ts", "**/node_modules/**"],
    globalSetup: ["tests/postgres/support/global-setup.ts"],
    environment: "node",
    pool: "forks",
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
