import { EXPORT_FORMAT_NAMES, EXPORT_FORMATS } from "../../domain/export";
import { expect, test, wcagViolations } from "../fixtures";
import { demoAccount } from "../support/accounts";
import { createArticle, createClaim, rateClaim, stamp } from "../export/review-api";

test("an editor assigns a reviewer, finds the disagreement, resolves it, moves the article through the workflow and downloads every format", async ({ pageAs, apiAs }) => {
  // Eleven downloads, the PDF among them, on top of the workflow: longer than the default.
  test.setTimeout(120_000);
  const editorApi = await apiAs("editor");
  const title = `Dashboard ${stamp()}`;
  const text = "Vitamin D prevents every cold.\n\nMagnesium halves migraine days.\n\nA final remark.";
  const slug = await createArticle(editorApi, { title, text });
  const first = await createClaim(editorApi, slug, text, "Vitamin D prevents every cold.", "Vitamin D prevents all colds.");
  const second = await createClaim(editorApi, slug, text, "Magnesium halves migraine days.", "Magnesium halves migraine days.");

  const editor = await pageAs("editor");
  await editor.goto(`/dashboard/${slug}`);
  await expect(editor.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(editor.getByTestId("alpha")).toHaveText("Krippendorff’s α: not enough ratings");

  // Assign the demo reviewer.
  const reviewer = demoAccount("reviewer");
  await editor.getByLabel("Assign a reviewer").selectOption(reviewer.email);
  await editor.getByRole("button", { name: "Assign", exact: true }).click();
  await expect(editor.locator(".assigned-list")).toContainText(reviewer.name);

  // Both rate; they disagree on the first claim.
  const reviewerApi = await apiAs("reviewer");
  await rateClaim(editorApi, first.id, "contradicted");
  await rateClaim(reviewerApi, first.id, "supported");
  await rateClaim(editorApi, second.id, "mixed");
  await rateClaim(reviewerApi, second.id, "mixed");

  // The dashboard: filter to articles with disagreements, then sort by title.
  await editor.goto("/dashboard");
  await expect(editor.getByRole("heading", { level: 1, name: "Editor’s dashboard" })).toBeVisible();
  await editor.getByLabel("Status").selectOption("draft");
  await editor.getByLabel("Only articles with disagreements").check();
  await editor.getByRole("button", { name: "Apply filters" }).click();
  await expect(editor).toHaveURL(/status=draft/);
  const row = editor.locator(`tr[data-slug="${slug}"]`);
  await expect(row).toContainText("2 / 2");
  await expect(row.locator(".disagreement-count")).toHaveText("1");
  await expect(editor.locator("tbody tr .status-chip").filter({ hasNotText: "Draft" })).toHaveCount(0);
  await editor.getByRole("link", { name: /^Article/ }).click();
  await expect(editor.locator('th[aria-sort="ascending"]')).toContainText("Article");
  const titles = await editor.locator("tbody th a").allInnerTexts();
  expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base" })));
  expect(await wcagViolations(editor)).toEqual([]);

  // Into the article: ratings side by side, alpha, consensus.
  await row.getByRole("link", { name: title }).click();
  await expect(editor.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(editor.getByTestId("alpha")).toContainText("Krippendorff’s α (ordinal) =");
  await expect(editor.locator(".agreement .hint")).toContainText("2 reviewers, 2 claims; 2 rated by two or more reviewers (the claims α is computed on), 1 of them with differing verdicts.");
  const disputed = editor.locator(`tr[data-claim-id="${first.id}"]`);
  await expect(disputed).toContainText("Reviewers disagree");
  await expect(disputed).toContainText("Supported");
  await expect(disputed).toContainText("Contradicted");
  await disputed.getByLabel("Consensus verdict for claim 1").selectOption("unsupported");
  await disputed.getByRole("button", { name: "Set consensus for claim 1" }).click();
  await expect(disputed.getByRole("status")).toHaveText("Saved: Unsupported.");

  // The summary.
  await editor.getByLabel("Editor’s summary").fill("Two health claims; one overstated.");
  await editor.getByRole("button", { name: "Save summary" }).click();
  await expect(editor.getByText("Summary saved.")).toBeVisible();
  expect(await wcagViolations(editor)).toEqual([]);

  // The workflow, each move recorded in the history.
  for (const [button, chip] of [
    ["Send to review", "In review"],
    ["Publish", "Published"],
    ["Archive", "Archived"],
    ["Reopen for review", "In review"],
  ] as const) {
    await editor.getByRole("button", { name: button }).click();
    if (button === "Publish") {
      // The claims have no evidence: the server refuses until the editor confirms, and says what is missing.
      const confirm = editor.getByRole("dialog", { name: "Publish this review anyway?" });
      await expect(confirm.getByTestId("publish-missing")).toContainText("2 checkable claims have no evidence.");
      await confirm.getByRole("button", { name: "Publish anyway" }).click();
    }
    await expect(editor.locator(".article-ratings-bar > .status-chip")).toHaveText(chip);
  }
  const history = editor.locator(".status-history");
  await expect(history.locator('li[data-action="article.status"]')).toHaveCount(4);
  await expect(history.locator("li").first()).toContainText("Erin Editor moved it from Archived to In review");
  await expect(history).toContainText("set a claim’s consensus to Unsupported");
  await expect(history).toContainText(`assigned ${reviewer.email}`);

  // Every export the menu links to downloads, with the editor's session (the archived-then-in-review
  // article is a draft again, so this also proves editors export drafts).
  await editor.getByText("Export", { exact: true }).click();
  for (const format of EXPORT_FORMAT_NAMES) {
    const link = editor.locator(`.export-menu a[data-format="${format}"]`);
    await expect(link).toBeVisible();
    const href = await link.getAttribute("href");
    expect(href).toBe(`/api/articles/${slug}/export?format=${format}`);
    const response = await editor.request.get(href!);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-disposition"]).toContain(`claimcheck-${slug}.${EXPORT_FORMATS[format].extension}`);
  }

  // The consensus is what the JSON export carries.
  const json = (await (await editorApi.get(`/api/articles/${slug}/export?format=json`)).json()) as { claims: { id: string; verdict: string; ratings: unknown[] }[] };
  expect(json.claims.find((claim) => claim.id === first.id)).toMatchObject({ verdict: "unsupported" });
});

test("a stale consensus save gets a conflict and changes nothing", async ({ apiAs }) => {
  const editorApi = await apiAs("editor");
  const text = "Cold showers cure depression.\n\nEnd.";
  const slug = await createArticle(editorApi, { title: `Conflict ${stamp()}`, text });
  const claim = await createClaim(editorApi, slug, text, "Cold showers cure depression.", "");
  const saved = await editorApi.put(`/api/claims/${claim.id}/consensus`, { data: { version: claim.version, verdict: "unsupported" } });
  expect(saved.status()).toBe(200);
  const stale = await editorApi.put(`/api/claims/${claim.id}/consensus`, { data: { version: claim.version, verdict: "supported" } });
  expect(stale.status()).toBe(409);
  const reviewerTry = await (await apiAs("reviewer")).put(`/api/claims/${claim.id}/consensus`, { data: { version: claim.version + 1, verdict: "supported" } });
  expect(reviewerTry.status()).toBe(403);
  const json = (await (await editorApi.get(`/api/articles/${slug}/export?format=json`)).json()) as { claims: { verdict: string }[] };
  expect(json.claims[0]!.verdict).toBe("unsupported");
});

test("only editors and admins get the dashboard and its data", async ({ pageAs, apiAs, browser }) => {
  for (const role of ["reader", "reviewer"] as const) {
    const page = await pageAs(role);
    for (const path of ["/dashboard", "/dashboard/reversing-calcification-vitamin-k2"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1, name: "Editors only" })).toBeVisible();
      await expect(page.locator("table")).toHaveCount(0);
    }
  }
  const context = await browser.newContext();
  const anonymous = await context.newPage();
  await anonymous.goto("/dashboard");
  await expect(anonymous.getByRole("heading", { level: 1, name: "Sign in to continue" })).toBeVisible();
  await expect(anonymous.locator("table")).toHaveCount(0);
  await context.close();
  expect((await (await apiAs("anonymous")).get("/api/articles/reversing-calcification-vitamin-k2/assignments")).status()).toBe(401);
  const assign = await (await apiAs("reviewer")).post(`/api/articles/reversing-calcification-vitamin-k2/assignments`, { data: { email: "reviewer@demo.claimcheck.test" } });
  expect(assign.status()).toBe(403);
});

test("at 375 px the dashboard and the ratings view fit the screen and pass axe", async ({ pageAs }) => {
  const editor = await pageAs("editor");
  await editor.setViewportSize({ width: 375, height: 800 });
  for (const [path, heading] of [
    ["/dashboard", "Editor’s dashboard"],
    ["/dashboard/reversing-calcification-vitamin-k2", "Reversing calcification and the miracle of vitamin K2"],
  ] as const) {
    await editor.goto(path);
    await expect(editor.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    expect(await editor.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    expect(await wcagViolations(editor)).toEqual([]);
  }
});
