import { afterAll, beforeAll, expect, it } from "vitest";
import { callRoute, startRouteServer, type RouteServer } from "./support/route-server";
import { createWorld } from "./support/route-world";

/**
 * GET /api/audit: who, when, what, before and after; filtered by article, user and action;
 * paged; editors only. (The /audit page itself is driven in a browser by
 * e2e/security/audit-log.spec.ts.)
 */

let server: RouteServer;
beforeAll(async () => {
  server = await startRouteServer("audit");
});
afterAll(() => server?.close());

interface AuditPage {
  events: { id: string; action: string; actor: { email: string }; before: unknown; after: unknown; createdAt: string }[];
  pageSize: number;
  pageCount: number;
}

it("records a change with its before and after values, filters by article, user and action, and pages", async () => {
  const reviewer = await server.as("reviewer");
  const world = await createWorld(reviewer, "Audit trail");
  const renamed = `Audited title ${Date.now()}`;
  expect((await callRoute(reviewer, "PATCH", `/api/articles/${world.slug}`, { json: { title: renamed } })).status).toBe(200);

  const editor = await server.as("editor");
  const audit = async (query: string) => (await (await callRoute(editor, "GET", `/api/audit${query}`)).json()) as AuditPage;
  const log = await audit(`?article=${world.slug}`);
  expect(log.events.map((e) => e.action)).toEqual(expect.arrayContaining(["article.create", "claim.create", "evidence.create"]));
  const update = log.events.find((e) => e.action === "article.update")!;
  expect(update.actor.email).toBe("reviewer@demo.claimcheck.test");
  expect(JSON.stringify(update.after)).toContain(renamed);
  expect(update.before).not.toBeNull();
  expect(Date.now() - Date.parse(update.createdAt)).toBeLessThan(5 * 60_000);

  const byUser = await audit(`?user=reviewer@demo.claimcheck.test&action=evidence.create`);
  expect(byUser.events.length).toBeGreaterThan(0);
  expect(byUser.events.every((e) => e.action === "evidence.create" && e.actor.email === "reviewer@demo.claimcheck.test")).toBe(true);

  // More than one page: 60 changes.
  for (let i = 0; i < 60; i++) expect((await callRoute(reviewer, "PATCH", `/api/articles/${world.slug}`, { json: { title: `${renamed} ${i}` } })).status).toBe(200);
  const all = await audit("");
  expect(all.pageSize).toBe(50);
  expect(all.pageCount).toBeGreaterThan(1);
  const second = await audit("?page=2");
  expect(second.events[0]!.id).not.toBe(all.events[0]!.id);
  expect(second.events.some((event) => all.events.some((first) => first.id === event.id))).toBe(false);

  expect((await callRoute(reviewer, "GET", "/api/audit")).status).toBe(403);
  expect((await callRoute(await server.as("anonymous"), "GET", "/api/audit")).status).toBe(401);
});
