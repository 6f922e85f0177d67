import { fromMarkdown } from "mdast-util-from-markdown";

/**
 * User-written Markdown (a summary, a rationale) with every image turned into a link to it:
 * `![chart](https://x.example/p.gif)` becomes `[chart](https://x.example/p.gif)`, and an image
 * without alt text becomes `[image](…)`. An image in a published review would make every
 * reader's browser fetch a third party's URL (a tracking pixel), so no renderer shows one.
 * Everything else in the Markdown is kept exactly as written.
 *
 * The one rule every place that renders user Markdown applies first: the reader and workspace
 * (SafeMarkdown, markdownToRichNodes) and the HTML, PDF and Markdown reports.
 */
export function markdownWithoutImages(markdown: string): string {
  // Every image starts with a literal "![": most texts have none and are returned as they are.
  if (!markdown.includes("![")) return markdown;
  let text = markdown;
  // Turning an image into a link can reveal another one (an image in an image's alt text, or
  // "![x]![r]" becoming the reference image "![x][r]"), so the result is parsed again until
  // none is left; a pathological text is escaped wholesale after a few passes.
  for (let pass = 0; pass < 4; pass++) {
    const images = imageStarts(text);
    if (images.length === 0) return text;
    text = linkInsteadOfImages(text, images);
  }
  return imageStarts(text).length === 0 ? text : text.replace(/!\[/g, "!\\[");
}

interface ImageStart {
  /** Offset of the image's "!". */
  offset: number;
  hasAlt: boolean;
}

function imageStarts(markdown: string): ImageStart[] {
  const starts: ImageStart[] = [];
  const visit = (node: { type: string; alt?: string | null; position?: { start: { offset?: number } }; children?: unknown[] }) => {
    if ((node.type === "image" || node.type === "imageReference") && node.position?.start.offset !== undefined) {
      starts.push({ offset: node.position.start.offset, hasAlt: (node.alt ?? "").trim() !== "" });
    }
    for (const child of node.children ?? []) visit(child as typeof node);
  };
  visit(fromMarkdown(markdown));
  return starts.sort((a, b) => a.offset - b.offset);
}

function linkInsteadOfImages(markdown: string, images: readonly ImageStart[]): string {
  let out = "";
  let copied = 0;
  for (const { offset, hasAlt } of images) {
    if (markdown[offset] !== "!" || markdown[offset + 1] !== "[") continue;
    out += markdown.slice(copied, offset);
    // "!![x](u)": dropping the image's "!" would leave the one before it starting a new image.
    if (out.endsWith("!") && !isEscaped(out, out.length - 1)) out = `${out.slice(0, -1)}\\!`;
    out += hasAlt ? "[" : "[image";
    copied = offset + 2;
  }
  return out + markdown.slice(copied);
}

/** Whether the character at `index` follows an odd number of backslashes. */
function isEscaped(text: string, index: number): boolean {
  let backslashes = 0;
  for (let i = index - 1; i >= 0 && text[i] === "\\"; i--) backslashes++;
  return backslashes % 2 === 1;
}
