import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { create as openFont, type Font } from "fontkit";

/**
 * The PDF's embedded fonts. pdfkit's built-in fonts only cover WinAnsi, so the report embeds
 * Noto Sans (Latin, Greek, Cyrillic, µ, −) and falls back, character by character, to Noto Sans
 * Hans (GB2312 Chinese plus ≥ and other symbols Noto Sans lacks). Both come from npm packages.
 */

export type PdfFontName = "sans" | "sans-bold" | "sans-italic" | "cjk";

const FONT_FILES: Record<PdfFontName, { packageName: string; file: string }> = {
  sans: { packageName: "@embedpdf/fonts-latin", file: "NotoSans-Regular.ttf" },
  "sans-bold": { packageName: "@embedpdf/fonts-latin", file: "NotoSans-Bold.ttf" },
  "sans-italic": { packageName: "@embedpdf/fonts-latin", file: "NotoSans-Italic.ttf" },
  cjk: { packageName: "@embedpdf/fonts-sc", file: "NotoSansHans-Regular.otf" },
};

export interface PdfFont {
  name: PdfFontName;
  path: string;
  data: Buffer;
  glyphs: Font;
}

let loaded: Record<PdfFontName, PdfFont> | null = null;

export function pdfFontFile(name: PdfFontName): string {
  const { packageName, file } = FONT_FILES[name];
  const candidates: string[] = [];
  try {
    // The package's main entry is dist/index.*; its fonts are in ../fonts.
    candidates.push(join(dirname(createRequire(import.meta.url).resolve(packageName)), "..", "fonts", file));
  } catch {
    // Bundlers may hide require.resolve; the working directory's node_modules is the fallback.
  }
  candidates.push(join(process.cwd(), "node_modules", packageName, "fonts", file));
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) throw new Error(`PDF font ${file} not found: install ${packageName} (looked in ${candidates.join(", ")})`);
  return found;
}

/** Loads the four fonts once per process. */
export function loadPdfFonts(): Record<PdfFontName, PdfFont> {
  if (loaded) return loaded;
  const load = (name: PdfFontName): PdfFont => {
    const path = pdfFontFile(name);
    const data = readFileSync(path);
    return { name, path, data, glyphs: openFont(data) };
  };
  loaded = { sans: load("sans"), "sans-bold": load("sans-bold"), "sans-italic": load("sans-italic"), cjk: load("cjk") };
  return loaded;
}

export interface FontRun {
  font: PdfFontName;
  text: string;
}

/**
 * Splits text into runs of one font each: the preferred font where it has the glyph, else the
 * fallback font; whitespace stays in the current run so that words are not split needlessly.
 */
export function splitIntoFontRuns(text: string, preferred: PdfFontName, fonts: Record<PdfFontName, PdfFont>): FontRun[] {
  const runs: FontRun[] = [];
  for (const character of text) {
    const codePoint = character.codePointAt(0) ?? 0;
    const current = runs[runs.length - 1];
    let font: PdfFontName;
    if (/\s/.test(character) && current) font = current.font;
    else if (fonts[preferred].glyphs.hasGlyphForCodePoint(codePoint)) font = preferred;
    else if (fonts.cjk.glyphs.hasGlyphForCodePoint(codePoint)) font = "cjk";
    else font = preferred;
    if (current && current.font === font) current.text += character;
    else runs.push({ font, text: character });
  }
  return runs;
}
