import { describe, expect, it } from "vitest";
import { markdownToRichNodes } from "./markdown-to-rich";
import { safeMarkdownUrl } from "./rich-text";

describe("markdownToRichNodes", () => {
  it("keeps Markdown's structure: paragraphs, emphasis, links, lists", () => {
    expect(markdownToRichNodes("An **association**, not *cause*: see [the trial](https://example.org/t).")).toEqual([
      ["p", null, "An ", ["strong", null, "association"], ", not ", ["em", null, "cause"], ": see ", ["a", { href: "https://example.org/t" }, "the trial"], "."],
    ]);
    expect(markdownToRichNodes("- one\n- two")).toEqual([["ul", null, ["li", null, "one"], ["li", null, "two"]]]);
    expect(markdownToRichNodes("")).toEqual([]);
  });

  it("drops raw HTML and refuses script URLs, as SafeMarkdown does", () => {
    const nodes = JSON.stringify(markdownToRichNodes(`<script>alert(1)</script>\n\nHi <img src=x onerror=alert(1)> [x](javascript:alert(1)) ![i](data:text/html,hi) [ok](/articles/a#claim-1)`));
    expect(nodes).not.toMatch(/script>|onerror|javascript:|data:/);
    expect(nodes).toContain('"href":""');
    expect(nodes).toContain('"href":"/articles/a#claim-1"');
  });

  it("safeMarkdownUrl allows http(s), mailto, # and / only", () => {
    expect(["https://a.org", "http://a.org", "mailto:a@b.org", "#x", "/x:y"].map(safeMarkdownUrl)).toEqual(["https://a.org", "http://a.org", "mailto:a@b.org", "#x", "/x:y"]);
    expect(["javascript:alert(1)", "JAVASCRIPT:x", "vbscript:x", "data:text/html,x", "relative/path", "xmpp:a@b"].map(safeMarkdownUrl)).toEqual(["", "", "", "", "", ""]);
  });
});
