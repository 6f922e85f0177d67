import { expect, test } from "../fixtures";

test("an editor lists imported reviews by publisher and deletes one: it leaves /claims and the audit log keeps it", async ({ pageAs, page }) => {
  const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const publisher = `Desk ${stamp}`;
  const item = (path: string, claimReviewed: string) => ({
    "@type": "ClaimReview",
    url: `https://desk-${stamp}.example/${path}`,
    claimReviewed,
    reviewRating: { "@type": "Rating", alternateName: "False" },
    author: { "@type": "Organization", name: publisher },
    datePublished: "2025-02-01",
  });
  const doomed = `Walking backwards ${stamp} steps a day reverses ageing.`;
  const kept = `Chewing ice ${stamp} times a day whitens teeth.`;

  const editor = await pageAs("editor");
  const imported = await editor.request.post("/api/external-reviews/import", { data: [item("doomed", doomed), item("kept", kept)] });
  expect(imported.status()).toBe(201);

  await editor.goto("/dashboard");
  await editor.getByRole("link", { name: "Other fact-checkers’ reviews" }).click();
  await expect(editor.getByRole("heading", { level: 1 })).toHaveText("Other fact-checkers’ reviews");
  await editor.getByLabel("Publisher").selectOption(publisher);
  await editor.getByRole("button", { name: "Show" }).click();
  await expect(editor.getByRole("status")).toHaveText(`2 imported reviews from ${publisher}.`);
  const table = editor.getByRole("region", { name: "Imported reviews" });
  await expect(table.getByRole("row")).toHaveCount(3);
  const row = table.getByRole("row").filter({ hasText: doomed });
  await expect(row).toContainText(`${publisher}: “False”`);
  await expect(row.getByRole("link", { name: "Their review" })).toHaveAttribute("href", `https://desk-${stamp}.example/doomed`);

  // Two steps: "Delete" asks, "Cancel" leaves it, "Confirm delete" deletes.
  await row.getByRole("button", { name: /^Delete: Walking backwards/ }).click();
  await row.getByRole("button", { name: "Cancel" }).click();
  await expect(table.getByRole("row")).toHaveCount(3);
  await row.getByRole("button", { name: /^Delete: Walking backwards/ }).click();
  await row.getByRole("button", { name: /^Confirm delete: Walking backwards/ }).click();
  await expect(editor.getByRole("status")).toHaveText(`1 imported review from ${publisher}.`);
  await expect(table.getByRole("row").filter({ hasText: doomed })).toHaveCount(0);
  await expect(table.getByRole("row").filter({ hasText: kept })).toHaveCount(1);

  await editor.goto("/audit?action=external_review.delete");
  await expect(editor.locator(".audit-table")).toContainText(doomed);

  // A reader no longer finds it; the other one is still there.
  await page.goto(`/claims?q=${encodeURIComponent(`Does walking backwards ${stamp} steps a day reverse ageing?`)}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByText(doomed)).toHaveCount(0);
  await page.goto(`/claims?q=${encodeURIComponent(`Does chewing ice ${stamp} times a day whiten teeth?`)}`);
  await expect(page.getByRole("list", { name: "Checked by other fact-checkers" })).toContainText(kept);
});
