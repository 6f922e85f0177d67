import { rmSync } from "node:fs";
import path from "node:path";

/**
 * Vitest global setup: when the run ends, delete the seeded template the route tests made for
 * it (tests/routes/support/demo-database-template.ts names it after this, the main, process).
 */
export default function setup(): () => void {
  return () => {
    const file = path.resolve(`data/test-routes-template-${process.pid}.db`);
    for (const suffix of ["", "-wal", "-shm", "-journal", ".lock"]) rmSync(file + suffix, { force: true, recursive: true });
  };
}
