import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fromMarkdown } from "mdast-util-from-markdown";
import { describe, expect, it } from "vitest";
import { toBibliography, toHtml, toMarkdown, toPdf } from "@/domain/export";
import { markdownForReport, markdownToReportBlocks, markdownToReportHtml } from "@/domain/export/report-markdown";
import { EXPORT_OPTIONS, buildReviewFixture } from "./review-fixture";

/** The leaks, each checked in every report format: Markdown shown as Markdown, a DOI once, no text twice, PMIDs kept. */

const RATIONALE = "Seen at **Arecibo** and _twice_ since: see [the paper](https://doi.org/10.1038/nature20797).\n\n- one\n- two";

function reviewWithMarkdown() {
  const review = buildReviewFixture();
  review.claims[0]!.rationale = RATIONALE;
  review.article.summary = "The post is **mostly wrong**.";
  return review;
}

async function pdfText(review: ReturnType<typeof buildReviewFixture>): Promise<string> {
  const directory = mkdtempSync(join(tmpdir(), "report-fidelity-"));
  try {
    writeFileSync(join(directory, "r.pdf"), await toPdf(review, EXPORT_OPTIONS));
    return execFileSync("pdftotext", ["-enc", "UTF-8", join(directory, "r.pdf"), "-"], { encoding: "utf8" });
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

/** The PDF's text in bold or italic fonts, as pdftohtml marks it (<b>, <i>), links left out. */
async function pdfStyledStretches(review: ReturnType<typeof buildReviewFixture>): Promise<string[]> {
  const directory = mkdtempSync(join(tmpdir(), "report-fidelity-"));
  try {
    writeFileSync(join(directory, "r.pdf"), await toPdf(review, EXPORT_OPTIONS));
    const xml = execFileSync("pdftohtml", ["-xml", "-i", "-q", "-stdout", join(directory, "r.pdf")], { encoding: "utf8" });
    return [...xml.matchAll(/<text [^>]*>(.*)<\/text>/g)].map((match) => match[1]!.replace(/<\/?a\b[^>]*>/g, "")).filter((inner) => /<[bi]>/.test(inner));
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

describe("rationale and summary Markdown in the reports", () => {
  it("is rendered in the HTML report, with safe tags only", () => {
    const html = toHtml(reviewWithMarkdown(), EXPORT_OPTIONS);
    expect(html).toContain("Seen at <strong>Arecibo</strong> and <em>twice</em> since: see <a href=\"https://doi.org/10.1038/nature20797\" rel=\"noopener noreferrer\">the paper</a>.");
    expect(html).toContain("<ul>\n<li>one</li>\n<li>two</li>\n</ul>".replace(/\n/g, ""));
    expect(html).toContain("The post is <strong>mostly wrong</strong>.");
    expect(html).not.toContain("**Arecibo**");
    expect(markdownToReportHtml("[x](javascript:alert(1)) <b onclick=x>raw</b> # no")).toBe("<p>x raw # no</p>");
    expect(markdownToReportHtml("# Heading")).toBe("<h4>Heading</h4>");
  });

  it("is kept as Markdown, not escaped, in the Markdown report", () => {
    const markdown = toMarkdown(reviewWithMarkdown(), EXPORT_OPTIONS);
    expect(markdown).toContain(RATIONALE);
    expect(markdown).toContain("The post is **mostly wrong**.");
    expect(markdown).not.toContain("\\*\\*Arecibo");
    expect(markdownForReport("# Big\n\nText <script>x</script> ![pixel](https://t.example/p.gif)")).toBe("Big\n\nText \\<script>x\\</script> [pixel](https://t.example/p.gif)");
  });

  it("keeps a refused link as text, markup inside its destination included", () => {
    const kept = markdownForReport("See [data](data:text/html,<script>window.x=1</script>) and <javascript:alert(1)>");
    expect(kept).toBe("See \\[data](data:text/html,\\<script>window.x=1\\</script>) and \\<javascript:alert(1)>");
    const htmlNodes: string[] = [];
    const visit = (node: { type: string; value?: string; children?: unknown[] }) => {
      if (node.type === "html" || node.type === "link") htmlNodes.push(`${node.type}: ${node.value ?? ""}`);
      for (const child of node.children ?? []) visit(child as typeof node);
    };
    visit(fromMarkdown(kept));
    expect(htmlNodes).toEqual([]);
  });

  it("shows as text without markers in the PDF report", async () => {
    const text = await pdfText(reviewWithMarkdown());
    expect(text).toContain("Seen at Arecibo and twice since: see the paper (https://doi.org/10.1038/nature20797).");
    expect(text).toContain("• one");
    expect(text).toContain("The post is mostly wrong.");
    expect(text).not.toMatch(/\*\*|_twice_/);
    expect(markdownToReportBlocks("1. a\n2. b\n\n> q")).toEqual([
      { kind: "list_item", text: "1. a", spans: [{ text: "1. " }, { text: "a" }] },
      { kind: "list_item", text: "2. b", spans: [{ text: "2. " }, { text: "b" }] },
      { kind: "quote", text: "q", spans: [{ text: "q" }] },
    ]);
  });

  it("keeps bold, italic and links as styled spans for the PDF", () => {
    expect(markdownToReportBlocks("A **bold *and italic*** word, `code`, [a link](https://example.org/x) and <https://example.org/y>.")).toEqual([
      {
        kind: "paragraph",
        text: "A bold and italic word, code, a link (https://example.org/x) and https://example.org/y.",
        spans: [
          { text: "A " },
          { text: "bold ", strong: true },
          { text: "and italic", strong: true, emphasis: true },
          { text: " word, code, " },
          { text: "a link", href: "https://example.org/x" },
          { text: " (" },
          { text: "https://example.org/x", href: "https://example.org/x" },
          { text: ") and " },
          { text: "https://example.org/y", href: "https://example.org/y" },
          { text: "." },
        ],
      },
    ]);
  });

  it("prints bold and italic words in the PDF's bold and italic fonts", async () => {
    const stretches = await pdfStyledStretches(reviewWithMarkdown());
    expect(stretches).toContain("<b>Arecibo</b>");
    expect(stretches).toContain("<i>twice</i>");
    expect(stretches).toContain("<b>mostly wrong</b>");
    expect(stretches.some((stretch) => stretch.includes("Seen at"))).toBe(false);
  });
});

describe("no text printed twice", () => {
  const review = buildReviewFixture();
  const luoDoi = "10.1038/386078a0";

  it("prints each DOI once per citation, as its link", async () => {
    const markdown = toMarkdown(review, EXPORT_OPTIONS);
    const evidenceLine = markdown.split("\n").find((line) => line.includes("Spontaneous calcification") && line.includes("**Supports**"))!;
    expect(evidenceLine.match(/doi\.org\/10\.1038\/386078a0/g)).toHaveLength(1);
    expect(evidenceLine.match(new RegExp(luoDoi.replace(/[./]/g, "\\$&"), "g"))).toHaveLength(2); // the link's label and its address

    const html = toHtml(review, EXPORT_OPTIONS);
    const citation = /<p class="citation">([^<]*Spontaneous calcification[^<]*)<\/p>/.exec(html)![1]!;
    expect(citation).not.toContain("doi.org");

    const text = await pdfText(review);
    expect(text.match(/https:\/\/doi\.org\/10\.1038\/386078a0/g) ?? []).toHaveLength(0);
    expect(text.match(/doi:10\.1038\/386078a0/g)).toHaveLength(3); // two evidence items and the bibliography
  });

  it("prints a claim without a restatement once: its quote is the headline", async () => {
    const unrestated = structuredClone(review);
    const claim = unrestated.claims.find((c) => c.restatement.startsWith("MGP-knockout mice"))!;
    claim.restatement = "";
    const quote = claim.quote.exact;
    const count = (text: string) => text.split(quote).length - 1;
    expect(count(toMarkdown(unrestated, EXPORT_OPTIONS).replace(/\\/g, "").split("## Claims")[1]!.split("## Bibliography")[0]!)).toBe(1);
    expect(count(toHtml(unrestated, EXPORT_OPTIONS).split("<section class=\"claims-section\"")[1]!)).toBe(1);
    expect(count((await pdfText(unrestated)).replace(/\s+/g, " ").split("Claims (")[1]!)).toBe(1);
    // With a restatement, the quote is printed under it.
    expect(count(toMarkdown(review, EXPORT_OPTIONS).replace(/\\/g, "").split("## Claims")[1]!)).toBe(1);
  });
});

describe("bibliographies keep every identifier", () => {
  const review = buildReviewFixture();

  it("BibTeX carries the PMID (pmid, and eprint for BibLaTeX) and the URL", () => {
    const bibtex = toBibliography(review, "bibtex");
    expect(bibtex).toContain("\tpmid = {9052783},");
    expect(bibtex).toContain("\teprint = {9052783},\n\teprinttype = {pubmed},");
    expect(bibtex).toContain("https://example.cn/k2?id=1&lang=zh");
  });

  it("RIS carries the PMID in AN, the URL in UR, and pages as SP/EP", () => {
    const ris = toBibliography(review, "ris");
    const luo = ris.split("\n\n").find((record) => record.includes("Spontaneous calcification"))!;
    expect(luo).toMatch(/^AN {2}- 9052783$/m);
    expect(luo).toMatch(/^SP {2}- 78$/m);
    expect(luo).toMatch(/^EP {2}- 81$/m);
    expect(ris).toMatch(/^UR {2}- https:\/\/ods\.od\.nih\.gov\/factsheets\/VitaminK-HealthProfessional\/$/m);
  });
});
