import { readFileSync } from "node:fs";
import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { nonArticleMessage, sniffNonArticle } from "./sniff-content";

/** Reads bytes the way the browser's File.text() does: UTF-8, invalid sequences as U+FFFD. */
const asBrowserText = (bytes: Uint8Array) => new TextDecoder("utf-8").decode(bytes);
const asLatin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString("latin1");

/** A real 64×64 PNG (valid chunks, compressed pixels), as a disguised "notes.md" would hold it. */
function pngBytes(): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    return Buffer.concat([length, Buffer.from(type, "latin1"), data, Buffer.alloc(4)]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(64, 0);
  header.writeUInt32BE(64, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const pixels = Buffer.alloc(64 * (1 + 64 * 4));
  for (let i = 0; i < pixels.length; i++) pixels[i] = (i * 7919) % 251;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", header), chunk("IDAT", deflateSync(pixels)), chunk("IEND", Buffer.alloc(0))]);
}

/** An ELF program header followed by machine code and a string table, as a "program renamed .txt". */
function elfBytes(): Uint8Array {
  const body = Buffer.alloc(40_000);
  for (let i = 0; i < body.length; i++) body[i] = (i * 31 + (i >> 8)) % 256;
  body.write("GLIBC_2.2.5\0printf\0main\0", 20_000, "latin1");
  return Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), body]);
}

describe("sniffNonArticle: files that are not articles, whatever their name", () => {
  it.each([
    ["a PNG read as UTF-8 (renamed .md)", asBrowserText(pngBytes()), "image"],
    ["a PNG read byte by byte", asLatin1(pngBytes()), "image"],
    ["a program (ELF) renamed .txt", asBrowserText(elfBytes()), "program"],
    ["a JPEG", asBrowserText(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, ...new Array(500).fill(0x80)])), "image"],
    ["a GIF", "GIF89a\x01\x00\x01\x00\x80\x00\x00", "image"],
    ["a PDF", "%PDF-1.7\n%\uFFFD\uFFFD\uFFFD\uFFFD\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "PDF"],
    ["a Word file (zip)", asBrowserText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00])), "archive"],
    ["a Windows program", `MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00${"\uFFFD".repeat(100)}This program cannot be run in DOS mode.`, "program"],
    ["an unknown binary", asBrowserText(Uint8Array.from({ length: 5000 }, (_, i) => (i * 13) % 256)), "binary file"],
  ])("%s is refused as %s", (_name, raw, kind) => {
    expect(sniffNonArticle(raw)).toBe(kind);
  });

  it("lets real text through: the demo article, accents, emoji, CJK, a Windows-1252 file with a few stray bytes", () => {
    const demo = readFileSync(new URL("../../prisma/fixtures/vitamin-k2/source.txt", import.meta.url), "utf8");
    expect(sniffNonArticle(demo)).toBeNull();
    expect(sniffNonArticle("Éléphant: 象は大きい 🐘 — « naïve » café\n\nSecond paragraph.")).toBeNull();
    expect(sniffNonArticle(`${"A plain sentence of an old text file. ".repeat(100)}It said \uFFFDquoted\uFFFD once.`)).toBeNull();
    expect(sniffNonArticle("")).toBeNull();
  });

  it("says what the file looks like, and what to do instead", () => {
    expect(nonArticleMessage("image")).toBe("This looks like an image, not an article. Import the article's text, Markdown or HTML instead.");
    expect(nonArticleMessage("program")).toMatch(/^This looks like a program, not an article\./);
    expect(nonArticleMessage("PDF")).toMatch(/PDF import is not supported yet/);
  });
});
