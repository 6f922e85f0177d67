import type { APIRequestContext } from "@playwright/test";
import { createPrismaClient } from "../../server/prisma-client";
import { expect, test, wcagViolations } from "../fixtures";

interface ClaimReview {
  "@type": string;
  url: string;
  claimReviewed: string;
  author: { name: string };
  datePublished: string;
  itemReviewed: { "@type": string };
  reviewRating: { ratingValue: number; bestRating: number; worstRating: number; alternateName: string };
}

const json = (data: unknown) => ({ data, headers: { "Content-Type": "application/json" } });

const OUTER = "Green tea cuts the risk of stroke by 40 percent in adults over 50";
const INNER = "cuts the risk of stroke by 40 percent";
const SPAN_START = "some prefer it cold.";
const SPAN_END = "Brewing time matters";
const LOST = "Oolong tea was first grown in Fujian";

/** A published review made through the API as an editor: nested claims, a claim across two paragraphs, a claim whose text went away. */
async function publishOverlapReview(editor: APIRequestContext) {
  const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const content = [
    `Tea and the heart (${stamp})`,
    `${OUTER}, according to a large study. ${LOST}, long ago.`,
    `Many readers enjoy tea in the afternoon, and ${SPAN_START}`,
    `${SPAN_END} more than the leaves, say tasters.`,
  ].join("\n\n");
  const created = await editor.post("/api/articles", json({ title: `Overlaps ${stamp}`, content }));
  expect(created.status()).toBe(201);
  const { slug } = (await created.json()) as { slug: string };
  const review = (await (await editor.get(`/api/articles/${slug}`)).json()) as { revision: { text: string } };
  const text = review.revision.text;

  const claim = async (from: string, to: string, restatement: string, verdict: string) => {
    const start = text.indexOf(from);
    const end = text.indexOf(to) + to.length;
    expect(start).toBeGreaterThanOrEqual(0);
    const response = await editor.post(`/api/articles/${slug}/claims`, json({ start, end }));
    expect(response.status()).toBe(201);
    const made = (await response.json()) as { id: string; version: number };
    const updated = await editor.patch(`/api/claims/${made.id}`, json({ version: made.version, restatement, verdict }));
    expect(updated.status()).toBe(200);
    return made.id;
  };
  const outer = await claim(OUTER, OUTER, "Green tea lowers stroke risk by 40% in the over-50s", "mostly_supported");
  const inner = await claim(INNER, INNER, "Tea cuts stroke risk by exactly 40%", "contradicted");
  const spanning = await claim(SPAN_START, SPAN_END, "Brewing time matters more than the tea", "not_checkable");
  const lost = await claim(LOST, LOST, "Oolong tea comes from Fujian", "supported");
  const evidence = await editor.post(`/api/claims/${inner}/evidence`, json({
    finding: "Stroke risk was about 20% lower among daily drinkers.",
    stance: "contradicts",
    studyDesign: "cohort",
    source: { title: "Green tea consumption and stroke risk", authors: ["Kokubo Y", "Iso H"], year: 2013, doi: "10.1161/STROKEAHA.111.677500" },
  }));
  expect(evidence.status()).toBe(201);

  // The article's text changed and the last claim could no longer be placed (what re-anchoring records).
  const db = createPrismaClient(`file:./data/e2e-${process.env.E2E_PORT ?? 3100}.db`);
  try {
    await db.claim.update({ where: { id: lost }, data: { orphaned: true } });
  } finally {
    await db.$disconnect();
  }
  expect((await editor.post(`/api/articles/${slug}/status`, json({ status: "published", acknowledgeMissing: true }))).status()).toBe(200);
  return { slug, outer, inner, spanning, lost };
}

