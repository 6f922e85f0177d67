import "server-only";
import { createPrismaClient, type Db } from "./prisma-client";

export type { Db, Tx } from "./prisma-client";

const globalForDb = globalThis as unknown as { claimcheckDb?: Db };

/** One client per process (Next's dev server reloads modules; the global keeps one pool). */
export const db: Db = (globalForDb.claimcheckDb ??= createPrismaClient());
