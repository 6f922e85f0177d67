/** Deletes the end-to-end database, then runs `npm start`'s script, which recreates and seeds it. */
import { rmSync } from "node:fs";
import { resolve } from "node:path";
import { sqliteFilePath } from "../../server/database-url";

const url = process.env.DATABASE_URL ?? "";
if (!url.includes("e2e")) throw new Error(`Refusing to delete ${url}: only the end-to-end database is reset`);
const file = resolve(sqliteFilePath(url));
for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
await import("../../scripts/start");
