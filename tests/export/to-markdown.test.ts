import { describe, expect, it } from "vitest";
import { escapeMarkdownBlock, escapeMarkdownInline, markdownLink } from "@/domain/export/markdown-text";
import { toMarkdown } from "@/domain/export/to-markdown";
import { EXPORT_OPTIONS, JAVASCRIPT_URL, UNICODE_SAMPLES, buildReviewFixture } from "./review-fixture";

const review = buildReviewFixture();
const markdown = toMarkdown(review, EXPORT_OPTIONS);

describe("markdown escaping", () => {
  it.each([
    ["<script>alert(1)</script>", "\\<script\\>alert(1)\\</script\\>"],
    ["[click](javascript:alert(1))", "\\[click\\](javascript:alert(1))"],
    ["![img](x)", "!\\[img\\](x)"],
    ["`code` *em* _em_ ~~del~~ a|b", "\\`code\\` \\*em\\* \\_em\\_ \\~\\~del\\~\\~ a\\|b"],
    ["&lt;b&gt;", "\\&lt;b\\&gt;"],
    ["# heading", "\\# heading"],
    ["1. item", "1\\. item"],
    ["- item", "\\- item"],
    ["+ item", "\\+ item"],
    ["> quoted", "\\> quoted"],
    ["see https://evil.example and www.evil.example", "see https\\://evil.example and www\\.evil.example"],
    ["µg ≥ − αβγ 中文", "µg ≥ − αβγ 中文"],
    ["line one\nline two", "line one line two"],
  ])("escapes %j inline", (input, expected) => {
    expect(escapeMarkdownInline(input)).toBe(expected);
  });

  it("keeps paragraphs and line breaks of a block, escaping each line start", () => {
    expect(escapeMarkdownBlock("- one\n2. two\n\n<b>x</b>")).toBe("\\- one\\\n2\\. two\n\n\\<b\\>x\\</b\\>");
  });

  it("writes links with an angle-bracket destination", () => {
    expect(markdownLink("doi [x]", "https://doi.org/10.1/a(b)")).toBe("[doi \\[x\\]](<https://doi.org/10.1/a(b)>)");
  });
});

describe("toMarkdown", () => {
  it("has the title, the original URL, the scorecard and the editor's summary", () => {
    expect(markdown).toMatch(/^# Claim review: Reversing calcification and the miracle of vitamin K2\n/);
    expect(markdown).toContain("[https\\://blog.example.com/vitamin-k2](<https://blog.example.com/vitamin-k2>)");
    expect(markdown).toContain("| Supported | 1 |");
    expect(markdown).toContain("| Not yet rated | 1 |");
    expect(markdown).toContain("| **All claims** | **7** |");
    expect(markdown).toContain("**Checkable claims supported:** 40% (2 of 5 rated claims are supported or mostly supported).");
    // The summary is the editor's Markdown, kept as written (a soft line break stays one).
    expect(markdown).toContain("## Editor's summary\n\nThe post mixes a sound animal finding with large overstatements.\nDoses such as 180 µg");
  });

  it("lists every claim in reading order with its verdict, quote and rationale", () => {
    const headings = [...markdown.matchAll(/^### (\d+)\. (.*)$/gm)].map((match) => match[2]);
    expect(headings).toHaveLength(7);
    expect(headings[0]).toBe("Matrix GLA protein is the only known inhibitor of arterial calcification.");
    expect(markdown).toContain("**Verdict: Mostly supported**");
    expect(markdown).toContain("**Verdict: Not checkable**");
    expect(markdown).toContain("**Verdict: Not yet rated**");
    expect(markdown).toContain("> Mice bred without it died within two months because their arteries calcified and ruptured.");
    expect(markdown).toContain("**Rationale**\n\nExactly what Luo et al. report.");
    // Rationale Markdown stays Markdown, not escaped into literal asterisks.
    expect(markdown).toContain("MGP is a key inhibitor, but **not the only one**: pyrophosphate");
  });

  it("gives evidence with stance, design, citation, DOI and PubMed links and the finding", () => {
    expect(markdown).toContain("1. **Supports** · Animal study — Luo, G.");
    expect(markdown).toContain("[doi:10.1038/386078a0](<https://doi.org/10.1038/386078a0>) · [PMID 9052783](<https://pubmed.ncbi.nlm.nih.gov/9052783/>)");
    expect(markdown).toContain("Finding: “All MGP-null mice died within two months from arterial calcification leading to blood-vessel rupture.” (p. 79)");
    expect(markdown).toContain("## Bibliography");
  });

  it("keeps Unicode as it is", () => {
    for (const sample of UNICODE_SAMPLES) expect(markdown).toContain(sample);
  });

  it("makes user-written HTML and links inert", () => {
    // Every "<" is either backslash-escaped or opens one of our own link destinations "](<https://…>)".
    for (const match of markdown.matchAll(/(?<!\\)</g)) {
      expect(markdown.slice((match.index ?? 0) - 2, (match.index ?? 0) + 9)).toBe("](<https://");
    }
    expect(markdown).toContain("\\<script\\>alert(1)\\</script\\> K2 cures everything");
    expect(markdown).toContain("See \\[a link](javascript:alert(1)) \\<img src=x onerror=alert(1)>.");
    expect(markdown).not.toContain(`(<${JAVASCRIPT_URL}`);
    // Every real link destination is one we built: http(s) only.
    const destinations = [...markdown.matchAll(/\]\(<([^>]*)>\)/g)].map((match) => match[1]);
    expect(destinations.length).toBeGreaterThan(5);
    for (const destination of destinations) expect(destination).toMatch(/^https:\/\//);
  });
});
