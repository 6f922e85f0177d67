import type { APIRequestContext, Page } from "@playwright/test";
import { putRatingAtCurrentVersion } from "../export/review-api";
import { expect, test, wcagViolations } from "../fixtures";

/** A demo-like article (vitamin K2 claims) and the changed version a reviewer re-imports. */
function articleVersions() {
  const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const title = `Vitamin K2 revisions ${stamp}`;
  const first = [
    title,
    `Vitamin K2 activates matrix Gla protein, which keeps calcium out of the artery walls (${stamp}).`,
    "In the Rotterdam study, people with the highest intake of menaquinone had a 57 percent lower risk of dying from heart disease.",
    "Some people say it tastes of cheese. Natto is the richest known source of menaquinone-7.",
    "The vitamin remains in circulation between 24 and 48 hours.",
  ];
  const second = [
    title,
    "Editor's note: this article was corrected in May; the figures were checked again.",
    first[1]!,
    first[2]!.replace("57 percent", "57 per cent"),
    "Some people say it tastes of cheese. Fermented soybeans (natto) hold more menaquinone-7 than any other food.",
    first[4]!,
  ];
  return {
    title,
    v1: first.join("\n\n"),
    v2: second.join("\n\n"),
    quotes: {
      moved: "Vitamin K2 activates matrix Gla protein",
      fuzzy: "people with the highest intake of menaquinone had a 57 percent lower risk",
      orphan: "Natto is the richest known source of menaquinone-7.",
      movedToo: "The vitamin remains in circulation between 24 and 48 hours.",
    },
    reattachTo: "Fermented soybeans (natto) hold more menaquinone-7 than any other food.",
  };
}

interface ReviewJson {
  revision: { number: number; text: string };
  claims: { id: string; quote: { exact: string }; anchor: { orphaned: boolean; method: string }; evidence: unknown[]; ratings: unknown[] }[];
}

async function ok<T>(response: Awaited<ReturnType<APIRequestContext["post"]>>): Promise<T> {
  expect(response.ok(), `${response.url()} answered ${response.status()}: ${await response.text()}`).toBe(true);
  return (await response.json()) as T;
}

/** A published review of the first version: four claims, evidence and a rating on the one the edit will orphan. */
async function publishedReview(apiAs: (role: "reviewer" | "editor") => Promise<APIRequestContext>, article: ReturnType<typeof articleVersions>) {
  const reviewer = await apiAs("reviewer");
  const { slug } = await ok<{ slug: string }>(await reviewer.post("/api/articles", { data: { format: "text", content: article.v1 } }));
  const review = await ok<ReviewJson>(await reviewer.get(`/api/articles/${slug}`));
  const ids: Record<keyof typeof article.quotes, string> = {} as never;
  for (const [key, quote] of Object.entries(article.quotes) as [keyof typeof article.quotes, string][]) {
    const start = review.revision.text.indexOf(quote);
    expect(start, quote).toBeGreaterThanOrEqual(0);
    const claim = await ok<{ id: string }>(await reviewer.post(`/api/articles/${slug}/claims`, { data: { start, end: start + quote.length, restatement: `Claim: ${key}` } }));
    ids[key] = claim.id;
  }
  await ok(
    await reviewer.post(`/api/claims/${ids.orphan}/evidence`, {
      data: {
        source: { title: "Dietary intake of menaquinone is associated with a reduced risk of coronary heart disease", authors: ["Geleijnse JM"], year: 2004 },
        finding: "Natto contains about 1000 µg of menaquinone-7 per 100 g.",
        stance: "supports",
        studyDesign: "statistics",
      },
    }),
  );
  await ok(await putRatingAtCurrentVersion(reviewer, ids.orphan, { verdict: "supported", confidence: 4, rationale: "Food tables agree." }));
  const editor = await apiAs("editor");
  await ok(await editor.post(`/api/articles/${slug}/status`, { data: { status: "published", acknowledgeMissing: true } }));
  return { slug, ids };
}

async function selectTextIn(page: Page, containerSelector: string, wanted: string) {
  await page.evaluate(
    ({ containerSelector, wanted }) => {
      const container = document.querySelector(containerSelector)!;
      const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(wanted);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + wanted.length);
        const selection = window.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        return;
      }
      throw new Error(`"${wanted}" is not in ${containerSelector}`);
    },
    { containerSelector, wanted },
  );
}

