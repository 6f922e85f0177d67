import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { resolve } from "node:path";
import Database from "better-sqlite3";
import { expect, test } from "../fixtures";
import { baseURL } from "../../playwright.config";
import { storageStatePath } from "../support/accounts";

/**
 * SIGKILL in the middle of writes: a second production server (same build, a copy of the
 * end-to-end database) takes large article imports, bulk claim creations and evidence
 * additions at once and is killed mid-way; restarted, its database must pass
 * PRAGMA integrity_check and foreign_key_check, every article must have its revision and its
 * creation in the audit log, and every bulk change must be all there or not there at all.
 */

const mainPort = Number(new URL(baseURL).port);
/** A free port for the second server, chosen when the test starts. */
let port = 0;
let origin = "";
const dbFile = resolve(`data/e2e-kill-${mainPort}.db`);

async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once("error", fail);
    probe.listen(0, () => {
      const address = probe.address();
      probe.close(() => done(typeof address === "object" && address ? address.port : 0));
    });
  });
}
const BULK_CLAIMS = 400;

function removeDatabase() {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(dbFile + suffix, { force: true });
}

function editorCookie(): string {
  const state = JSON.parse(readFileSync(storageStatePath("editor"), "utf8")) as { cookies: { name: string; value: string }[] };
  return state.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
}

async function startServer(): Promise<ChildProcess> {
  const server = spawn(process.execPath, [resolve("node_modules/next/dist/bin/next"), "start", "-p", String(port)], {
    env: { ...process.env, PORT: String(port), DATABASE_URL: `file:${dbFile}`, NEXTAUTH_SECRET: "e2e-only-secret-not-for-production", NEXTAUTH_URL: origin, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "ignore",
    detached: true,
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`${origin}/api/auth/csrf`)).ok) return server;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`The second server on ${port} did not start`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

function killHard(server: ChildProcess) {
  if (server.pid) process.kill(-server.pid, "SIGKILL");
}

const call = (method: string, path: string, body: unknown) =>
  fetch(`${origin}${path}`, { method, headers: { "Content-Type": "application/json", Cookie: editorCookie() }, body: JSON.stringify(body) });

function checkConsistency(bulkSlug: string, preexistingClaims: number) {
  const db = new Database(dbFile, { readonly: true });
  try {
    expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    expect(db.pragma("foreign_key_check")).toEqual([]);
    expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
    const withoutRevision = db.prepare(`SELECT slug FROM Article a WHERE NOT EXISTS (SELECT 1 FROM ArticleRevision r WHERE r.articleId = a.id)`).all();
    expect(withoutRevision, "articles without a revision").toEqual([]);
    const unaudited = db.prepare(`SELECT slug FROM Article a WHERE a.slug LIKE 'kill-%' AND NOT EXISTS (SELECT 1 FROM AuditEvent e WHERE e.entityId = a.id)`).all();
    expect(unaudited, "articles without their audit event").toEqual([]);
    const bulk = db.prepare(`SELECT count(*) AS n FROM Claim c JOIN Article a ON a.id = c.articleId WHERE a.slug = ?`).get(bulkSlug) as { n: number };
    expect([preexistingClaims, preexistingClaims + BULK_CLAIMS - 1], "the bulk claim change is all there or not at all").toContain(bulk.n);
    const auditedClaims = db.prepare(`SELECT count(*) AS n FROM AuditEvent e JOIN Article a ON a.id = e.articleId WHERE a.slug = ? AND e.action = 'claim.create'`).get(bulkSlug) as { n: number };
    expect(auditedClaims.n, "every created claim has its audit event").toBe(bulk.n);
    // Evidence rows each come with their source and claim (foreign keys) and their audit event.
    const orphanEvidence = db
      .prepare(`SELECT e.id FROM Evidence e JOIN Source s ON s.id = e.sourceId WHERE s.title LIKE 'Kill source%' AND NOT EXISTS (SELECT 1 FROM AuditEvent a WHERE a.entityId = e.id)`)
      .all();
    expect(orphanEvidence, "evidence without its audit event").toEqual([]);
  } finally {
    db.close();
  }
}

test.describe("killing the server mid-write loses nothing half-way", () => {
  test.setTimeout(180_000);

  test("SIGKILL during large imports and bulk claim changes leaves a consistent database", async () => {
    port = await freePort();
    origin = `http://localhost:${port}`;
    removeDatabase();
    // A consistent copy of the live end-to-end database (users, demo review) to start from.
    const source = new Database(resolve(`data/e2e-${mainPort}.db`), { readonly: true });
    await source.backup(dbFile);
    source.close();

    let interrupted = 0;
    for (const killAfterMs of [250, 900]) {
      const server = await startServer();
      try {
        const stamp = `${Date.now().toString(36)}${killAfterMs}`;
        const sentences = Array.from({ length: BULK_CLAIMS }, (_, i) => `Claim number ${i} says that green tea prevents illness ${i}.`);
        const text = sentences.join("\n\n");
        const created = await call("POST", "/api/articles", { title: `kill-bulk ${stamp}`, content: text });
        expect(created.status).toBe(201);
        const { slug } = (await created.json()) as { slug: string };
        const review = (await (await fetch(`${origin}/api/articles/${slug}`, { headers: { Cookie: editorCookie() } })).json()) as { revision: { text: string } };
        const claims = sentences.map((s) => {
          const start = review.revision.text.indexOf(s);
          return { start, end: start + s.length - 1 };
        });
        const first = await call("POST", `/api/articles/${slug}/claims`, claims[0]);
        expect(first.status).toBe(201);
        const firstClaim = (await first.json()) as { id: string };

        const writes: Promise<unknown>[] = [];
        writes.push(call("POST", `/api/articles/${slug}/claims/bulk`, { claims: claims.slice(1) }));
        for (let i = 0; i < 4; i++) writes.push(call("POST", "/api/articles", { title: `kill-import ${stamp} ${i}`, content: `${"A long paragraph about tea and health. ".repeat(400)}\n\n`.repeat(60) }));
        for (let i = 0; i < 20; i++) {
          writes.push(call("POST", `/api/claims/${firstClaim.id}/evidence`, { finding: `Finding ${i}`, stance: "supports", studyDesign: "cohort", source: { title: `Kill source ${stamp} ${i}`, authors: ["A. Author"] } }));
        }
        await new Promise((r) => setTimeout(r, killAfterMs));
        killHard(server);
        const outcomes = await Promise.allSettled(writes);
        const cutOff = outcomes.filter((o) => o.status === "rejected").length;
        interrupted += cutOff;
        test.info().annotations.push({ type: "kill", description: `killed after ${killAfterMs} ms: ${outcomes.length - cutOff} writes answered, ${cutOff} cut off` });
        // The first claim, plus none or all of the bulk.
        checkConsistency(slug, 1);
      } finally {
        if (server.exitCode === null && server.signalCode === null) killHard(server);
      }
      // The restarted server serves the same database.
      const restarted = await startServer();
      try {
        expect((await fetch(`${origin}/`)).status).toBe(200);
      } finally {
        killHard(restarted);
      }
    }
    expect(interrupted, "the kill landed while writes were in flight").toBeGreaterThan(0);
    removeDatabase();
  });
});
