import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../server/authz";
import { removeSqliteDatabase, useFreshSqliteDatabase } from "../support/test-database";
import { createTestActors } from "../support/test-actors";

/** Issue 14.3: a double click or a repeated request never makes a second claim. */
let url: string;
let db: typeof import("../../server/db").db;
let ops: typeof import("../../server/data/claims/create-claim") &
  typeof import("../../server/data/claims/create-claims") &
  typeof import("../../server/data/claims/resize-claim") &
  typeof import("../../server/data/articles/create-article") &
  typeof import("../../server/http/idempotency");
let actors: Record<"reviewer" | "editor", Actor>;

beforeAll(async () => {
  url = await useFreshSqliteDatabase("idempotent-creation");
  ({ db } = await import("../../server/db"));
  ops = {
    ...(await import("../../server/data/claims/create-claim")),
    ...(await import("../../server/data/claims/create-claims")),
    ...(await import("../../server/data/claims/resize-claim")),
    ...(await import("../../server/data/articles/create-article")),
    ...(await import("../../server/http/idempotency")),
  };
  actors = await createTestActors(db, [["reviewer", "reviewer"], ["editor", "editor"]]);
});

afterAll(async () => {
  await db.$disconnect();
  removeSqliteDatabase(url);
});

let counter = 0;
const article = () => ops.createArticle(actors.reviewer, { title: `Twice ${++counter}`, author: null, content: "Coffee after 4 pm halves deep sleep. Most adults drink coffee.", format: "text" });
const span = { start: 0, end: 35, restatement: "", checkable: true, tags: [] };

describe("the database refuses the same claim twice", () => {
  it("two identical creations fired together: one claim, and the other is told why", async () => {
    const a = await article();
    const outcomes = await Promise.allSettled([ops.createClaim(actors.reviewer, a.slug, span), ops.createClaim(actors.reviewer, a.slug, span)]);
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
    const refused = outcomes.find((o): o is PromiseRejectedResult => o.status === "rejected");
    expect(refused?.reason).toMatchObject({ code: "CONFLICT", message: ops.DUPLICATE_CLAIM_MESSAGE });
    expect(await db.claim.count({ where: { articleId: a.id } })).toBe(1);
  });

  it("accepted suggestions holding the same span twice are refused whole", async () => {
    const a = await article();
    await expect(ops.createClaims(actors.reviewer, a.slug, { claims: [span, span] })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.claim.count({ where: { articleId: a.id } })).toBe(0);
  });

  it("another reviewer may claim the same passage, and a claim moved away frees its first place", async () => {
    const a = await article();
    const first = await ops.createClaim(actors.reviewer, a.slug, span);
    await expect(ops.createClaim(actors.editor, a.slug, span)).resolves.toMatchObject({ start: 0 });
    await ops.resizeClaim(actors.reviewer, first.id, { version: first.version, start: 0, end: 17 });
    await expect(ops.createClaim(actors.reviewer, a.slug, span)).resolves.toMatchObject({ start: 0, end: 35 });
  });
});

describe("Idempotency-Key", () => {
  const request = (key: string | null, path = "/api/articles/x/claims") =>
    new Request(`http://localhost${path}`, { method: "POST", headers: key ? { "Idempotency-Key": key } : {} });

  it("the same request fired twice at once runs once; both get the first answer", async () => {
    let runs = 0;
    const create = async () => {
      runs++;
      await new Promise((resolve) => setTimeout(resolve, 200));
      return { status: 201, body: { id: `made-${runs}` } };
    };
    const [one, two] = await Promise.all([ops.idempotent(request("double-click-1"), actors.reviewer, create), ops.idempotent(request("double-click-1"), actors.reviewer, create)]);
    expect(runs).toBe(1);
    expect([one.status, two.status]).toEqual([201, 201]);
    expect(await one.json()).toEqual({ id: "made-1" });
    expect(await two.json()).toEqual({ id: "made-1" });
    expect([one.headers.get("Idempotent-Replayed"), two.headers.get("Idempotent-Replayed")].sort()).toEqual([null, "true"]);
  });

  it("keys are per user; without a key every request runs; a key reused for another route is refused", async () => {
    let runs = 0;
    const create = async () => ({ status: 201, body: { n: ++runs } });
    await ops.idempotent(request("shared-key-1"), actors.reviewer, create);
    await ops.idempotent(request("shared-key-1"), actors.editor, create);
    await ops.idempotent(request(null), actors.reviewer, create);
    await ops.idempotent(request(null), actors.reviewer, create);
    expect(runs).toBe(4);
    await expect(ops.idempotent(request("shared-key-1", "/api/articles"), actors.reviewer, create)).rejects.toMatchObject({ code: "INVALID_INPUT" });
    await expect(ops.idempotent(request("short"), actors.reviewer, create)).rejects.toMatchObject({ code: "INVALID_INPUT" });
  });

  it("a first run that failed forgets the key, so the retry runs", async () => {
    let runs = 0;
    const failing = async () => {
      runs++;
      throw new Error("the database went away");
    };
    await expect(ops.idempotent(request("retry-after-failure"), actors.reviewer, failing)).rejects.toThrow("went away");
    const retried = await ops.idempotent(request("retry-after-failure"), actors.reviewer, async () => ({ status: 201, body: { ok: ++runs } }));
    expect(await retried.json()).toEqual({ ok: 2 });
  });
});