test("a re-imported article: claims follow their text, the reviewer confirms and re-attaches, readers see the notice and the earlier revision", async ({ pageAs, apiAs, browser }) => {
  test.setTimeout(120_000);
  const article = articleVersions();
  const { slug, ids } = await publishedReview(apiAs, article);

  // Reviewer: re-import the changed text.
  const reviewer = await pageAs("reviewer");
  await reviewer.goto(`/review/${slug}/revisions`);
  await expect(reviewer.getByRole("heading", { level: 1, name: `Revisions: ${article.title}` })).toBeVisible();
  await reviewer.getByLabel("New text of the article").fill(article.v2);
  await reviewer.getByRole("button", { name: "Import revision" }).click();
  await expect(reviewer.locator(".latest-import")).toHaveText("Latest import: revision 2 by Ravi Reviewer. 4 claims: 0 in place, 2 moved, 1 to confirm, 1 could not be located.");

  // The report: what moved, what matched approximately, what is orphaned (with its evidence and rating kept).
  const fuzzy = reviewer.locator('[data-section="fuzzy"]');
  await expect(fuzzy.getByRole("heading", { level: 2 })).toHaveText("Matched approximately: confirm (1)");
  const fuzzyItem = fuzzy.locator(`[data-claim-id="${ids.fuzzy}"]`);
  await expect(fuzzyItem).toContainText("57 percent lower risk");
  await expect(fuzzyItem).toContainText("57 per cent lower risk");
  const orphans = reviewer.locator('[data-section="orphaned"]');
  await expect(orphans.getByRole("heading", { level: 2 })).toHaveText("Could not be located (1)");
  const orphanItem = orphans.locator(`[data-claim-id="${ids.orphan}"]`);
  await expect(orphanItem).toContainText("Kept with 1 evidence item and 1 rating.");
  // Why it is orphaned, and where it may now be.
  await expect(orphanItem.locator(".orphan-reason")).toHaveText("Its text changed.");
  await expect(orphanItem.locator(".orphan-suggestions q")).toHaveText([article.reattachTo]);
  const moved = reviewer.locator('[data-section="moved"]');
  await expect(moved.getByRole("heading", { level: 2 })).toHaveText("Moved with their text (2)");
  await expect(moved.locator(`[data-claim-id="${ids.moved}"]`)).toBeVisible();
  await expect(moved.locator(`[data-claim-id="${ids.movedToo}"]`)).toBeVisible();
  expect(await wcagViolations(reviewer)).toEqual([]);

  // Reader, while the claim is orphaned: the notice on the current review, then the revision the review was made on.
  const readerContext = await browser.newContext();
  const reader = await readerContext.newPage();
  await reader.goto(`/articles/${slug}`);
  await expect(reader.locator(`[data-unlocated-claim-id="${ids.orphan}"]`)).toContainText(article.quotes.orphan);
  await expect(reader.locator(`mark[data-claim-id="${ids.orphan}"]`)).toHaveCount(0);
  await reader.goto(`/articles/${slug}/revisions/1`);
  await expect(reader.getByText("Revision 1 of 2")).toBeVisible();
  await expect(reader.getByRole("note")).toContainText("You are reading revision 1");
  await expect(reader.locator(`mark[data-claim-id="${ids.orphan}"]`)).toHaveText(article.quotes.orphan);
  await expect(reader.locator(`mark[data-claim-id="${ids.fuzzy}"]`)).toHaveText(article.quotes.fuzzy);
  await expect(reader.getByRole("heading", { name: "Claims in this revision (4)" })).toBeVisible();
  expect(await wcagViolations(reader)).toEqual([]);
  await reader.getByRole("link", { name: "Revision 2" }).click();
  await expect(reader.getByText("Revision 2 of 2")).toBeVisible();
  await expect(reader.getByRole("heading", { name: "Not in this revision (1)" })).toBeVisible();
  await readerContext.close();

  // Reviewer: confirm the approximate match.
  await fuzzyItem.getByRole("button", { name: "Confirm" }).click();
  await expect(fuzzy.getByRole("heading", { level: 2 })).toHaveText("Matched approximately: confirm (0)");

  // Reviewer: re-attach the orphan by selecting its new sentence.
  await orphans.locator(`[data-claim-id="${ids.orphan}"]`).getByRole("button", { name: "Re-attach by selecting text" }).click();
  const panel = reviewer.getByRole("region", { name: /^Re-attach:/ });
  await expect(panel).toBeVisible();
  await panel.getByRole("button", { name: "Attach to selection" }).click();
  await expect(panel.getByRole("alert")).toHaveText("Select the claim's text in the article below first.");
  await selectTextIn(reviewer, ".reattach-article", article.reattachTo.slice(2, -4)); // snapped to whole words by the server
  await panel.getByRole("button", { name: "Attach to selection" }).click();
  await expect(orphans.getByRole("heading", { level: 2 })).toHaveText("Could not be located (0)");
  expect(await wcagViolations(reviewer)).toEqual([]);

  // The claim is placed on revision 2 with its evidence and rating intact.
  const review = await ok<ReviewJson>(await (await apiAs("reviewer")).get(`/api/articles/${slug}`));
  const reattached = review.claims.find((c) => c.id === ids.orphan)!;
  expect(reattached.quote.exact).toBe(article.reattachTo.slice(0, -1));
  expect(reattached.anchor.orphaned).toBe(false);
  expect(reattached.evidence).toHaveLength(1);
  expect(reattached.ratings).toHaveLength(1);

  // Importing the same text again is refused, and what was typed stays.
  await reviewer.getByLabel("New text of the article").fill(article.v2);
  await reviewer.getByRole("button", { name: "Import revision" }).click();
  await expect(reviewer.getByRole("alert").filter({ hasText: "identical to the current revision (2)" })).toBeVisible();
  await expect(reviewer.getByLabel("New text of the article")).toHaveValue(article.v2);
});

