/**
 * SQLite driver benchmark: should Claimcheck use libSQL instead of better-sqlite3?
 *
 * better-sqlite3 compiles SQLite from source during `npm install` wherever its prebuilt binary
 * cannot be downloaded (this machine reaches only the npm registry), which is most of a fresh
 * install. libSQL ships its native binary inside npm packages (@libsql/linux-x64-gnu, ...). This
 * benchmark times the same Prisma queries through both driver adapters on the same database
 * file (the large generated review: 2,000 claims, 6,000 evidence items), so the query cost of a
 * switch is known before the install time is traded for it.
 *
 * The libSQL adapter is not a dependency of the product: install it for the run with
 *   npm install --no-save @prisma/adapter-libsql@7.10.0 @libsql/client@0.18.0
 * then: npm run bench:sqlite-driver
 */
import { cpus } from "node:os";
import { performance } from "node:perf_hooks";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "../../generated/sqlite/client";
import { SQLITE_BUSY_TIMEOUT_MS } from "../../server/driver-adapter";
import { generateLargeReview, LARGE_SLUG } from "../reader/generate-large-review";
import { median } from "../reader/serve";

const DATABASE_URL = "file:./data/bench-sqlite-driver.db";
const DATABASE_FILE = "./data/bench-sqlite-driver.db";
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const POINT_READS = 500;
const VERSIONED_WRITES = 300;

type Workload = { name: string; run: (db: PrismaClient) => Promise<unknown> };

async function articleId(db: PrismaClient): Promise<string> {
  const article = await db.article.findUniqueOrThrow({ where: { slug: LARGE_SLUG }, select: { id: true } });
  return article.id;
}

const workloads: Workload[] = [
  {
    name: "whole review read (claims + ratings + evidence + sources)",
    run: async (db) => db.claim.findMany({ where: { articleId: await articleId(db) }, include: { ratings: true, evidence: { include: { source: true } } }, orderBy: { start: "asc" } }),
  },
  {
    name: `${POINT_READS} claim reads by id`,
    run: async (db) => {
      const ids = (await db.claim.findMany({ select: { id: true }, take: POINT_READS })).map((claim) => claim.id);
      for (const id of ids) await db.claim.findUnique({ where: { id } });
    },
  },
  {
    name: `${VERSIONED_WRITES} version-checked claim updates`,
    run: async (db) => {
      const claims = await db.claim.findMany({ select: { id: true, version: true }, take: VERSIONED_WRITES });
      for (const claim of claims) {
        await db.claim.updateMany({ where: { id: claim.id, version: claim.version }, data: { rationale: `checked ${claim.version}`, version: { increment: 1 } } });
      }
    },
  },
];

async function libsqlClient(): Promise<PrismaClient | undefined> {
  try {
    const { PrismaLibSql } = (await import("@prisma/adapter-libsql" as string)) as { PrismaLibSql: new (config: { url: string }) => unknown };
    return new PrismaClient({ adapter: new PrismaLibSql({ url: DATABASE_URL }) as never });
  } catch {
    return undefined;
  }
}

async function timeWorkloads(label: string, db: PrismaClient): Promise<void> {
  for (const workload of workloads) {
    await workload.run(db); // warm-up
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      await workload.run(db);
      times.push(performance.now() - started);
    }
    console.log(`| ${label} | ${workload.name} | ${median(times).toFixed(1)} ms | ${Math.min(...times).toFixed(1)}-${Math.max(...times).toFixed(1)} ms |`);
  }
}

async function main(): Promise<void> {
  console.log(`SQLite driver benchmark, ${cpus().length} x ${cpus()[0]?.model ?? "cpu"}, Node ${process.version}, ${RUNS} measured runs each`);
  const size = await generateLargeReview(DATABASE_URL);
  console.log(`database: ${size.claims} claims, ${size.evidence} evidence items\n`);
  console.log("| driver | workload | median | range |\n| --- | --- | --- | --- |");
  const betterSqlite = new PrismaClient({ adapter: new PrismaBetterSqlite3({ url: DATABASE_FILE, timeout: SQLITE_BUSY_TIMEOUT_MS }) });
  await timeWorkloads("better-sqlite3", betterSqlite);
  await betterSqlite.$disconnect();
  const libsql = await libsqlClient();
  if (!libsql) {
    console.log("\nlibSQL adapter not installed: npm install --no-save @prisma/adapter-libsql@7.10.0 @libsql/client@0.18.0");
    return;
  }
  await timeWorkloads("libSQL", libsql);
  await libsql.$disconnect();
}

await main();
