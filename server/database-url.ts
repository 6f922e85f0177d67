// Shared by prisma.config.ts, the migration script and the app: no "server-only" marker here
// because the Prisma CLI loads it too.

export const defaultDatabaseUrl = "file:./data/claimcheck.db";

export type DatabaseProvider = "sqlite" | "postgresql";

export function databaseProvider(url: string): DatabaseProvider {
  if (url.startsWith("file:")) return "sqlite";
  if (url.startsWith("postgres://") || url.startsWith("postgresql://")) return "postgresql";
  throw new Error(`DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL), got "${url.slice(0, 20)}…"`);
}

export function databaseUrl(): string {
  return process.env.DATABASE_URL ?? defaultDatabaseUrl;
}

/** The file path of an SQLite URL, relative paths resolved from the working directory. */
export function sqliteFilePath(url: string): string {
  return url.replace(/^file:/, "").replace(/\?.*$/, "");
}
