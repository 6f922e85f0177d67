/**
 * `npm start`: everything a fresh clone needs, then the production server.
 * Migrates the database (SQLite by default), seeds the demo into a database it has just
 * created (or when SEED_DEMO=1 and the database is empty), builds when the sources changed
 * since the last build, and serves on PORT (default 3000).
 */
import { spawn, spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { databaseProvider, databaseUrl, sqliteFilePath } from "../server/database-url";
import { createPrismaClient } from "../server/prisma-client";
import { migrateDatabase } from "./db/migrate";
import { demoLoginsText, seedDemo, SeedRefusedError } from "../prisma/seed";
import { trustedProxyHops } from "../domain/security/client-address";

const root = resolve(import.meta.dirname, "..");
const BUILD_INPUTS = ["app", "overlay-client", "components", "domain", "server", "types", "public", "proxy.ts", "next.config.js", "package-lock.json", "tsconfig.json", "generated"];
const DIST_DIR = join(root, process.env.NEXT_DIST_DIR ?? ".next");
const BUILD_STAMP = join(DIST_DIR, "claimcheck-build-stamp");
/** Written by the build itself (overlay-client/build.ts) from other inputs: not part of the fingerprint. */
const BUILD_OUTPUTS = new Set(["public/embed.js", "public/reader.css"]);

function log(message: string) {
  console.log(`[claimcheck] ${message}`);
}

function persistentSecret(): string {
  const file = join(root, "data", ".nextauth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(join(root, "data"), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/** The database URL without its password, for logs. */
function redactedUrl(url: string): string {
  return url.replace(/^(postgres(?:ql)?:\/\/[^:/@]+):[^@]*@/, "$1:***@");
}

function sourceFingerprint(): string {
  const hash = createHash("sha256");
  const visit = (path: string) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path).sort()) if (entry !== "node_modules" && !entry.endsWith(".test.ts")) visit(join(path, entry));
    } else if (!BUILD_OUTPUTS.has(relative(root, path))) {
      hash.update(relative(root, path)).update(readFileSync(path));
    }
  };
  for (const input of BUILD_INPUTS) visit(join(root, input));
  return hash.digest("hex");
}

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: process.env });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed with exit code ${result.status}`);
}

async function main() {
  const port = Number(process.env.PORT ?? 3000);
  process.env.DATABASE_URL = databaseUrl();
  process.env.NEXTAUTH_SECRET ??= persistentSecret();
  process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  const url = process.env.DATABASE_URL;
  const provider = databaseProvider(url);

  if (!existsSync(join(root, "generated", provider, "client.ts"))) {
    log("generating the database client");
    run("npx", ["prisma", "generate", "--schema", `prisma/${provider}/schema.prisma`]);
  }

  const isNewDatabase = provider === "sqlite" && !existsSync(resolve(sqliteFilePath(url)));
  const migration = await migrateDatabase({ url, mode: "deploy", log }).catch((error: unknown) => {
    throw new Error(`Could not migrate the ${provider} database at ${redactedUrl(url)}: ${error instanceof Error ? error.message : String(error)}`);
  });
  log(`${provider} database ready at ${redactedUrl(url)}${migration.applied.length ? ` (applied ${migration.applied.join(", ")})` : ""}`);

  let seeded = false;
  // The demo goes into a new SQLite file (the quick start) unless SEED_DEMO=0, and into any
  // empty database (PostgreSQL in particular) only when SEED_DEMO=1.
  if (process.env.SEED_DEMO === "1" || (isNewDatabase && process.env.SEED_DEMO !== "0")) {
    const db = createPrismaClient(url);
    try {
      const result = await seedDemo(db);
      seeded = true;
      log(`seeded the demo review: ${result.claims} claims, ${result.evidence} evidence items`);
    } catch (error) {
      if (!(error instanceof SeedRefusedError)) throw error;
      log(`demo not seeded: ${error.message}`);
    } finally {
      await db.$disconnect();
    }
  }

  const fingerprint = sourceFingerprint();
  const built = existsSync(join(DIST_DIR, "BUILD_ID")) && existsSync(BUILD_STAMP) && readFileSync(BUILD_STAMP, "utf8") === fingerprint;
  if (!built) {
    log("building the app (about a minute the first time)");
    run("npx", ["tsx", "overlay-client/build.ts"]);
    run("npx", ["next", "build"]);
    writeFileSync(BUILD_STAMP, fingerprint);
  }

  // Fails on start, not at the first sign-in, when the setting is not a number of hops.
  trustedProxyHops(process.env.CLAIMCHECK_TRUSTED_PROXY_HOPS);
  // Every request carries its TCP peer's address for the sign-in limiter (the client cannot forge it).
  const peerRecorder = `--require ${JSON.stringify(join(root, "scripts", "server", "record-peer-address.cjs"))}`;
  const serverEnv = { ...process.env, NODE_OPTIONS: [process.env.NODE_OPTIONS, peerRecorder].filter(Boolean).join(" ") };
  // Next behind the reader page cache's early answer (scripts/server/production-server.ts).
  const server = spawn(process.execPath, ["--import", "tsx", join(root, "scripts", "server", "production-server.ts")], {
    cwd: root,
    stdio: ["ignore", "pipe", "inherit"],
    env: { ...serverEnv, PORT: String(port) },
  });
  server.stdout.on("data", (chunk: Buffer) => {
    process.stdout.write(chunk);
    if (chunk.toString().includes("Ready")) {
      log(`Claimcheck is running at http://localhost:${port}`);
      log(`the demo review: http://localhost:${port}/articles/reversing-calcification-vitamin-k2`);
      if (seeded || provider === "sqlite") console.log(demoLoginsText());
    }
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
