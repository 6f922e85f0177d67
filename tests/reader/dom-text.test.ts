/** The embed reads a publisher page's visible text (overlay-client/dom-text.ts), here on linkedom's DOM. */
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { readDomText } from "../../overlay-client/dom-text";

function textOf(html: string, skip?: (element: Element) => boolean) {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return readDomText(document.body, skip);
}

describe("readDomText", () => {
  it("collapses whitespace, separates blocks with a blank line and joins inline elements", () => {
    const read = textOf("<p>  Hello \n\t <a href='#'>wide</a>   world </p>\n<div><p> Next <em>one</em></p></div>");
    expect(read.text).toBe("Hello wide world\n\nNext one");
  });

  it("maps every character back to its text node and offset (separators to none)", () => {
    const read = textOf("<p>ab  <b>cd</b></p><p>ef</p>");
    expect(read.text).toBe("ab cd\n\nef");
    const at = (i: number) => (read.nodeAt[i]! === -1 ? null : [read.nodes[read.nodeAt[i]!]!.data, read.offsetAt[i]]);
    expect([0, 1, 2, 3, 4, 5, 6, 7].map(at)).toEqual([["ab  ", 0], ["ab  ", 1], ["ab  ", 2], ["cd", 0], ["cd", 1], null, null, ["ef", 0]]);
    expect(read.nodeAt.length).toBe(read.text.length);
    expect(read.offsetAt.length).toBe(read.text.length);
  });

  it("skips scripts, hidden and aria-hidden subtrees and what the caller excludes", () => {
    const read = textOf("<p>one<script>no()</script> <span hidden>no</span><span aria-hidden='true'>no</span><i class='ours'>no</i>two</p>", (e) => e.classList.contains("ours"));
    expect(read.text).toBe("one two");
  });

  it("handles more text than its first buffer holds", () => {
    const words = Array.from({ length: 30_000 }, (_, i) => `w${i}`).join(" ");
    const read = textOf(`<p>${words}</p><p>end</p>`);
    expect(read.text).toBe(`${words}\n\nend`);
    expect(read.offsetAt[read.text.length - 1]).toBe(2);
  });
});
