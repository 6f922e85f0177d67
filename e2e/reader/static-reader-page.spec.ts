import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, test, wcagViolations } from "../fixtures";
import { DEMO_ARTICLE_PATH } from "../support/accounts";

const json = (data: unknown) => ({ data, headers: { "Content-Type": "application/json" } });

/** Console errors and uncaught page errors, collected from the first request on. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => errors.push(`page: ${error.message}`));
  return errors;
}

/** axe's WCAG rules plus label-content-name-mismatch (experimental in axe, so off unless asked for). */
async function accessibilityViolations(page: Page) {
  const named = await new AxeBuilder({ page }).withRules(["label-content-name-mismatch"]).analyze();
  return [...(await wcagViolations(page)), ...named.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(" ")).slice(0, 5) }))];
}

function filesUnder(dir: string): number {
  let count = 0;
  try {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      count += statSync(path).isDirectory() ? filesUnder(path) : 1;
    }
  } catch {
    return 0;
  }
  return count;
}

async function publishSmallReview(editor: APIRequestContext) {
  const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const sentence = "Green tea cuts the risk of stroke by 40 percent in adults over 50.";
  const created = await editor.post(
    "/api/articles",
    json({ title: `Static page ${stamp}`, author: "Ada Writer", sourceUrl: `https://news.example/tea-${stamp}`, publishedAt: "2026-11-02", content: `Tea (${stamp})\n\n${sentence} Many readers enjoy it.` }),
  );
  expect(created.status()).toBe(201);
  const { slug } = (await created.json()) as { slug: string };
  const review = (await (await editor.get(`/api/articles/${slug}`)).json()) as { revision: { text: string } };
  const start = review.revision.text.indexOf(sentence);
  const made = (await (await editor.post(`/api/articles/${slug}/claims`, json({ start, end: start + sentence.length }))).json()) as { id: string; version: number };
  const rated = await editor.patch(`/api/claims/${made.id}`, json({ version: made.version, restatement: "Tea lowers stroke risk by 40%", verdict: "mostly_supported" }));
  expect(rated.status()).toBe(200);
  expect((await editor.post(`/api/articles/${slug}/status`, json({ status: "published", acknowledgeMissing: true }))).status()).toBe(200);
  return { slug, claimId: made.id, version: ((await rated.json()) as { version: number }).version };
}

