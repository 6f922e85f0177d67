import { expect, test, wcagViolations } from "../fixtures";
import { createWorld, json } from "./api-world";

/** Editors browse the audit log: who, when, what, before and after; filtered by article, user and action; paged. */

test.describe("the audit log", () => {
  test("records a change with its before and after values, filters by article, user and action, and pages", async ({ apiAs, pageAs }) => {
    const reviewer = await apiAs("reviewer");
    const world = await createWorld(reviewer, "Audit trail");
    const renamed = `Audited title ${Date.now()}`;
    expect((await reviewer.patch(`/api/articles/${world.slug}`, json({ title: renamed }))).status()).toBe(200);

    const editor = await apiAs("editor");
    const log = await (await editor.get(`/api/audit?article=${world.slug}`)).json();
    const actions = log.events.map((e: { action: string }) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["article.create", "claim.create", "evidence.create"]));
    const update = log.events.find((e: { action: string }) => e.action === "article.update");
    expect(update.actor.email).toBe("reviewer@demo.claimcheck.test");
    expect(JSON.stringify(update.after)).toContain(renamed);
    expect(update.before).not.toBeNull();
    expect(Date.now() - Date.parse(update.createdAt)).toBeLessThan(5 * 60_000);

    const byUser = await (await editor.get(`/api/audit?user=reviewer@demo.claimcheck.test&action=evidence.create`)).json();
    expect(byUser.events.length).toBeGreaterThan(0);
    expect(byUser.events.every((e: { action: string; actor: { email: string } }) => e.action === "evidence.create" && e.actor.email === "reviewer@demo.claimcheck.test")).toBe(true);
    const all = await (await editor.get("/api/audit")).json();
    expect(all.pageSize).toBe(50);
    if (all.pageCount > 1) expect((await (await editor.get("/api/audit?page=2")).json()).events[0].id).not.toBe(all.events[0].id);

    expect((await (await apiAs("reviewer")).get("/api/audit")).status()).toBe(403);
    expect((await (await apiAs("anonymous")).get("/api/audit")).status()).toBe(401);

    const page = await pageAs("editor");
    await page.goto("/audit");
    await page.getByLabel("Article (slug)").fill(world.slug);
    await page.getByLabel("Action").selectOption("article.update");
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(new RegExp(`article=${world.slug}`));
    await expect(page.getByRole("cell", { name: /Ravi Reviewer/ })).toBeVisible();
    await page.getByText("Before and after").first().click();
    await expect(page.getByText(renamed).first()).toBeVisible();
    expect(await wcagViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 375, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
  });
});
