import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { APIRequestContext, Page } from "@playwright/test";
import { expect, test } from "../fixtures";
import { json } from "./api-world";
import { fromMarkdown } from "mdast-util-from-markdown";
import { chunksOf, XSS_PAYLOADS } from "./xss-payloads";
import { domXssFindings, watchForXss } from "./xss-watch";

/**
 * Every payload of the corpus goes through every user text field (article title, author and
 * content as text, Markdown and HTML; claim restatement and rationale; rating rationale;
 * evidence finding, note and locator; source title, authors and URL; editor summary; a JSON
 * import of the whole review), then the reader page, the reviewer page, the audit log and the
 * HTML, Markdown and PDF exports are opened: no dialog, no console sign, no window.__xss, no
 * event-handler attribute and no javascript:/vbscript:/data: URL may appear. Fields shorter
 * than the corpus get it in consecutive chunks over several claims, evidence items and articles.
 */

const payloads = XSS_PAYLOADS;

async function ok<T>(response: Awaited<ReturnType<APIRequestContext["get"]>>, what: string): Promise<T> {
  expect(response.status(), `${what}: ${(await response.text()).slice(0, 300)}`).toBeLessThan(300);
  return (await response.json()) as T;
}

/** What a Markdown renderer would pass through as HTML, or follow as a script URL. */
function markdownHazards(markdown: string): string[] {
  const hazards: string[] = [];
  const visit = (node: { type: string; value?: string; url?: string; children?: unknown[] }) => {
    if (node.type === "html") hazards.push(`raw HTML: ${node.value?.slice(0, 80)}`);
    const followed = Array.from(node.url ?? "").filter((ch) => ch.charCodeAt(0) > 0x20 && !"\u00ad\u200b\u200c\u200d\u200e\u200f\ufeff".includes(ch)).join("");
    if (node.url !== undefined && /^(javascript|vbscript|data):/i.test(followed)) hazards.push(`${node.type} to ${node.url.slice(0, 80)}`);
    for (const child of node.children ?? []) visit(child as typeof node);
  };
  visit(fromMarkdown(markdown));
  return hazards;
}

async function expectHarmless(page: Page, signs: string[], where: string) {
  expect(await domXssFindings(page), `${where}: hostile markup in the DOM`).toEqual([]);
  expect(signs, `${where}: a payload ran`).toEqual([]);
}

