import { describe, expect, it } from "vitest";
import { csvDocument, csvField, neutraliseFormula } from "@/domain/export/csv-format";
import { CLAIM_CSV_COLUMNS, toCsv } from "@/domain/export/to-csv";
import { EVIDENCE_CSV_COLUMNS, toCsvEvidence } from "@/domain/export/to-csv-evidence";
import { csvRowsAsObjects, parseCsv } from "./csv-reader";
import { EXPORT_OPTIONS, FORMULA_FINDING, XSS_RESTATEMENT, buildReviewFixture } from "./review-fixture";

const review = buildReviewFixture();
const FORMULA_START = /^[=+\-@\t\r]/;

describe("csv cells", () => {
  it.each([
    ["plain", "plain"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ["cr\rinside", '"cr\rinside"'],
    ["=1+1", "'=1+1"],
    ["+1", "'+1"],
    ["-1", "'-1"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tTAB", "'\tTAB"],
    ["\r=1", "\"'\r=1\""],
    ['=HYPERLINK("x","y")', "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\""],
    ["", ""],
  ])("writes %j as %j", (input, expected) => {
    expect(csvField(input)).toBe(expected);
  });

  it("writes numbers, booleans and null as they are", () => {
    expect([csvField(-3), csvField(true), csvField(null)]).toEqual(["-3", "true", ""]);
  });

  it("leaves text that only contains formula characters later on alone", () => {
    expect(neutraliseFormula("a=b")).toBe("a=b");
  });

  it("ends every record with CRLF, the last one included", () => {
    expect(csvDocument(["a", "b"], [["1", "x\ny"]])).toBe('a,b\r\n1,"x\ny"\r\n');
  });
});

describe("toCsv (one row per claim)", () => {
  const text = toCsv(review, EXPORT_OPTIONS);
  const rows = csvRowsAsObjects(text);

  it("parses back with a header and one row per claim in reading order", () => {
    expect(parseCsv(text)[0]).toEqual([...CLAIM_CSV_COLUMNS]);
    expect(rows).toHaveLength(review.claims.length);
    const starts = rows.map((row) => Number(row.start));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(rows.map((row) => row.number)).toEqual(["1", "2", "3", "4", "5", "6", "7"]);
  });

  it("uses CRLF line ends between records", () => {
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.split("\r\n")[0]).toBe(CLAIM_CSV_COLUMNS.join(","));
  });

  it("keeps user text, Unicode and markup verbatim (CSV is inert text)", () => {
    const osteo = rows.find((row) => row.claim_id === "claim-osteo");
    expect(osteo?.restatement).toBe(XSS_RESTATEMENT);
    expect(osteo?.verdict).toBe("unrated");
    expect(osteo?.rating_value).toBe("");
    const dose = rows.find((row) => row.claim_id === "claim-dose");
    expect(dose?.quote).toContain("180 µg of MK-7 daily; levels ≥ 45 µg cut risk by −50%, as αβγ studies in 中文");
    expect(dose).toMatchObject({ verdict: "unsupported", verdict_label: "Unsupported", rating_value: "2", tags: "quantitative; medical" });
    expect(rows.find((row) => row.claim_id === "claim-mice")?.claim_url).toBe("https://claimcheck.example/articles/vitamin-k2#claim-claim-mice");
  });

  it("leaves no cell that a spreadsheet would evaluate as a formula", () => {
    for (const cell of parseCsv(text).flat()) expect(cell).not.toMatch(FORMULA_START);
  });
});

describe("toCsvEvidence (one row per evidence item)", () => {
  const text = toCsvEvidence(review, EXPORT_OPTIONS);
  const rows = csvRowsAsObjects(text);

  it("parses back with a header and one row per evidence item", () => {
    expect(parseCsv(text)[0]).toEqual([...EVIDENCE_CSV_COLUMNS]);
    expect(rows).toHaveLength(review.claims.reduce((sum, claim) => sum + claim.evidence.length, 0));
  });

  it("neutralises the formula finding and the note starting with +", () => {
    const hostile = rows.find((row) => row.evidence_id === "ev-dose-hostile");
    expect(hostile?.finding).toBe(`'${FORMULA_FINDING}`);
    expect(hostile?.note).toBe("'+1 from the vendor; @ceo says -50%");
    for (const cell of parseCsv(text).flat()) expect(cell).not.toMatch(FORMULA_START);
  });

  it("carries the citation, DOI and PubMed links of each source", () => {
    const luo = rows.find((row) => row.evidence_id === "ev-mice-luo");
    expect(luo).toMatchObject({
      claim_id: "claim-mice",
      stance: "supports",
      study_design_label: "Animal study",
      doi: "10.1038/386078a0",
      doi_url: "https://doi.org/10.1038/386078a0",
      pmid: "9052783",
      pubmed_url: "https://pubmed.ncbi.nlm.nih.gov/9052783/",
      year: "1997",
      locator: "p. 79",
    });
    expect(luo?.citation).toContain("Luo");
    expect(rows.find((row) => row.evidence_id === "ev-dose-zh")?.finding).toBe("综述：αβγ 指标改善，但无临床终点 (≥ 45 µg)。");
  });
});
