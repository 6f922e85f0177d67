import { describe, expect, it } from "vitest";
import { escapeHtml, htmlParagraphs } from "@/domain/export/html-text";
import { toHtml } from "@/domain/export/to-html";
import { EXPORT_OPTIONS, UNICODE_SAMPLES, XSS_RESTATEMENT, buildReviewFixture } from "./review-fixture";

const review = buildReviewFixture();
const html = toHtml(review, EXPORT_OPTIONS);

describe("html escaping", () => {
  it("escapes the five significant characters", () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe("&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
  });

  it("turns blank lines into paragraphs and newlines into <br>", () => {
    expect(htmlParagraphs("a\nb<\n\nc")).toBe("<p>a<br>b&lt;</p>\n<p>c</p>");
  });
});

describe("toHtml", () => {
  it("is one standalone document with inline CSS and print rules", () => {
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain("<style>");
    expect(html).toContain("@media print");
    expect(html).toContain("break-inside:avoid");
    expect(html).toContain("Content-Security-Policy");
  });

  /** Every element tag in the document with its attributes; user text is escaped, so these are all ours. */
  const tags = [...html.matchAll(/<([a-zA-Z][\w-]*)((?:\s+[\w:-]+(?:="[^"]*")?)*)\s*\/?>/g)].map((match) => ({
    name: (match[1] ?? "").toLowerCase(),
    attributes: [...(match[2] ?? "").matchAll(/([\w:-]+)(?:="([^"]*)")?/g)].map((attribute) => ({ name: (attribute[1] ?? "").toLowerCase(), value: attribute[2] ?? "" })),
  }));

  it("contains no script, no embedded or external resource element and no event handler", () => {
    expect(html).not.toMatch(/<script/i);
    expect(tags.length).toBeGreaterThan(50);
    const names = new Set(tags.map((tag) => tag.name));
    for (const forbidden of ["script", "img", "iframe", "object", "embed", "link", "base", "form", "video", "audio", "source"]) {
      expect(names.has(forbidden)).toBe(false);
    }
    for (const tag of tags) {
      for (const attribute of tag.attributes) {
        expect(attribute.name.startsWith("on")).toBe(false);
        expect(["src", "srcset", "action", "formaction", "background", "xlink:href"]).not.toContain(attribute.name);
      }
    }
  });

  it("escapes the hostile claim and never puts a javascript: URL into an attribute", () => {
    expect(html).toContain(escapeHtml(XSS_RESTATEMENT));
    expect(html).toContain("Miracle K2 &lt;img src=x onerror=alert(1)&gt; shop");
    for (const tag of tags) for (const attribute of tag.attributes) expect(attribute.value).not.toMatch(/javascript:/i);
  });

  it("makes no external request: every href is http(s) or an in-page anchor", () => {
    expect(html).not.toMatch(/url\(/i);
    expect(html).not.toMatch(/@import/i);
    const hrefs = tags.flatMap((tag) => tag.attributes.filter((attribute) => attribute.name === "href").map((attribute) => attribute.value));
    expect(hrefs.length).toBeGreaterThan(5);
    for (const href of hrefs) expect(href).toMatch(/^(https?:\/\/|#claim-)/);
  });

  it("shows the scorecard as a stacked bar with a legend and the supported share", () => {
    expect(html).toContain('class="bar__segment bar__segment--supported" style="width:14.29%"');
    expect(html).toContain("40%</strong>");
    expect(html).toContain("Not yet rated</span><span class=\"count\">1</span>");
  });

  it("gives every claim a badge with colour class, icon and word, in reading order", () => {
    const ids = [...html.matchAll(/<li class="claim claim--(\w+)" id="claim-([\w-]+)">/g)].map((match) => [match[2], match[1]]);
    expect(ids).toEqual([
      ["claim-mgp", "mostly_supported"],
      ["claim-mice", "supported"],
      ["claim-deaths", "contradicted"],
      ["claim-dose", "unsupported"],
      ["claim-half-life", "mixed"],
      ["claim-natto", "not_checkable"],
      ["claim-osteo", "unrated"],
    ]);
    expect(html).toMatch(/<span class="badge badge--contradicted"><svg class="verdict-icon"[^>]*>.*?<\/svg>Contradicted<\/span>/);
  });

  it("links evidence by DOI and PubMed and keeps Unicode", () => {
    expect(html).toContain('<a href="https://doi.org/10.1038/386078a0" rel="noopener noreferrer">doi:10.1038/386078a0</a>');
    expect(html).toContain('<a href="https://pubmed.ncbi.nlm.nih.gov/9052783/" rel="noopener noreferrer">PMID 9052783</a>');
    for (const sample of UNICODE_SAMPLES) expect(html).toContain(sample);
  });
});
