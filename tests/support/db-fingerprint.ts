import Database from "better-sqlite3";

/**
 * A cheap fingerprint of every table of a SQLite file (row count, highest rowid, latest
 * updatedAt): any insert, delete or update shows up as a change.
 */
export function openDatabaseFingerprint(file: string) {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  db.pragma("busy_timeout = 5000");
  // Ordinary tables only: the claim search's FTS5 table and its shadow tables (some WITHOUT ROWID) change
  // with the claims they index, which this fingerprint already sees.
  const tables = (
    db
      .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_prisma%'")
      .all() as { name: string; sql: string }[]
  )
    .filter((t) => !/^CREATE VIRTUAL TABLE/i.test(t.sql) && !/WITHOUT ROWID\s*$/i.test(t.sql) && !t.name.startsWith("ClaimSearch"))
    .map((t) => t.name);
  const statements = tables.map((table) => {
    const columns = (db.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[]).map((c) => c.name);
    const updated = columns.includes("updatedAt") ? `max("updatedAt")` : "NULL";
    return { table, statement: db.prepare(`SELECT count(*) AS n, max(rowid) AS last, ${updated} AS updated FROM "${table}"`) };
  });
  return {
    take(): string {
      return statements.map(({ table, statement }) => `${table}:${JSON.stringify(statement.get())}`).join("|");
    },
    close: () => db.close(),
  };
}
