import { z } from "zod";
import { normalizeUrl } from "../citations/normalize-identifiers";

/**
 * schema.org ClaimReview items as fact-checkers publish them (JSON-LD in their pages, or a
 * DataFeed such as Google's Fact Check Markup Tool exports), reduced to what Claimcheck keeps
 * of another organisation's review: the claim, their rating in their words, who they are,
 * where the review is and when it was published.
 */
export interface ExternalReviewItem {
  /** The review's address, normalized (domain/citations): what makes a re-import idempotent. */
  url: string;
  claimText: string;
  /** The rating in the publisher's words (alternateName, else name), else its ratingValue. */
  ratingText: string;
  /** ratingValue on the publisher's own scale, as given ("2", "2/5"), when there is one. */
  ratingValue: string | null;
  publisherName: string;
  publisherUrl: string | null;
  /** ISO date of the review (datePublished), when given and valid. */
  reviewedAt: string | null;
  /** Who made the claim (itemReviewed.author.name), when given. */
  claimAuthor: string | null;
}

export interface SkippedFeedItem {
  /** Position of the item among the feed's ClaimReview items, from 0. */
  index: number;
  /** Where it sits in the file, e.g. dataFeedElement[2].item[0]. */
  path: string;
  reasons: string[];
}

export interface ParsedClaimReviewFeed {
  items: Array<{ index: number; item: ExternalReviewItem }>;
  skipped: SkippedFeedItem[];
}

export const MAX_FEED_ITEMS = 5_000;

const text = (max: number) => z.string().transform((value) => value.replace(/\s+/g, " ").trim()).pipe(z.string().min(1).max(max));
const optionalText = (max: number) =>
  z
    .unknown()
    .optional()
    .transform((value) => (typeof value === "string" || typeof value === "number" ? String(value).replace(/\s+/g, " ").trim().slice(0, max) : ""))
    .transform((value) => value || null);
/** schema.org lets most properties be one value or a list: the first is taken. */
const first = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (Array.isArray(value) ? value[0] : value), schema);
const ZNamed = first(z.looseObject({ name: optionalText(300), url: optionalText(2000) }));

const ZClaimReview = z.looseObject({
  "@type": z.unknown().refine((type) => [type].flat().includes("ClaimReview"), "@type must be ClaimReview."),
  url: first(z.string({ error: "url is missing." })).transform((value, context) => {
    const url = normalizeUrl(value);
    if (!url || url.length > 2000) {
      context.addIssue({ code: "custom", message: "url must be an http(s) address." });
      return z.NEVER;
    }
    return url;
  }),
  claimReviewed: first(text(5_000).optional()),
  reviewRating: first(z.looseObject({ alternateName: optionalText(300), name: optionalText(300), ratingValue: optionalText(50) }, { error: "reviewRating is missing." })),
  author: ZNamed.optional(),
  publisher: ZNamed.optional(),
  datePublished: optionalText(40),
  itemReviewed: first(z.looseObject({ name: optionalText(5_000), author: ZNamed.optional() })).optional(),
});

function toItem(review: z.infer<typeof ZClaimReview>): { item?: ExternalReviewItem; reasons: string[] } {
  const reasons: string[] = [];
  // Google's tool puts the claim in claimReviewed; some publishers only name the Claim they reviewed.
  const claimText = review.claimReviewed ?? review.itemReviewed?.name ?? null;
  if (!claimText) reasons.push("claimReviewed is missing.");
  const rating = review.reviewRating;
  const ratingText = rating.alternateName ?? rating.name ?? rating.ratingValue;
  if (!ratingText) reasons.push("reviewRating needs an alternateName, a name or a ratingValue.");
  const publisher = review.author?.name ? review.author : review.publisher;
  if (!publisher?.name) reasons.push("author (or publisher) needs a name.");
  if (reasons.length > 0 || !claimText || !ratingText || !publisher?.name) return { reasons };
  const date = review.datePublished ? new Date(review.datePublished) : null;
  return {
    reasons,
    item: {
      url: review.url,
      claimText,
      ratingText,
      ratingValue: rating.ratingValue,
      publisherName: publisher.name,
      publisherUrl: publisher.url ? normalizeUrl(publisher.url) : null,
      reviewedAt: date && !Number.isNaN(date.getTime()) ? date.toISOString() : null,
      claimAuthor: review.itemReviewed?.author?.name ?? null,
    },
  };
}

/** Every ClaimReview-looking object of a JSON-LD document, with its path: a list, @graph, a DataFeed and its DataFeedItems. */
function collectReviews(value: unknown, path: string, out: Array<{ path: string; value: unknown }>): void {
  if (Array.isArray(value)) {
    value.forEach((entry, i) => collectReviews(entry, `${path}[${i}]`, out));
    return;
  }
  if (!value || typeof value !== "object") {
    out.push({ path: path || "(top)", value });
    return;
  }
  const record = value as Record<string, unknown>;
  const types = [record["@type"]].flat();
  const join = (key: string) => (path ? `${path}.${key}` : key);
  if (types.includes("DataFeed") || (!types.includes("ClaimReview") && Array.isArray(record.dataFeedElement))) return collectReviews(record.dataFeedElement ?? [], join("dataFeedElement"), out);
  if (types.includes("DataFeedItem")) return collectReviews(record.item ?? null, join("item"), out);
  if (!types.includes("ClaimReview") && Array.isArray(record["@graph"])) return collectReviews(record["@graph"], join("@graph"), out);
  out.push({ path: path || "(top)", value });
}

function describe(error: z.ZodError): string[] {
  return error.issues.map((issue) => (issue.path.length > 0 && !issue.message.startsWith(String(issue.path[0])) ? `${issue.path.join(".")}: ${issue.message}` : issue.message));
}

/**
 * Reads a ClaimReview feed: a ClaimReview, a list of them, a JSON-LD @graph or a DataFeed of
 * them. A malformed item is reported with its index and path and skipped; the rest are kept.
 * A URL that appears twice keeps its last item. Throws only when the whole file is not a feed.
 */
export function parseClaimReviewFeed(document: unknown): ParsedClaimReviewFeed {
  const found: Array<{ path: string; value: unknown }> = [];
  collectReviews(document, "", found);
  if (found.length > MAX_FEED_ITEMS) throw new RangeError(`The feed has ${found.length} items; import at most ${MAX_FEED_ITEMS.toLocaleString("en")} at once.`);
  const byUrl = new Map<string, { index: number; item: ExternalReviewItem }>();
  const skipped: SkippedFeedItem[] = [];
  found.forEach(({ path, value }, index) => {
    const parsed = ZClaimReview.safeParse(value);
    if (!parsed.success) return skipped.push({ index, path, reasons: describe(parsed.error) });
    const { item, reasons } = toItem(parsed.data);
    if (!item) return skipped.push({ index, path, reasons });
    byUrl.delete(item.url);
    byUrl.set(item.url, { index, item });
  });
  return { items: [...byUrl.values()].sort((a, b) => a.index - b.index), skipped };
}
