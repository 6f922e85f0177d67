import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "../../server/authz";
import { removeSqliteDatabase, useFreshSqliteDatabase } from "../support/test-database";
import { startLocalServer } from "./local-server";
import { createTestActors } from "../support/test-actors";

let url: string;
let db: typeof import("../../server/db").db;
let importArticleFromUrl: typeof import("../../server/import/import-article-from-url").importArticleFromUrl;
let server: Awaited<ReturnType<typeof startLocalServer>>;
const hits: string[] = [];
let actors: Record<"reader" | "reviewer", Actor>;

beforeAll(async () => {
  url = await useFreshSqliteDatabase("workspace-url-import");
  ({ db } = await import("../../server/db"));
  ({ importArticleFromUrl } = await import("../../server/import/import-article-from-url"));
  actors = await createTestActors(db, [["reader", "reader"], ["reviewer", "reviewer"]]);
  server = await startLocalServer((request, response) => {
    hits.push(request.url ?? "");
    response
      .writeHead(200, { "Content-Type": "text/html; charset=utf-8" })
      .end(
        `<html><head><title>Ignored site title</title><meta property="og:title" content="Vitamin K2 and bones"><meta name="author" content="Jane Doe"><meta property="article:published_time" content="2021-03-04T10:00:00Z"></head><body><nav>Home | About</nav><article><h1>Vitamin K2 and bones</h1><p>K2 is the only vitamin that moves calcium.</p><script>alert(1)</script></article></body></html>`,
      );
  });
  process.env.CLAIMCHECK_URL_IMPORT_ALLOW_HOSTS = server.host;
});

afterAll(async () => {
  delete process.env.CLAIMCHECK_URL_IMPORT_ALLOW_HOSTS;
  await server.close();
  await db.$disconnect();
  removeSqliteDatabase(url);
});

describe("importArticleFromUrl", () => {
  it("refuses readers before fetching anything", async () => {
    await expect(importArticleFromUrl(actors.reader, { url: `${server.origin}/a` })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(importArticleFromUrl(null, { url: `${server.origin}/a` })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    expect(hits).toEqual([]);
  });

  it("imports the page with its metadata and without page furniture or scripts", async () => {
    const article = await importArticleFromUrl(actors.reviewer, { url: `${server.origin}/k2` });
    const stored = await db.article.findUniqueOrThrow({ where: { id: article.id }, include: { revisions: true } });
    expect(stored.title).toBe("Vitamin K2 and bones");
    expect(stored.author).toBe("Jane Doe");
    expect(stored.publishedAt?.toISOString().slice(0, 10)).toBe("2021-03-04");
    expect(stored.sourceUrl).toBe(`${server.origin}/k2`);
    expect(stored.revisions[0]!.text).toContain("K2 is the only vitamin that moves calcium.");
    expect(stored.revisions[0]!.text).not.toMatch(/alert|Home \| About/);
  });
});
