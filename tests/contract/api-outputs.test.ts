import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiContract } from "../../domain/schemas/api/contract";
import type { Actor } from "../../server/authz";
import { createTestActors } from "../support/test-actors";
import { removeSqliteDatabase, useFreshSqliteDatabase } from "../support/test-database";

/**
 * The contract's answers hold at run time, not only at compile time: on a real SQLite file,
 * what the data layer hands each route (composed as the route composes it) parses with the
 * route's output schema, and the parsed value is what the browser reads (timestamps as ISO
 * strings, stored enums as the scale's values). Inputs go through the routes' body schemas.
 */

let url: string;
let db: typeof import("../../server/db").db;
let ops: typeof import("../../server/data/articles/create-article") &
  typeof import("../../server/data/articles/get-review-document") &
  typeof import("../../server/data/articles/update-article") &
  typeof import("../../server/data/articles/change-article-status") &
  typeof import("../../server/data/assignments/assign-reviewer") &
  typeof import("../../server/data/assignments/list-article-assignments") &
  typeof import("../../server/data/claims/create-claim") &
  typeof import("../../server/data/claims/update-claim") &
  typeof import("../../server/data/claims/split-claim") &
  typeof import("../../server/data/claims/list-claim-suggestions") &
  typeof import("../../server/data/ratings/rate-claim") &
  typeof import("../../server/data/consensus/set-consensus-verdict") &
  typeof import("../../server/data/evidence/add-evidence") &
  typeof import("../../server/data/sources/search-sources") &
  typeof import("../../server/data/revisions/import-revision") &
  typeof import("../../server/data/revisions/get-revision-report") &
  typeof import("../../server/data/audit/list-audit-events");
const actors: Record<"reviewer" | "editor", Actor> = {} as never;

beforeAll(async () => {
  url = await useFreshSqliteDatabase("api-outputs");
  ({ db } = await import("../../server/db"));
  ops = {
    ...(await import("../../server/data/articles/create-article")),
    ...(await import("../../server/data/articles/get-review-document")),
    ...(await import("../../server/data/articles/update-article")),
    ...(await import("../../server/data/articles/change-article-status")),
    ...(await import("../../server/data/assignments/assign-reviewer")),
    ...(await import("../../server/data/assignments/list-article-assignments")),
    ...(await import("../../server/data/claims/create-claim")),
    ...(await import("../../server/data/claims/update-claim")),
    ...(await import("../../server/data/claims/split-claim")),
    ...(await import("../../server/data/claims/list-claim-suggestions")),
    ...(await import("../../server/data/ratings/rate-claim")),
    ...(await import("../../server/data/consensus/set-consensus-verdict")),
    ...(await import("../../server/data/evidence/add-evidence")),
    ...(await import("../../server/data/sources/search-sources")),
    ...(await import("../../server/data/revisions/import-revision")),
    ...(await import("../../server/data/revisions/get-revision-report")),
    ...(await import("../../server/data/audit/list-audit-events")),
  };
  Object.assign(actors, await createTestActors(db, [["reviewer", "reviewer"], ["editor", "editor"]] as const, "contract.example"));
});

afterAll(async () => {
  await db.$disconnect();
  removeSqliteDatabase(url);
});

const TEXT = "Coffee after 4 pm halves deep sleep in adults. Most adults drink coffee every day.\n\nYou should always stop drinking coffee at noon.";
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

