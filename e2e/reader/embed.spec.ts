import type { APIRequestContext, Page } from "@playwright/test";
import { expect, test } from "../fixtures";
import { newsSitePage, singlePageApp, startHostServer, type ArticleBlocks } from "./support/host-pages";

/**
 * The overlay on publishers' pages: another origin (127.0.0.1 instead of localhost, served by
 * the test itself), other markup, other whitespace, hostile CSS. embed.js comes from the app.
 */
const json = (data: unknown) => ({ data, headers: { "Content-Type": "application/json" } });

interface ReviewJson {
  article: { title: string };
  revision: { text: string; blocks: Array<{ start: number; end: number }> };
  claims: Array<{ id: string; verdict: string | null; restatement: string; anchor: { orphaned: boolean } }>;
}

function articleBlocks(review: ReviewJson): ArticleBlocks {
  return { title: review.article.title, paragraphs: review.revision.blocks.map((b) => review.revision.text.slice(b.start, b.end)) };
}

let host: Awaited<ReturnType<typeof startHostServer>>;
test.beforeAll(async () => {
  host = await startHostServer();
});
test.afterAll(async () => {
  await host.stop();
});

/** Puts a page on the publisher's server; returns its address. */
function serveHost(path: string, html: string): string {
  host.pages.set(path, html);
  return `${host.origin}${path}`;
}

const placed = (page: Page) => page.evaluate(() => window.Claimcheck?.state.placed ?? []);
const notFound = (page: Page) => page.evaluate(() => window.Claimcheck?.state.notFound ?? []);