test("an orphan is re-attached in one click to the place the report suggests", async ({ pageAs, apiAs }) => {
  test.setTimeout(90_000);
  const article = articleVersions();
  const { slug, ids } = await publishedReview(apiAs, article);
  const reviewer = await pageAs("reviewer");
  await reviewer.goto(`/review/${slug}/revisions`);
  await reviewer.getByLabel("New text of the article").fill(article.v2);
  await reviewer.getByRole("button", { name: "Import revision" }).click();
  const orphans = reviewer.locator('[data-section="orphaned"]');
  await expect(orphans.getByRole("heading", { level: 2 })).toHaveText("Could not be located (1)");
  await orphans.locator(`[data-claim-id="${ids.orphan}"]`).getByRole("button", { name: /^Attach here/ }).click();
  await expect(orphans.getByRole("heading", { level: 2 })).toHaveText("Could not be located (0)");
  const review = await ok<ReviewJson>(await (await apiAs("reviewer")).get(`/api/articles/${slug}`));
  const reattached = review.claims.find((c) => c.id === ids.orphan)!;
  expect(reattached.quote.exact).toBe(article.reattachTo);
  expect(reattached.anchor.orphaned).toBe(false);
  expect(reattached.evidence).toHaveLength(1);
});

test("only people who work on the article can re-import it or move its claims", async ({ apiAs }) => {
  const article = articleVersions();
  const { slug, ids } = await publishedReview(apiAs, article);
  const body = { data: { format: "text", content: article.v2 } };
  expect((await (await apiAs("anonymous")).post(`/api/articles/${slug}/revisions`, body)).status()).toBe(401);
  expect((await (await apiAs("reader")).post(`/api/articles/${slug}/revisions`, body)).status()).toBe(403);
  expect((await (await apiAs("reader")).get(`/api/articles/${slug}/revisions`)).status()).toBe(403);
  expect((await (await apiAs("reader")).post(`/api/articles/${slug}/revisions/claims/${ids.orphan}`, { data: { action: "detach", version: 1 } })).status()).toBe(403);
  const reviewer = await apiAs("reviewer");
  const invalid = await reviewer.post(`/api/articles/${slug}/revisions`, { data: { format: "pdf", content: "" } });
  expect(invalid.status()).toBe(422);
  const stale = await reviewer.post(`/api/articles/${slug}/revisions`, { data: { ...body.data, baseRevision: 7 } });
  expect(stale.status()).toBe(409);
});