describe("the routes' answers parse with the contract's output schemas", () => {
  it("article, claim, rating, consensus, evidence, assignment, revision and audit answers", async () => {
    const { reviewer, editor } = actors;
    const article = await ops.createArticle(reviewer, apiContract.createArticle.body.parse({ title: "Coffee", content: TEXT }));
    expect(apiContract.createArticle.output.parse({ slug: article.slug, id: article.id })).toEqual({ slug: article.slug, id: article.id });
    const slug = article.slug;

    const updatedArticle = await ops.updateArticle(editor, slug, apiContract.updateArticle.body.parse({ summary: "Mostly overstated." }));
    expect(apiContract.updateArticle.output.parse({ slug, title: updatedArticle.title, author: updatedArticle.author, summary: updatedArticle.summary }).summary).toBe("Mostly overstated.");

    const claim = apiContract.createClaim.output.parse(await ops.createClaim(reviewer, slug, apiContract.createClaim.body.parse({ start: 0, end: 46 })));
    expect(claim.createdAt).toMatch(ISO);
    expect(claim.exact).toBe("Coffee after 4 pm halves deep sleep in adults.");

    const updated = apiContract.updateClaim.output.parse(
      await ops.updateClaim(reviewer, claim.id, apiContract.updateClaim.body.parse({ version: claim.version, restatement: "Late coffee halves deep sleep." })),
    );
    expect(updated.version).toBe(claim.version + 1);

    const rated = apiContract.rateClaim.output.parse(
      await ops.rateClaim(reviewer, claim.id, apiContract.rateClaim.body.parse({ version: updated.version, verdict: "mostly_supported" })),
    );
    expect(rated.rating.verdict).toBe("mostly_supported");
    expect(rated.rating.updatedAt).toMatch(ISO);

    const consensusClaim = await ops.setConsensusVerdict(editor, claim.id, apiContract.setConsensus.body.parse({ version: rated.claim.version, verdict: "mixed" }));
    expect(apiContract.setConsensus.output.parse({ id: consensusClaim.id, verdict: consensusClaim.verdict, version: consensusClaim.version }).verdict).toBe("mixed");

    const evidence = apiContract.addEvidence.output.parse(
      await ops.addEvidence(
        reviewer,
        claim.id,
        apiContract.addEvidence.body.parse({
          source: { title: "Caffeine and sleep", authors: ["Drake C"], year: 2013, doi: "10.5664/jcsm.3170" },
          finding: "400 mg six hours before bed cut sleep by an hour.",
          stance: "partially_supports",
          studyDesign: "randomized_trial",
        }),
      ),
    );
    expect(evidence.stance).toBe("partially_supports");
    expect(apiContract.searchSources.output.parse({ sources: await ops.searchSources(reviewer, apiContract.searchSources.query.parse({ q: "caffeine" })) }).sources).toHaveLength(1);

    const second = apiContract.createClaim.output.parse(await ops.createClaim(reviewer, slug, apiContract.createClaim.body.parse({ start: 47, end: 82 })));
    const split = apiContract.splitClaim.output.parse(await ops.splitClaim(reviewer, second.id, apiContract.splitClaim.body.parse({ version: second.version, at: 58 })));
    expect(split.second.start).toBeGreaterThan(split.first.start);

    expect(apiContract.listClaimSuggestions.output.parse({ suggestions: await ops.listClaimSuggestions(reviewer, slug) }).suggestions.length).toBeGreaterThan(0);

    const assigned = await ops.assignReviewer(editor, slug, apiContract.assignReviewer.body.parse({ email: reviewer.email }));
    expect(apiContract.assignReviewer.output.parse(assigned).user.role).toBe("reviewer");
    expect(apiContract.listAssignments.output.parse(await ops.listArticleAssignments(editor, slug)).assigned.map((person) => person.email)).toEqual([reviewer.email]);

    const moved = await ops.changeArticleStatus(reviewer, slug, "in_review");
    expect(apiContract.changeArticleStatus.output.parse({ slug: moved.slug, status: moved.status }).status).toBe("in_review");

    const document = apiContract.getReviewDocument.output.parse(await ops.getReviewDocument(reviewer, slug));
    expect(document.claims).toHaveLength(3);

    const summary = apiContract.importRevision.output.parse(
      await ops.importRevision(reviewer, slug, apiContract.importRevision.body.parse({ content: `${TEXT}\n\nA new closing line.`, baseRevision: 1 })),
    );
    expect(summary.revision).toBe(2);
    const report = apiContract.getRevisionReport.output.parse(await ops.getRevisionReport(reviewer, slug));
    expect(report.lastImport?.revision).toBe(2);

    const audit = apiContract.listAuditEvents.output.parse(await ops.listAuditEvents(editor, apiContract.listAuditEvents.query.parse({ article: slug })));
    expect(audit.events.length).toBeGreaterThan(5);
  });

  it("refuses an answer that does not match: a stored verdict outside the scale, a missing field", () => {
    const row = { id: "c1", verdict: "probably", version: 1 };
    expect(apiContract.setConsensus.output.safeParse(row).success).toBe(false);
    expect(apiContract.copyEvidence.output.safeParse({ copiedItems: 1 }).success).toBe(false);
  });
});
