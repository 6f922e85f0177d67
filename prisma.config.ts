import { existsSync } from "node:fs";
import { defineConfig } from "prisma/config";
import { databaseProvider, defaultDatabaseUrl } from "./server/database-url";

// `prisma generate` never runs the native schema engine, but the CLI looks for it; pointing
// it at any existing file keeps the CLI from downloading one (there is no download here).
// Migrations run through Prisma's WASM engine instead: scripts/db/migrate.ts.
if (!process.env.PRISMA_SCHEMA_ENGINE_BINARY || !existsSync(process.env.PRISMA_SCHEMA_ENGINE_BINARY)) {
  process.env.PRISMA_SCHEMA_ENGINE_BINARY = process.execPath;
}

const url = process.env.DATABASE_URL ?? defaultDatabaseUrl;
const provider = databaseProvider(url);

export default defineConfig({
  schema: `prisma/${provider}/schema.prisma`,
  migrations: { path: `prisma/${provider}/migrations` },
  datasource: { url },
});
