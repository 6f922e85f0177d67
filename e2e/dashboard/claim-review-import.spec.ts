import { expect, test } from "../fixtures";

test("an editor imports a ClaimReview feed; readers find the other fact-checker's rating on /claims, with their name and a link, never as our verdict", async ({ pageAs, page }) => {
  const stamp = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const reviewUrl = `https://fact-check-desk.example/reviews/${stamp}`;
  const claim = `Eating raw garlic every morning cures the common cold in ${stamp} days.`;
  const feed = {
    "@context": "https://schema.org",
    "@type": "DataFeed",
    dataFeedElement: [
      {
        "@type": "DataFeedItem",
        item: [{ "@type": "ClaimReview", url: reviewUrl, claimReviewed: claim, reviewRating: { "@type": "Rating", ratingValue: "1", alternateName: "Unproven" }, author: { "@type": "Organization", name: "Fact Check Desk" }, datePublished: "2025-01-15" }],
      },
      { "@type": "DataFeedItem", item: [{ "@type": "ClaimReview", url: `${reviewUrl}-broken`, reviewRating: { alternateName: "False" }, author: { name: "Fact Check Desk" } }] },
    ],
  };

  const editor = await pageAs("editor");
  await editor.goto("/dashboard");
  const form = editor.getByRole("form", { name: "Import other fact-checkers' reviews" });
  await form.getByLabel("Import other fact-checkers' reviews (ClaimReview feed)", { exact: true }).setInputFiles({ name: "feed.jsonld", mimeType: "application/ld+json", buffer: Buffer.from(JSON.stringify(feed)) });
  await form.getByRole("button", { name: "Import feed" }).click();
  await expect(form.getByRole("status")).toHaveText("Imported 1 new, updated 0, 0 unchanged; skipped 1.");
  await expect(form.getByRole("list", { name: "Skipped items" })).toContainText("Item 1 (dataFeedElement[1].item[0]): claimReviewed is missing.");

  // The same feed again: nothing new.
  await form.getByRole("button", { name: "Import feed" }).click();
  await expect(form.getByRole("status")).toHaveText("Imported 0 new, updated 0, 1 unchanged; skipped 1.");

  await page.goto(`/claims?q=${encodeURIComponent(`Does raw garlic in the morning cure a cold in ${stamp} days?`)}`);
  const others = page.getByRole("list", { name: "Checked by other fact-checkers" });
  await expect(others).toContainText(claim);
  await expect(others).toContainText("Fact Check Desk: “Unproven”");
  await expect(others.getByRole("link", { name: "Read Fact Check Desk's review" })).toHaveAttribute("href", reviewUrl);
  await expect(others.locator(".verdict-badge")).toHaveCount(0);
});