test.describe("the reader page as static HTML", () => {
  for (const width of [1280, 375]) {
    test(`no console or page error and axe clean (label in name included) at ${width} px, on load and with claims open`, async ({ page }) => {
      const errors = watchErrors(page);
      await page.setViewportSize({ width, height: 900 });
      await page.goto(DEMO_ARTICLE_PATH);
      await page.locator(".reader[data-ready]").waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      for (const id of ["demo-claim-03", "demo-claim-06"]) {
        await page.locator(`#claim-${id}`).click();
        await expect(page.getByRole("dialog").locator('.claim-detail[aria-busy="false"]')).toBeVisible();
        expect(await accessibilityViolations(page)).toEqual([]);
        await page.keyboard.press("Escape");
        await expect(page.getByRole("dialog")).toBeHidden();
      }
      expect(errors).toEqual([]);
    });
  }

  test("every highlight's accessible name contains its visible text, and carries the claim id and verdict", async ({ page }) => {
    await page.goto(DEMO_ARTICLE_PATH);
    const highlights = await page.locator('mark[role="button"]').evaluateAll((marks) =>
      marks.map((m) => ({ text: (m.textContent ?? "").trim(), label: m.getAttribute("aria-label") ?? "", claim: m.getAttribute("data-claimcheck-claim"), verdict: m.getAttribute("data-verdict"), tab: m.tabIndex })),
    );
    expect(highlights.length).toBeGreaterThanOrEqual(12);
    for (const highlight of highlights) {
      expect(highlight.label).toContain(highlight.text);
      expect(highlight.claim).toBeTruthy();
      expect(highlight.verdict).toBeTruthy();
      expect(highlight.tab).toBe(0);
    }
  });

  test("works with JavaScript off: the article, its highlights and the claim list are in the HTML", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(DEMO_ARTICLE_PATH);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("vitamin K2");
    await expect(page.locator("article.article-text")).toContainText("Vitamin K2 is the only known substance");
    // Highlights are coloured text (id and verdict); the overlay makes them buttons.
    const verdicts = await page.locator("article mark[data-verdict]").evaluateAll((marks) => [...new Set(marks.map((m) => m.getAttribute("data-verdict")))].sort());
    expect(verdicts).toEqual(["contradicted", "mixed", "mostly_supported", "not_checkable", "supported", "unsupported"]);
    await expect(page.getByRole("navigation", { name: "Claims in this article" }).getByRole("listitem")).toHaveCount(14);
    await expect(page.getByRole("region", { name: "Scorecard" })).toContainText("14 claims reviewed");
    await context.close();
  });

  test("the policy allows no inline script, and one injected into the page does not run", async ({ page }) => {
    const response = await page.request.get(DEMO_ARTICLE_PATH);
    const scriptSrc = (response.headers()["content-security-policy"] ?? "").split(";").find((d) => d.trim().startsWith("script-src"))?.trim();
    expect(scriptSrc).toBe("script-src 'self'");
    const html = await response.text();
    // The page itself has no inline script to allow: only external files and data blocks.
    const inline = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1] ?? "").filter((attributes) => !/\bsrc=/.test(attributes) && !/type="application\/(ld\+)?json"/.test(attributes));
    expect(inline).toEqual([]);
    expect(html.match(/"@type":"ClaimReview"/g)?.length, "the ClaimReview JSON-LD once per rated claim, not twice").toBe(13);

    // An attacker's script in the served HTML (say, through a stored injection) is refused.
    await page.route(`**${DEMO_ARTICLE_PATH}`, async (route) => {
      const original = await route.fetch();
      const body = (await original.text()).replace("<main id=\"main\">", '<main id="main"><script>window.__injected = true</script><img src="x" onerror="window.__injected = true">');
      await route.fulfill({ response: original, body });
    });
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await page.goto(DEMO_ARTICLE_PATH);
    await page.locator(".reader[data-ready]").waitFor();
    expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
    expect(violations.length).toBeGreaterThan(0);
  });

  test("is served compressed, from memory, and changes as soon as the review changes", async ({ apiAs, page }) => {
    const editor = await apiAs("editor");
    const { slug, claimId, version } = await publishSmallReview(editor);
    const anonymous = await apiAs("anonymous");
    // The first request renders the page (Next's route handler, Next gzips); later ones are
    // answered by npm start's server from the cache, with bytes compressed once.
    const first = await anonymous.get(`/articles/${slug}`, { headers: { "Accept-Encoding": "gzip" } });
    expect(first.headers()["content-encoding"]).toBe("gzip");
    const html = await first.text();
    expect(html, "gzip, decoded to the page").toContain("<!DOCTYPE html>");
    const plain = await anonymous.get(`/articles/${slug}`, { headers: { "Accept-Encoding": "identity" } });
    expect(plain.headers()["etag"]).toBe(first.headers()["etag"]);
    expect(plain.headers()["content-encoding"]).toBeUndefined();
    expect(plain.headers()["content-length"]).toBe(String(Buffer.byteLength(html)));
    expect(await plain.text()).toBe(html);
    for (const encoding of ["br", "gzip"]) {
      const cached = await anonymous.get(`/articles/${slug}`, { headers: { "Accept-Encoding": encoding } });
      expect(cached.headers()["content-encoding"]).toBe(encoding);
      expect(cached.headers()["etag"], "an ETag per encoding").toBe(`${first.headers()["etag"]!.slice(0, -1)}-${encoding}"`);
      expect(await cached.text()).toBe(html);
      for (const name of ["content-security-policy", "x-frame-options", "x-content-type-options", "referrer-policy", "cross-origin-opener-policy", "permissions-policy", "cache-control", "content-type"]) {
        expect(cached.headers()[name], `${name}: the same from the cache as from the route handler`).toBe(first.headers()[name]);
      }
      const revalidated = await anonymous.get(`/articles/${slug}`, { headers: { "Accept-Encoding": encoding, "If-None-Match": cached.headers()["etag"]! } });
      expect(revalidated.status()).toBe(304);
    }

    await page.goto(`/articles/${slug}`);
    await expect(page.locator(`mark[data-claimcheck-claim="${claimId}"]`).first()).toHaveAttribute("data-verdict", "mostly_supported");
    // Author, source and date of the original, under the title.
    await expect(page.locator(".byline")).toContainText("By Ada Writer");
    await expect(page.locator(".byline")).toContainText("2 November 2026");
    await expect(page.locator(".byline").getByRole("link", { name: /Original article/ })).toHaveAttribute("href", /^https:\/\/news\.example\/tea-/);

    expect((await editor.patch(`/api/claims/${claimId}`, json({ version, verdict: "contradicted" }))).status()).toBe(200);
    await page.reload();
    await expect(page.locator(`mark[data-claimcheck-claim="${claimId}"]`).first()).toHaveAttribute("data-verdict", "contradicted");
    const after = await anonymous.get(`/articles/${slug}`, { headers: { "If-None-Match": first.headers()["etag"]! } });
    expect(after.status(), "the old ETag no longer matches").toBe(200);

    // Unpublished: gone from the public page at once.
    expect((await editor.post(`/api/articles/${slug}/status`, json({ status: "in_review" }))).status()).toBe(200);
    expect((await anonymous.get(`/articles/${slug}`)).status()).toBe(404);
  });

  test("unknown and malformed slugs get a 404 that writes nothing to disk (issue 16, item 3)", async ({ apiAs }) => {
    const anonymous = await apiAs("anonymous");
    const cacheDir = join(process.env.NEXT_DIST_DIR ?? ".next", "server", "app", "articles");
    const before = filesUnder(cacheDir);
    const slugs = [
      ...Array.from({ length: 20 }, (_, i) => `no-such-review-${Date.now().toString(36)}-${i}`),
      "x".repeat(5000),
      "a%2F..%2Fb",
      "bad slug with spaces",
    ];
    for (const slug of slugs) {
      const response = await anonymous.get(`/articles/${slug}`);
      expect(response.status(), slug.slice(0, 40)).toBe(404);
      expect(response.headers()["cache-control"]).toBe("no-store");
      expect(await response.text()).toContain("Review not found");
    }
    expect(filesUnder(cacheDir)).toBe(before);
  });

  test("on a phone the first screen shows the one-line verdict summary and the article's first paragraph; the demo names its source and date", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 667 });
    await page.goto(DEMO_ARTICLE_PATH);
    await page.locator(".reader[data-ready]").waitFor();
    const summary = (await page.locator(".scorecard-oneline").boundingBox())!;
    const lineHeight = await page.locator(".scorecard-oneline").evaluate((element) => parseFloat(getComputedStyle(element).lineHeight));
    expect(summary.height, "the verdict summary fits one line").toBeLessThanOrEqual(lineHeight * 1.2);
    expect(summary.y + summary.height).toBeLessThanOrEqual(667);
    const firstParagraph = (await page.locator("article.article-text p").first().boundingBox())!;
    expect(firstParagraph.y + Math.min(firstParagraph.height, 60), "the first paragraph starts on the first screen, with room for its first lines").toBeLessThanOrEqual(667);
    const byline = page.locator(".byline");
    await expect(byline.getByRole("link", { name: /Original article/ })).toHaveAttribute("href", "https://healthfully.net/2018/03/17/reversing-calcification-and-the-miracle-of-vitamin-k2/");
    await expect(byline).toContainText("Published 17 March 2018");
    await expect(byline).toContainText("By Guillaume");
  });

  test("favicon.ico is served", async ({ apiAs }) => {
    const response = await (await apiAs("anonymous")).get("/favicon.ico");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toMatch(/image\//);
  });
});
