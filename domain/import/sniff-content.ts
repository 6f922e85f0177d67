/* eslint-disable no-control-regex -- file signatures are control bytes */
/**
 * Whether a file or paste is an article at all, whatever its name says: images, PDFs, programs,
 * archives and other binary files renamed .txt or .md are refused with what they look like.
 * Works on the text as it reaches the server (a file read as UTF-8 in the browser, where every
 * byte that is not UTF-8 became U+FFFD) and on text decoded byte by byte (Latin-1).
 */
export type NonArticleKind = "image" | "PDF" | "program" | "archive" | "audio or video file" | "database" | "binary file";

/** Bytes of 0x80 and above: as they are (Latin-1) or as the replacement character. */
const HIGH = "(?:[\\x80-\\xff]|\\uFFFD)";

const MAGIC_NUMBERS: { kind: NonArticleKind; pattern: RegExp }[] = [
  { kind: "PDF", pattern: /^%PDF-/ },
  { kind: "image", pattern: new RegExp(`^${HIGH}PNG\\r\\n\\x1a\\n`) },
  { kind: "image", pattern: /^[\s\S]{3,8}(?:JFIF|Exif)/ }, // JPEG: FF D8 FF E0/E1, then the JFIF or Exif marker
  { kind: "image", pattern: /^GIF8[79]a/ },
  { kind: "image", pattern: /^RIFF[\s\S]{4}WEBP/ },
  { kind: "image", pattern: /^(?:II\*\x00|MM\x00\*)/ }, // TIFF
  { kind: "image", pattern: /^BM[\s\S]{4}\x00\x00\x00\x00/ }, // BMP
  { kind: "image", pattern: /^\x00\x00\x01\x00[\s\S]\x00/ }, // ICO
  { kind: "image", pattern: /^[\s\S]{4}ftyp(?:avif|heic|heix|mif1)/ },
  { kind: "audio or video file", pattern: /^[\s\S]{4}ftyp/ },
  { kind: "audio or video file", pattern: /^(?:ID3|OggS|fLaC|RIFF[\s\S]{4}(?:WAVE|AVI ))/ },
  { kind: "audio or video file", pattern: new RegExp(`^\\x1aE${HIGH}${HIGH}`) }, // Matroska/WebM
  { kind: "program", pattern: /^\x7fELF/ },
  { kind: "program", pattern: /^MZ[\s\S]{0,200}\x00/ }, // Windows executable
  { kind: "program", pattern: new RegExp(`^(?:${HIGH}{4})[\\s\\S]{0,4}\\x00`) }, // Mach-O, Java class (CA FE BA BE): checked with NUL bytes
  { kind: "program", pattern: /^\x00asm/ },
  { kind: "archive", pattern: /^PK\x03\x04/ },
  { kind: "archive", pattern: new RegExp(`^(?:\\x1f${HIGH}|BZh|7z${HIGH}'|Rar!\\x1a\\x07|\\xfd7zXZ|\\uFFFD7zXZ)`) },
  { kind: "database", pattern: /^SQLite format 3\x00/ },
];

const SAMPLE_LENGTH = 64 * 1024;
/** A text may carry the odd stray byte (a Windows-1252 quote); a binary file is full of them. */
const MAX_BAD_SHARE = 0.02;

/** What the content looks like when it is not text, or null when it is text. */
export function sniffNonArticle(raw: string): NonArticleKind | null {
  const sample = raw.slice(0, SAMPLE_LENGTH);
  if (sample.length === 0) return null;
  const bad = countBadCharacters(sample);
  const hasNul = sample.includes("\x00");
  for (const { kind, pattern } of MAGIC_NUMBERS) {
    if (!pattern.test(sample)) continue;
    // The loosest signatures (high bytes at the start) count only when the rest is binary too.
    const loose = pattern.source.startsWith(`^(?:${HIGH}{4})`);
    if (!loose || hasNul || bad / sample.length > MAX_BAD_SHARE) return kind;
  }
  if (hasNul || bad / sample.length > MAX_BAD_SHARE) return "binary file";
  return null;
}

/** Replacement characters and control characters other than tab, newlines and form feed. */
function countBadCharacters(sample: string): number {
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code === 0xfffd || (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) || code === 0x7f) bad++;
  }
  return bad;
}

/** The message a reviewer sees: what the file looks like, and what to do. */
export function nonArticleMessage(kind: NonArticleKind): string {
  if (kind === "PDF") return "This looks like a PDF, not an article's text. PDF import is not supported yet: open the PDF, copy its text and paste it here.";
  const article = /^[aeiou]/i.test(kind) ? "an" : "a";
  return `This looks like ${article} ${kind}, not an article. Import the article's text, Markdown or HTML instead.`;
}
