import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../server/authz";
import { EVIDENCE_BASE_REQUIRED, ZUpdateEvidenceInput } from "../../domain/schemas/inputs";
import { createTestActors } from "../support/test-actors";
import { removeSqliteDatabase, useFreshSqliteDatabase } from "../support/test-database";

/** Issue 14 (evidence edits like claim fields): an edit based on a stale item is refused with the stored one; nothing is overwritten unseen. */
let url: string;
let db: typeof import("../../server/db").db;
let ops: typeof import("../../server/data/claims/create-claim") &
  typeof import("../../server/data/evidence/add-evidence") &
  typeof import("../../server/data/evidence/update-evidence") &
  typeof import("../../server/data/articles/create-article");
const actors: Record<"reviewer" | "editor", Actor> = {} as never;

beforeAll(async () => {
  url = await useFreshSqliteDatabase("evidence-version-check");
  ({ db } = await import("../../server/db"));
  ops = {
    ...(await import("../../server/data/claims/create-claim")),
    ...(await import("../../server/data/evidence/add-evidence")),
    ...(await import("../../server/data/evidence/update-evidence")),
    ...(await import("../../server/data/articles/create-article")),
  };
  Object.assign(actors, await createTestActors(db, [["reviewer", "reviewer"], ["editor", "editor"]] as const));
});

afterAll(async () => {
  await db.$disconnect();
  removeSqliteDatabase(url);
});

async function evidenceItem() {
  const article = await ops.createArticle(actors.reviewer, { title: `Evidence ${Math.random()}`, author: null, content: "Coffee after 4 pm halves deep sleep.", format: "text" });
  const claim = await ops.createClaim(actors.reviewer, article.slug, { start: 0, end: 35, restatement: "", checkable: true, tags: [] });
  return ops.addEvidence(actors.reviewer, claim.id, { source: { title: "A sleep study", authors: [], container: null, year: null, doi: null, pmid: null, url: null }, finding: "Sleep fell by 41 minutes.", locator: null, stance: "supports", studyDesign: "cohort", note: null });
}

const edit = (fields: Record<string, unknown>) => ZUpdateEvidenceInput.parse(fields);
const original = { finding: "Sleep fell by 41 minutes.", locator: "", stance: "supports", studyDesign: "cohort", note: "" };

describe("evidence edits are version-checked", () => {
  it("the second of two edits from the same item gets a conflict with the stored item, and changes nothing", async () => {
    const item = await evidenceItem();
    await ops.updateEvidence(actors.editor, item.id, edit({ ...original, finding: "Sleep fell by 41 minutes in adults.", base: original }));
    const stale = ops.updateEvidence(actors.reviewer, item.id, edit({ ...original, stance: "contradicts", base: original }));
    await expect(stale).rejects.toMatchObject({ code: "CONFLICT", details: { current: { finding: "Sleep fell by 41 minutes in adults.", stance: "supports", locator: null } } });
    const stored = await db.evidence.findUniqueOrThrow({ where: { id: item.id } });
    expect([stored.finding, stored.stance]).toEqual(["Sleep fell by 41 minutes in adults.", "supports"]);
  });

  it("an edit based on the stored item is written; the merged result saves on top of theirs", async () => {
    const item = await evidenceItem();
    const theirs = { ...original, finding: "Theirs." };
    await ops.updateEvidence(actors.editor, item.id, edit({ ...theirs, base: original }));
    const merged = await ops.updateEvidence(actors.reviewer, item.id, edit({ ...theirs, stance: "contradicts", base: theirs }));
    expect([merged.finding, merged.stance]).toEqual(["Theirs.", "contradicts"]);
  });

  it("two edits from the same item at once: exactly one is written", async () => {
    const item = await evidenceItem();
    const outcomes = await Promise.allSettled([
      ops.updateEvidence(actors.editor, item.id, edit({ ...original, finding: "One.", base: original })),
      ops.updateEvidence(actors.reviewer, item.id, edit({ ...original, finding: "Two.", base: original })),
    ]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(["fulfilled", "rejected"]);
    const stored = await db.evidence.findUniqueOrThrow({ where: { id: item.id } });
    const written = outcomes.find((o) => o.status === "fulfilled") as PromiseFulfilledResult<{ finding: string }>;
    expect(stored.finding).toBe(written.value.finding);
  });

  it("the input needs a stance and design in the base as in the edit", () => {
    expect(ZUpdateEvidenceInput.safeParse({ ...original, base: { ...original, stance: "" } }).success).toBe(false);
  });

  it("every edit carries its base: without one the input is refused, naming base", () => {
    const refused = ZUpdateEvidenceInput.safeParse({ ...original, finding: "Overwritten unseen." });
    expect(refused.success).toBe(false);
    expect(refused.error!.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([["base", EVIDENCE_BASE_REQUIRED]]);
    expect(ZUpdateEvidenceInput.safeParse({ ...original, base: "whatever" }).error!.issues[0]!.path).toEqual(["base"]);
  });
});
