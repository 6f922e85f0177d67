/**
 * Helpers shared by the reader benchmarks: a fresh SQLite database under data/, the
 * production build, and `npm start`'s production server on a port of its own.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { cpus } from "node:os";
import { join, resolve } from "node:path";
import { sqliteFilePath } from "../../server/database-url";
import { migrateDatabase } from "../../scripts/db/migrate";

export const root = resolve(import.meta.dirname, "../..");

/** The build folder: NEXT_DIST_DIR, or a benchmark one; built unless BENCH_SKIP_BUILD=1 and it exists. */
export function distDir(): string {
  return process.env.NEXT_DIST_DIR ?? ".next-bench-reader";
}

/** `next build` prerenders the home page, which reads the database: it builds against an empty, migrated one. */
const BUILD_DATABASE_URL = "file:./data/bench-build.db";

export async function ensureBuild(): Promise<void> {
  const dir = distDir();
  if (process.env.BENCH_SKIP_BUILD === "1" && existsSync(join(root, dir, "BUILD_ID"))) return;
  console.log(`[bench] building the app into ${dir} (about a minute)`);
  await freshDatabase(BUILD_DATABASE_URL);
  const env = { ...process.env, NEXT_DIST_DIR: dir, NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: BUILD_DATABASE_URL };
  const overlay = spawnSync("npx", ["tsx", "overlay-client/build.ts"], { cwd: root, stdio: "inherit", env });
  if (overlay.status !== 0) throw new Error("the overlay build failed");
  const result = spawnSync("npx", ["next", "build"], { cwd: root, stdio: "inherit", env });
  if (result.status !== 0) throw new Error("next build failed");
}

/** Deletes the file (it must be under data/ and named bench-*) and migrates a new one. */
export async function freshDatabase(url: string): Promise<void> {
  const file = resolve(sqliteFilePath(url));
  if (!file.startsWith(join(root, "data")) || !/\/bench-[\w-]+\.db$/.test(file)) throw new Error(`Refusing to delete ${file}: benchmarks only reset data/bench-*.db`);
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
  await migrateDatabase({ url, mode: "deploy" });
}

export interface RunningServer {
  baseUrl: string;
  process: ChildProcess;
  stop: () => Promise<void>;
}

/**
 * `npm start`'s server (scripts/start.ts: Next behind the reader page cache's early answer), or
 * with `nextStart` plain `next start` on the same build (every request through Next's router:
 * the reader page before the early answer, for comparison).
 */
export async function startServer(options: { port: number; databaseUrl: string; nextStart?: boolean }): Promise<RunningServer> {
  const baseUrl = `http://localhost:${options.port}`;
  const command = options.nextStart
    ? [join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(options.port)]
    : ["--import", "tsx", join(root, "scripts/server/production-server.ts")];
  const child = spawn(process.execPath, ["--require", join(root, "scripts/server/record-peer-address.cjs"), ...command], {
    cwd: root,
    stdio: ["ignore", "pipe", "inherit"],
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_DIST_DIR: distDir(),
      DATABASE_URL: options.databaseUrl,
      NEXTAUTH_SECRET: "bench-only-secret-not-for-production",
      NEXTAUTH_URL: baseUrl,
      NEXT_TELEMETRY_DISABLED: "1",
      PORT: String(options.port),
    },
  });
  child.stdout?.resume();
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the production server exited with ${child.exitCode}`);
    try {
      const response = await fetch(`${baseUrl}/`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error("the server did not start within 60 s");
    await new Promise((r) => setTimeout(r, 250));
  }
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null) return done();
      child.once("exit", () => done());
      child.kill("SIGTERM");
    });
  return { baseUrl, process: child, stop };
}

export function machineLine(): string {
  const model = cpus()[0]?.model.trim() ?? "unknown CPU";
  return `${cpus().length} CPUs (${model}), Node ${process.version}, ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export const chromiumLaunchOptions = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
};
