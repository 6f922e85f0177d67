import fc from "fast-check";
import { fromMarkdown } from "mdast-util-from-markdown";
import { describe, expect, it } from "vitest";
import { markdownWithoutImages } from "./markdown-without-images";

function nodeTypes(markdown: string): string[] {
  const types: string[] = [];
  const visit = (node: { type: string; children?: unknown[] }) => {
    types.push(node.type);
    for (const child of node.children ?? []) visit(child as typeof node);
  };
  visit(fromMarkdown(markdown));
  return types;
}

const hasImage = (markdown: string) => nodeTypes(markdown).some((type) => type === "image" || type === "imageReference");

describe("markdownWithoutImages", () => {
  it.each([
    ["![chart](https://tracker.example/p.gif)", "[chart](https://tracker.example/p.gif)"],
    ['See ![the pixel](https://t.example/p.gif "title") here.', 'See [the pixel](https://t.example/p.gif "title") here.'],
    ["![](https://t.example/p.gif)", "[image](https://t.example/p.gif)"],
    ["![logo][ref]\n\n[ref]: https://t.example/logo.png", "[logo][ref]\n\n[ref]: https://t.example/logo.png"],
    ["![ref]\n\n[ref]: https://t.example/logo.png", "[ref]\n\n[ref]: https://t.example/logo.png"],
    ["Wow!![x](https://t.example/p.gif)", "Wow\\![x](https://t.example/p.gif)"],
    ["\\![not an image](https://x.example)", "\\![not an image](https://x.example)"],
    ["`![code](https://x.example)`", "`![code](https://x.example)`"],
    ["**Bold** and [a link](https://x.example), no image.", "**Bold** and [a link](https://x.example), no image."],
  ])("%j → %j", (input, expected) => {
    expect(markdownWithoutImages(input)).toBe(expected);
    expect(hasImage(markdownWithoutImages(input))).toBe(false);
  });

  it("keeps the link a reader can follow, with the alt text as its label", () => {
    const types = nodeTypes(markdownWithoutImages("Data: ![Figure 2](https://journal.example/fig2.png)."));
    expect(types).toContain("link");
  });

  it("leaves no image in nested or hostile Markdown", () => {
    for (const input of ["[![badge](https://t.example/b.svg)](https://x.example)", "![![inner](https://t.example/i.gif)](https://t.example/o.gif)", "![![![![a](b)](c)](d)](e)", "!!!![a](b)", "\\\\![a](b)", "[r]: https://t.example/r.png\n\n![]![r]", "> ![q](https://t.example/q.gif)\n\n- ![l](https://t.example/l.gif)"]) {
      expect(hasImage(markdownWithoutImages(input)), input).toBe(false);
    }
  });

  it("never leaves an image, whatever the text (property)", () => {
    const piece = fc.constantFrom("![", "!", "[", "]", "(", ")", "a", " ", "\\", "`", "\n", "https://t.example/p.gif", "[r]: https://t.example/r.png\n", "[r]", "![r]", "[]", "](u)", "<", ">", "*", '"');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const output = markdownWithoutImages(pieces.join(""));
        return !hasImage(output);
      }),
      { numRuns: 1500 },
    );
  });
});