test.describe("the overlay embedded in a publisher's page", () => {
  test("places every claim of the demo review in a news-site copy, with its verdict; opens by keyboard; host CSS stays out", async ({ page, apiAs, baseURL }) => {
    const review = (await (await (await apiAs("anonymous")).get("/api/articles/reversing-calcification-vitamin-k2")).json()) as ReviewJson;
    const url = serveHost("/news-story", newsSitePage(articleBlocks(review), `<script src="${baseURL}/embed.js" data-review="reversing-calcification-vitamin-k2" async></script>`));
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(url);
    await expect(page.locator("html[data-claimcheck-ready]")).toBeAttached();
    const lookalikeBefore = await page.locator("#host-lookalike").evaluate((e) => getComputedStyle(e).backgroundColor);

    const located = review.claims.filter((c) => !c.anchor.orphaned);
    expect((await placed(page)).sort()).toEqual(located.map((c) => c.id).sort());
    expect(await notFound(page)).toEqual([]);
    for (const claim of located) {
      const first = page.locator(`mark[data-claimcheck-claim="${claim.id}"][role="button"]`);
      await expect(first, claim.id).toHaveCount(1);
      await expect(first).toHaveAttribute("data-verdict", claim.verdict ?? "unrated");
      await expect(first).toHaveAttribute("tabindex", "0");
      const { text, label } = await first.evaluate((m) => ({ text: (m.textContent ?? "").trim(), label: m.getAttribute("aria-label") ?? "" }));
      expect(label).toContain(text);
    }

    // By keyboard: Enter opens the claim's verdict and evidence, Escape closes and gives focus back.
    const highlight = page.locator('mark[data-claimcheck-claim="demo-claim-06"][role="button"]');
    await highlight.focus();
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog");
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole("heading", { level: 2 })).toBeVisible();
    await expect(dialog.getByRole("link", { name: "DOI: 10.1038/386078a0" })).toBeVisible();
    await expect(dialog).toContainText("Supported");

    // The host's `* { … !important }`, `dialog { display: none }` and look-alike class names do not reach the panel.
    const style = await page.locator("claimcheck-overlay").evaluate((host) => {
      const panel = host.shadowRoot!.querySelector(".claim-dialog")!;
      const heading = panel.querySelector("h2")!;
      const s = getComputedStyle(panel);
      const h = getComputedStyle(heading);
      return { display: s.display, border: s.borderTopWidth, background: s.backgroundColor, font: h.fontFamily, colour: h.color, size: h.fontSize };
    });
    expect(style.display).not.toBe("none");
    expect(style.border).toBe("0px");
    expect(style.background).toBe("rgb(255, 255, 255)");
    expect(style.font).not.toContain("Courier");
    expect(style.colour).not.toBe("rgb(120, 0, 120)");
    expect(style.size).not.toBe("40px");
    // ... and the panel's styles do not reach the host.
    expect(await page.locator("#host-lookalike").evaluate((e) => getComputedStyle(e).backgroundColor)).toBe(lookalikeBefore);

    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(highlight).toBeFocused();
    // No global but window.Claimcheck.
    expect(await page.evaluate(() => Object.keys(window).filter((k) => /claim/i.test(k)))).toEqual(["Claimcheck"]);
    expect(errors).toEqual([]);
  });

  test("finds the review by the page's canonical URL, places claims once a single-page app inserts the article, and lists what is not on the page", async ({ page, apiAs, baseURL }) => {
    const editor: APIRequestContext = await apiAs("editor");
    const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
    const sentences = [
      "Green tea cuts the risk of stroke by 40 percent in adults over 50.",
      "Oolong tea was first grown in the hills of Fujian, long ago.",
      "Black tea keeps its flavour for two years when stored dry.",
    ];
    const sourceUrl = `https://news.example/2026/tea-${stamp}`;
    const created = await editor.post("/api/articles", json({ title: `Tea facts ${stamp}`, sourceUrl, content: [`Tea facts ${stamp}`, ...sentences].join("\n\n") }));
    expect(created.status()).toBe(201);
    const { slug } = (await created.json()) as { slug: string };
    const text = ((await (await editor.get(`/api/articles/${slug}`)).json()) as ReviewJson).revision.text;
    const verdicts = ["supported", "contradicted", "mixed"];
    for (const [i, sentence] of sentences.entries()) {
      const start = text.indexOf(sentence);
      const made = (await (await editor.post(`/api/articles/${slug}/claims`, json({ start, end: start + sentence.length }))).json()) as { id: string; version: number };
      expect((await editor.patch(`/api/claims/${made.id}`, json({ version: made.version, restatement: `Claim ${i + 1}`, verdict: verdicts[i] }))).status()).toBe(200);
    }
    // Not published yet: the embed gets nothing.
    const anonymous = await apiAs("anonymous");
    expect((await anonymous.get(`/api/reviews/by-url?url=${encodeURIComponent(sourceUrl)}`)).status()).toBe(404);
    expect((await editor.post(`/api/articles/${slug}/status`, json({ status: "published", acknowledgeMissing: true }))).status()).toBe(200);
    const lookup = await anonymous.get(`/api/reviews/by-url?url=${encodeURIComponent(`${sourceUrl}/#comments`)}`);
    expect(lookup.status()).toBe(200);
    expect(lookup.headers()["access-control-allow-origin"]).toBe("*");
    expect(lookup.headers()["cache-control"]).toContain("public");
    expect((await anonymous.get("/api/reviews/by-url?url=javascript:alert(1)")).status()).toBe(400);

    // The app shows only the first two sentences; the third claim is listed as not found.
    const url = serveHost("/app", singlePageApp({ title: `Tea facts ${stamp}`, paragraphs: sentences.slice(0, 2) }, `<script src="${baseURL}/embed.js" async></script>`, sourceUrl));
    await page.goto(url);
    await expect.poll(async () => (await placed(page)).length).toBe(2);
    expect(await notFound(page)).toHaveLength(1);
    const marks = page.locator("mark[data-claimcheck-claim][role=button]");
    expect(await marks.evaluateAll((all) => all.map((m) => m.getAttribute("data-verdict")))).toEqual(["supported", "contradicted"]);

    const launcher = page.getByRole("button", { name: /Claimcheck: 2 claims highlighted, 1 not found on this page/ });
    await launcher.click();
    const dialog = page.getByRole("dialog");
    await expect(dialog.getByRole("heading", { name: "Not found on this page (1)" })).toBeVisible();
    await expect(dialog.getByRole("list", { name: /Not found on this page/ })).toContainText("Claim 3");
    await page.keyboard.press("Escape");
    await expect(launcher).toBeFocused();
  });

  test("the reader page's share menu offers the overlay as a bookmarklet", async ({ page }) => {
    await page.goto("/articles/reversing-calcification-vitamin-k2");
    await page.getByText("Share", { exact: true }).click();
    const bookmarklet = page.getByRole("textbox", { name: /Claimcheck overlay bookmarklet/ });
    await expect(bookmarklet).toBeVisible();
    const href = await bookmarklet.inputValue();
    expect(href).toMatch(/^javascript:/);
    expect(decodeURIComponent(href!)).toContain("/embed.js");
    expect(decodeURIComponent(href!)).toContain("reversing-calcification-vitamin-k2");
  });
});