test.describe("overlapping, spanning and unlocated claims", () => {
  test("a passage inside two claims shows both and lets the reader choose; each is reachable by keyboard", async ({ page, apiAs }) => {
    const { slug, outer, inner, spanning } = await publishOverlapReview(await apiAs("editor"));
    await page.goto(`/articles/${slug}`);
    await page.locator(".reader[data-ready]").waitFor();

    // The shared piece lists both claims, innermost first, and is drawn as an overlap (the outer claim's stripe along its top).
    const shared = page.locator(`mark[data-claim-ids="${inner} ${outer}"]`);
    await expect(shared).toHaveAttribute("data-outer-verdict", "mostly_supported");
    expect(await shared.evaluate((mark) => getComputedStyle(mark).backgroundImage)).toMatch(/^linear-gradient/);
    await expect(shared).toHaveAttribute("aria-label", /2 overlapping claims.*Contradicted claim.*Mostly supported claim/);

    await shared.click();
    const dialog = page.getByRole("dialog");
    const chooser = dialog.getByRole("group", { name: /part of 2 claims/ });
    await expect(chooser.getByRole("button")).toHaveCount(2);
    await expect(dialog.getByRole("heading", { level: 2 })).toHaveText("Tea cuts stroke risk by exactly 40%");
    await expect(dialog.getByRole("link", { name: "DOI: 10.1161/strokeaha.111.677500" })).toHaveAttribute("href", "https://doi.org/10.1161/strokeaha.111.677500");
    expect(await wcagViolations(page)).toEqual([]);
    await chooser.getByRole("button", { name: /Green tea lowers stroke risk/ }).click();
    await expect(dialog.getByRole("heading", { level: 2 })).toHaveText("Green tea lowers stroke risk by 40% in the over-50s");
    await expect(page).toHaveURL(new RegExp(`#claim-${outer}$`));
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(shared).toBeFocused();

    // The claim that spans two paragraphs is highlighted in both.
    const spanningPieces = page.locator(`mark[data-claim-id="${spanning}"]`);
    await expect(spanningPieces).toHaveCount(2);
    expect(await spanningPieces.evaluateAll((marks) => new Set(marks.map((m) => m.closest("p"))).size)).toBe(2);

    // j / k walk the claims in reading order, by focus, from the one last opened (the outer claim); Enter opens the one reached.
    const focusedClaims = () => page.evaluate(() => (document.activeElement?.getAttribute("data-claim-ids") ?? "").split(" "));
    await page.keyboard.press("j");
    expect(await focusedClaims()).toEqual([inner, outer]);
    await page.keyboard.press("j");
    expect(await focusedClaims()).toEqual([spanning]);
    await expect(page.getByRole("status").filter({ hasText: /Claim 3 of 3/ })).toContainText("Not checkable");
    await page.keyboard.press("k");
    await page.keyboard.press("k");
    expect(await focusedClaims()).toEqual([outer]);
    await page.keyboard.press("j");
    await page.keyboard.press("Enter");
    await expect(dialog.getByRole("heading", { level: 2 })).toHaveText("Tea cuts stroke risk by exactly 40%");
    await dialog.getByRole("button", { name: "Next claim" }).click();
    await expect(dialog.getByRole("heading", { level: 2 })).toHaveText("Brewing time matters more than the tea");
    await expect(page).toHaveURL(new RegExp(`#claim-${spanning}$`));
  });

  test("a claim that could not be located is listed with its quote, not dropped", async ({ page, apiAs }) => {
    const { slug, lost } = await publishOverlapReview(await apiAs("editor"));
    await page.goto(`/articles/${slug}`);
    const notice = page.getByRole("region", { name: "1 claim could not be located in the current version of the article" });
    await expect(notice).toContainText(`“${LOST}”`);
    await expect(page.locator(`mark[data-claim-ids~="${lost}"]`)).toHaveCount(0);
    await notice.getByRole("button", { name: /Oolong tea comes from Fujian/ }).click();
    await expect(page.getByRole("dialog")).toContainText("Not located in the current version");
    await page.goto(`/articles/${slug}#claim-${lost}`);
    await expect(page.getByRole("dialog").getByRole("heading", { level: 2 })).toHaveText("Oolong tea comes from Fujian");
  });

  test("the page embeds a ClaimReview for each rated claim", async ({ page, apiAs }) => {
    const { slug, outer } = await publishOverlapReview(await apiAs("editor"));
    await page.goto(`/articles/${slug}`);
    // One @graph: the shared organization, claim, article and ratings are nodes the ClaimReviews reference by @id.
    const graph = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "") as { "@context": string; "@graph": Array<Record<string, unknown>> };
    expect(graph["@context"]).toBe("https://schema.org");
    const nodes = new Map(graph["@graph"].filter((node) => typeof node["@id"] === "string").map((node) => [node["@id"] as string, node]));
    const resolve = (value: unknown): unknown => {
      if (!value || typeof value !== "object") return value;
      const record = value as Record<string, unknown>;
      if (Object.keys(record).length === 1 && typeof record["@id"] === "string") return resolve(nodes.get(record["@id"]));
      return Object.fromEntries(Object.entries(record).map(([key, entry]) => [key, resolve(entry)]));
    };
    const reviews = graph["@graph"].filter((node) => node["@type"] === "ClaimReview").map((node) => resolve(node) as ClaimReview);
    expect(reviews.length).toBeGreaterThanOrEqual(3);
    for (const review of reviews) {
      expect(review["@type"]).toBe("ClaimReview");
      expect(typeof review.claimReviewed).toBe("string");
      expect(review.reviewRating).toMatchObject({ bestRating: 5, worstRating: 1 });
      expect(review.reviewRating.ratingValue).toBeGreaterThanOrEqual(1);
      expect(typeof review.reviewRating.alternateName).toBe("string");
      expect(review.url).toMatch(/\/articles\/.+#claim-/);
      expect(review.author.name).toBeTruthy();
      expect(review.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}/);
      expect(review.itemReviewed["@type"]).toBe("Claim");
    }
    const outerReview = reviews.find((r) => r.url.endsWith(`#claim-${outer}`));
    expect(outerReview?.reviewRating.alternateName).toBe("Mostly supported");
  });
});
