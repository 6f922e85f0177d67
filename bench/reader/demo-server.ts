/** The demo review in a fresh benchmark database, served by the production build. */
import { createPrismaClient } from "../../server/prisma-client";
import { seedDemo } from "../../prisma/seed";
import { freshDatabase, startServer, type RunningServer } from "./serve";

export const DEMO_READER_PATH = "/articles/reversing-calcification-vitamin-k2";

export const DEMO_DATABASE_URL = "file:./data/bench-reader-demo.db";

export async function startDemoServer(port: number): Promise<RunningServer> {
  const databaseUrl = DEMO_DATABASE_URL;
  await freshDatabase(databaseUrl);
  const db = createPrismaClient(databaseUrl);
  try {
    await seedDemo(db);
  } finally {
    await db.$disconnect();
  }
  return startServer({ port, databaseUrl });
}
