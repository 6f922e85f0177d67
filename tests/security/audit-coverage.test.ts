import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Every data operation that writes does so inside db.$transaction and records an audit event
 * there (server/data/audit/record-audit-event.ts): read from the source, so a new mutation
 * without either fails here with its file name.
 */

const root = resolve(import.meta.dirname, "../..");
const WRITE = /\b(tx|db)\.\w+\.(create|createMany|createManyAndReturn|update|updateMany|upsert|delete|deleteMany)\s*\(/;
/** Helpers that write through a transaction their caller passes in (`tx: Tx`): the caller audits. */
const TAKES_CALLERS_TRANSACTION = /\(\s*tx:\s*Tx\b/;
/** Claim changes written inside server/data/claims/change-claim.ts's apply(): the core runs the transaction and audits. */
const GOES_THROUGH_CLAIM_CORE = /\bchangeClaim\s*(<[^>]*>)?\(/;

/**
 * Writes that change no one's data, only what is derived from it, so they are not audited
 * (an audit entry per read that fills a cache would bury the real changes), each with why.
 */
const DERIVED_DATA_WRITERS: Record<string, string> = {
  "server/data/sources/complete-source-references.ts":
    "stores a source's reference formatted from its own stored CSL item (a cache filled at read time), and bumps the citing pages' versions",
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = join(dir, entry);
    return statSync(full).isDirectory() ? files(full) : full.endsWith(".ts") && !full.endsWith(".test.ts") ? [full] : [];
  });
}

const dataFiles = files(join(root, "server/data")).filter((file) => !file.includes("/audit/"));
const writers = dataFiles.filter((file) => WRITE.test(readFileSync(file, "utf8").replace(/\/\/.*$/gm, "")));

describe("every mutation is transactional and audited", () => {
  it("finds the data operations that write", () => {
    expect(writers.length).toBeGreaterThan(5);
  });

  it("lists as derived-data writers only files that exist and write", () => {
    for (const file of Object.keys(DERIVED_DATA_WRITERS)) expect(writers.map((w) => relative(root, w))).toContain(file);
  });

  it.each(writers.map((file) => relative(root, file)))("%s writes in a transaction and records an audit event", (file) => {
    const source = readFileSync(join(root, file), "utf8");
    expect(source.match(/\bdb\.\w+\.(create|createMany|update|updateMany|upsert|delete|deleteMany)\s*\(/g) ?? [], "writes through db. instead of the transaction").toEqual([]);
    if (TAKES_CALLERS_TRANSACTION.test(source) && !/\$transaction\s*\(/.test(source)) return;
    if (GOES_THROUGH_CLAIM_CORE.test(source) && !/\$transaction\s*\(/.test(source)) return;
    expect(source, "writes outside db.$transaction").toMatch(/\$transaction\s*\(/);
    if (file in DERIVED_DATA_WRITERS) return;
    expect(source, "no recordAuditEvent in the transaction").toMatch(/recordAuditEvent\s*\(\s*tx\b/);
  });
});