test.describe("hostile input is harmless everywhere it is shown", () => {
  test.setTimeout(180_000);

  test(`${payloads.length} XSS payloads through every text field, rendered on every page and export`, async ({ apiAs, pageAs, browser }) => {
    expect(payloads.length).toBeGreaterThanOrEqual(100);
    const editor = await apiAs("editor");
    const stamp = Date.now().toString(36);
    const titles = chunksOf(payloads, 300, " ");
    const authors = chunksOf(payloads, 200, " ");

    // The main article: every payload as a paragraph of plain text, each after a claimable sentence.
    const sentences = payloads.map((_, i) => `Claim sentence ${i} says that tea cures colds.`);
    const content = payloads.map((payload, i) => `${sentences[i]}\n\n${payload}`).join("\n\n");
    const main = await ok<{ slug: string }>(await editor.post("/api/articles", json({ title: titles[0], author: authors[0], content, format: "text" })), "create the text article");
    const review = await ok<{ revision: { text: string } }>(await editor.get(`/api/articles/${main.slug}`), "load the article");
    const restatements = chunksOf(payloads, 1000);
    const claimInputs = restatements.map((restatement, i) => {
      const start = review.revision.text.indexOf(sentences[i] ?? "");
      expect(start, `sentence ${i} in the imported text`).toBeGreaterThanOrEqual(0);
      return { start, end: start + (sentences[i] ?? "").length, restatement };
    });
    const { claims } = await ok<{ claims: { id: string; version: number }[] }>(await editor.post(`/api/articles/${main.slug}/claims/bulk`, json({ claims: claimInputs })), "create the claims");
    const all = payloads.join("\n\n");
    for (const [i, claim] of claims.entries()) {
      await ok(await editor.patch(`/api/claims/${claim.id}`, json({ version: claim.version, rationale: i === 0 ? all : (restatements[i] ?? "") })), `rationale of claim ${i}`);
    }
    await ok(await editor.put(`/api/claims/${claims[0]?.id}/rating`, json({ version: (claims[0]?.version ?? 0) + 1, verdict: "unsupported", confidence: 3, rationale: all })), "rating rationale");

    // Evidence: findings, notes, locators, source titles, authors and URLs.
    const findings = chunksOf(payloads, 10_000);
    const notes = chunksOf(payloads, 5000);
    const locators = chunksOf(payloads, 200, " ");
    const sourceTitles = chunksOf(payloads, 1000, " ");
    const authorLists = [payloads.slice(0, 100), payloads.slice(100)].filter((list) => list.length > 0).map((list) => list.map((p) => p.slice(0, 200)));
    const urlPayloads = payloads.filter((p) => /^https?:\/\//.test(p));
    const items = Math.max(findings.length, notes.length, locators.length, sourceTitles.length, authorLists.length, urlPayloads.length);
    for (let i = 0; i < items; i++) {
      const source = { title: sourceTitles[i] ?? `Plain source ${i} ${stamp}`, authors: authorLists[i] ?? [], url: urlPayloads[i] ?? null };
      await ok(
        await editor.post(`/api/claims/${claims[i % claims.length]?.id}/evidence`, json({ finding: findings[i] ?? "A plain finding.", note: notes[i] ?? null, locator: locators[i] ?? null, stance: "contradicts", studyDesign: "cohort", source })),
        `evidence item ${i}`,
      );
    }
    // Script-capable URLs are refused at the door.
    for (const url of ["javascript:window.__xss=1", "data:text/html,<script>window.__xss=1</script>", "vbscript:msgbox(1)", " JaVaScRiPt:alert(1)"]) {
      const refused = await editor.post(`/api/claims/${claims[0]?.id}/evidence`, json({ finding: "x", stance: "supports", studyDesign: "cohort", source: { title: "Bad URL", url } }));
      expect(refused.status(), `source URL ${url}`).toBe(422);
    }
    await ok(await editor.patch(`/api/articles/${main.slug}`, json({ summary: chunksOf(payloads, 4000)[0] })), "editor summary");
    await ok(await editor.post(`/api/articles/${main.slug}/status`, json({ status: "published", acknowledgeMissing: true })), "publish");

    // The same corpus as Markdown and as HTML articles, and the rest of the titles and authors.
    const published: string[] = [main.slug];
    for (const format of ["markdown", "html"] as const) {
      const body = format === "html" ? payloads.map((p) => `<p>Claim sentence about tea.</p>\n${p}`).join("\n") : payloads.map((p) => `Claim sentence about tea.\n\n${p}`).join("\n\n");
      const created = await ok<{ slug: string }>(await editor.post("/api/articles", json({ title: titles[1], author: authors[1], content: body, format })), `create the ${format} article`);
      await ok(await editor.patch(`/api/articles/${created.slug}`, json({ summary: chunksOf(payloads, 4000)[1] ?? "" })), `${format} summary`);
      await ok(await editor.post(`/api/articles/${created.slug}/status`, json({ status: "published", acknowledgeMissing: true })), `publish ${format}`);
      published.push(created.slug);
    }
    for (let i = 2; i < Math.max(titles.length, authors.length); i++) {
      const created = await ok<{ slug: string }>(await editor.post("/api/articles", json({ title: titles[i] ?? `Plain ${i}`, author: authors[i] ?? null, content: `Tea is warm (${stamp}, ${i}).` })), `title article ${i}`);
      await ok(await editor.post(`/api/articles/${created.slug}/status`, json({ status: "published", acknowledgeMissing: true })), `publish title article ${i}`);
      if (i === 2) published.push(created.slug);
    }

    // The whole review through the JSON import.
    // The file keeps its ids, so the copy gets new claim, evidence and rating ids to live beside the original.
    type Exported = { article: { slug: string; title: string; author: string | null; summary: string }; claims: { id: string; evidence?: { id: string }[]; ratings?: { id: string }[] }[] };
    const exported = await ok<Exported>(await editor.get(`/api/articles/${main.slug}/export?format=json`), "JSON export");
    exported.article.slug = `${main.slug}-imported`;
    exported.article.title = titles[3] ?? "Imported";
    exported.article.author = authors[3] ?? null;
    exported.article.summary = chunksOf(payloads, 4000)[1] ?? "";
    let file = JSON.stringify(exported);
    for (const claim of exported.claims) for (const id of [claim.id, ...(claim.evidence ?? []).map((e) => e.id), ...(claim.ratings ?? []).map((r) => r.id)]) file = file.split(`"${id}"`).join(`"${id}-imported"`);
    const imported = await ok<{ slug: string }>(await editor.post("/api/import", { data: file, headers: { "Content-Type": "application/json" } }), "JSON import");
    published.push(imported.slug);

    // Reader pages (signed out), with claims opened so rationales and evidence are shown.
    const reader = await browser.newPage();
    const readerSigns = watchForXss(reader);
    await reader.goto("/");
    await expect(reader.getByRole("heading", { name: "Published reviews" })).toBeVisible();
    await expectHarmless(reader, readerSigns, "home page");
    for (const slug of published) {
      await reader.goto(`/articles/${slug}`);
      await expect(reader.locator("main")).toBeVisible();
      await expectHarmless(reader, readerSigns, `/articles/${slug}`);
    }
    for (const claim of claims) {
      await reader.goto(`/articles/${main.slug}#claim-${claim.id}`);
      await expect(reader.getByRole("dialog")).toBeVisible();
      // The rationale and evidence are fetched when a claim opens: check once they are shown.
      await expect(reader.getByRole("dialog").locator('.claim-detail[aria-busy="false"]')).toBeVisible();
      await expectHarmless(reader, readerSigns, `/articles/${main.slug} with claim ${claim.id} open`);
    }
    await reader.close();

    // The reviewer workspace and the audit log (before/after values of every change).
    const workspace = await pageAs("editor");
    const workspaceSigns = watchForXss(workspace);
    await workspace.goto(`/review/${main.slug}`);
    await expect(workspace.locator("main")).toBeVisible();
    // Claims are drawn with the CSS Custom Highlight API (no <mark> elements): open one from the claim list.
    await workspace.locator(".workspace-claims .claim-list-item").first().click();
    await expectHarmless(workspace, workspaceSigns, `/review/${main.slug}`);
    await workspace.goto(`/audit?article=${encodeURIComponent(main.slug)}`);
    await expect(workspace.getByRole("heading", { name: "Audit log" })).toBeVisible();
    for (const details of await workspace.locator("details").all()) await details.evaluate((el) => el.setAttribute("open", ""));
    await expectHarmless(workspace, workspaceSigns, "/audit");

    // Exports: the HTML export opened as a page with no CSP at all, so only its escaping protects it.
    const html = await editor.get(`/api/articles/${main.slug}/export?format=html`);
    expect(html.status()).toBe(200);
    const exportPage = await browser.newPage();
    const exportSigns = watchForXss(exportPage);
    // Its own Content-Security-Policy meta is taken out first: the escaping alone must hold.
    const exportedHtml = await html.text();
    const withoutPolicy = exportedHtml.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/i, "");
    await exportPage.setContent(withoutPolicy, { waitUntil: "load" });
    await expectHarmless(exportPage, exportSigns, "HTML export");
    await exportPage.close();

    // The Markdown export, parsed as a CommonMark renderer parses it: no raw HTML node, no script-capable link target.
    const markdown = await (await editor.get(`/api/articles/${main.slug}/export?format=markdown`)).text();
    expect(markdown, "the payloads are in the export, as text").toContain("xss");
    expect(markdownHazards(markdown), "hostile Markdown in the export").toEqual([]);

    // The PDF export: no JavaScript or launch actions, no script-capable link targets.
    const pdf = Buffer.from(await (await editor.get(`/api/articles/${main.slug}/export?format=pdf`)).body());
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const raw = pdf.toString("latin1");
    expect(raw).not.toMatch(/\/(JavaScript|JS|Launch|SubmitForm|ImportData)\b/);
    expect(raw).not.toMatch(/\/URI\s*\(\s*(javascript|vbscript|data):/i);
    const dir = mkdtempSync(join(tmpdir(), "xss-pdf-"));
    writeFileSync(join(dir, "review.pdf"), pdf);
    const text = execFileSync("pdftotext", [join(dir, "review.pdf"), "-"], { encoding: "utf8" });
    expect(text, "the payloads are printed as text").toContain("window.__xss=1");
  });

  test("a JSON import cannot bring in a script-capable link: javascript: and data: URLs are refused, nothing is written", async ({ apiAs }) => {
    const editor = await apiAs("editor");
    const stamp = Date.now().toString(36);
    const text = `Cocoa cures insomnia in every adult (${stamp}).`;
    const created = await ok<{ slug: string }>(await editor.post("/api/articles", json({ title: `Import URL probe ${stamp}`, content: text, sourceUrl: "https://news.example/cocoa" })), "create the article");
    const review = await ok<{ revision: { text: string } }>(await editor.get(`/api/articles/${created.slug}`), "load the article");
    const claim = await ok<{ id: string }>(await editor.post(`/api/articles/${created.slug}/claims`, json({ start: 0, end: review.revision.text.indexOf(" (") })), "create the claim");
    await ok(await editor.post(`/api/claims/${claim.id}/evidence`, json({ finding: "No trial.", stance: "contradicts", studyDesign: "cohort", source: { title: "A cohort", url: "https://journal.example/cohort" } })), "add evidence");
    type File = { article: { slug: string; sourceUrl: string | null }; sources: { url: string | null; csl: Record<string, unknown> }[] };
    const exported = await ok<File>(await editor.get(`/api/articles/${created.slug}/export?format=json`), "JSON export");
    const hostile = ["javascript:window.__xss=1", " JaVaScRiPt:window.__xss=1", "data:text/html,<script>window.__xss=1</script>", "vbscript:msgbox(1)"];
    for (const url of hostile) {
      for (const [field, put] of [
        ["article.sourceUrl", (f: File) => void (f.article.sourceUrl = url)],
        ["sources.0.url", (f: File) => void (f.sources[0]!.url = url)],
        ["sources.0.csl.URL", (f: File) => void (f.sources[0]!.csl.URL = url)],
      ] as const) {
        const file = structuredClone(exported);
        file.article.slug = `${created.slug}-hostile-url`;
        put(file);
        const refused = await editor.post("/api/import", { data: JSON.stringify(file), headers: { "Content-Type": "application/json" } });
        expect(refused.status(), `${field} = ${url}`).toBe(422);
        expect(Object.keys(((await refused.json()) as { error: { details: { fieldErrors: object } } }).error.details.fieldErrors)).toContain(field);
      }
    }
    expect((await editor.get(`/api/articles/${created.slug}-hostile-url`)).status()).toBe(404);
  });

  test("Markdown images in a published summary, rationale and rating load nothing from another site", async ({ apiAs, pageAs, browser }) => {
    const editor = await apiAs("editor");
    const stamp = Date.now().toString(36);
    const pixel = `https://tracker.example/pixel-${stamp}.gif`;
    const markdown = `Read **this**: ![a chart](${pixel}) and ![](${pixel}?no-alt)\n\n![ref]\n\n[ref]: ${pixel}?reference`;
    const sentence = `Licorice tea halves blood pressure (${stamp}).`;
    const created = await ok<{ slug: string }>(await editor.post("/api/articles", json({ title: `Pixel probe ${stamp}`, content: `${sentence}\n\nThe end.` })), "create the article");
    const review = await ok<{ revision: { text: string } }>(await editor.get(`/api/articles/${created.slug}`), "load the article");
    const start = review.revision.text.indexOf(sentence);
    const claim = await ok<{ id: string; version: number }>(await editor.post(`/api/articles/${created.slug}/claims`, json({ start, end: start + sentence.length })), "create the claim");
    await ok(await editor.patch(`/api/claims/${claim.id}`, json({ version: claim.version, rationale: markdown })), "claim rationale");
    await ok(await editor.put(`/api/claims/${claim.id}/rating`, json({ version: claim.version + 1, verdict: "unsupported", confidence: 3, rationale: markdown })), "rating rationale");
    await ok(await editor.patch(`/api/articles/${created.slug}`, json({ summary: markdown })), "summary");
    await ok(await editor.post(`/api/articles/${created.slug}/status`, json({ status: "published", acknowledgeMissing: true })), "publish");

    const watch = (page: Page) => {
      const seen: string[] = [];
      page.on("request", (request) => {
        if (new URL(request.url()).hostname === "tracker.example") seen.push(request.url());
      });
      page.on("console", (message) => {
        if (/Content Security Policy/i.test(message.text())) seen.push(`CSP refusal: ${message.text()}`);
      });
      return seen;
    };
    const externalImages = (page: Page) => page.locator("img").evaluateAll((images) => images.map((img) => (img as HTMLImageElement).src).filter((src) => !src.startsWith(location.origin) && !src.startsWith("data:")));

    const reader = await browser.newPage();
    const readerRequests = watch(reader);
    await reader.goto(`/articles/${created.slug}#claim-${claim.id}`);
    await expect(reader.getByRole("dialog").locator('.claim-detail[aria-busy="false"]')).toBeVisible();
    await expect(reader.locator(`a[href="${pixel}"]`).first()).toBeVisible();
    expect(await externalImages(reader)).toEqual([]);
    expect(readerRequests, "the reader page fetched the tracker").toEqual([]);
    await reader.close();

    const workspace = await pageAs("editor");
    const workspaceRequests = watch(workspace);
    await workspace.goto(`/review/${created.slug}`);
    await workspace.locator(".workspace-claims .claim-list-item").first().click(); // the article's only claim
    await workspace.getByRole("button", { name: "Preview" }).click();
    await expect(workspace.getByTestId("rationale-preview").locator(`a[href="${pixel}"]`).first()).toBeVisible();
    expect(await externalImages(workspace)).toEqual([]);
    expect(workspaceRequests, "the workspace fetched the tracker").toEqual([]);

    const html = await (await editor.get(`/api/articles/${created.slug}/export?format=html`)).text();
    const exportPage = await browser.newPage();
    const exportRequests = watch(exportPage);
    await exportPage.setContent(html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/i, ""), { waitUntil: "load" });
    expect(await externalImages(exportPage)).toEqual([]);
    expect(exportRequests, "the HTML report fetched the tracker").toEqual([]);
    await exportPage.close();
  });
});

