import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { create as openFont, type Font, type Glyph, type GlyphPosition, type GlyphRun } from "fontkit";

/**
 * The PDF's embedded fonts. pdfkit's built-in fonts only cover WinAnsi, so the report embeds
 * Noto Sans (Latin, Greek, Cyrillic, µ, −) and falls back, character by character, to Noto Sans
 * Hans (GB2312 Chinese plus ≥ and other symbols Noto Sans lacks). Both come from npm packages.
 */

export type PdfFontName = "sans" | "sans-bold" | "sans-italic" | "sans-bold-italic" | "cjk";

const FONT_FILES: Record<PdfFontName, { packageName: string; file: string }> = {
  sans: { packageName: "@embedpdf/fonts-latin", file: "NotoSans-Regular.ttf" },
  "sans-bold": { packageName: "@embedpdf/fonts-latin", file: "NotoSans-Bold.ttf" },
  "sans-italic": { packageName: "@embedpdf/fonts-latin", file: "NotoSans-Italic.ttf" },
  "sans-bold-italic": { packageName: "@embedpdf/fonts-latin", file: "NotoSans-BoldItalic.ttf" },
  cjk: { packageName: "@embedpdf/fonts-sc", file: "NotoSansHans-Regular.otf" },
};

export interface PdfFont {
  name: PdfFontName;
  path: string;
  data: Buffer;
  glyphs: Font;
  /** The same font remembering its layouts across documents: what PDF documents are given (see rememberLayouts). */
  shaping: Font;
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

/** Loads the five fonts once per process. */
export function loadPdfFonts(): Record<PdfFontName, PdfFont> {
  if (loaded) return loaded;
  const load = (name: PdfFontName): PdfFont => {
    const path = pdfFontFile(name);
    const data = readFileSync(path);
    const glyphs = openFont(data);
    return { name, path, data, glyphs, shaping: rememberLayouts(glyphs) };
  };
  loaded = { sans: load("sans"), "sans-bold": load("sans-bold"), "sans-italic": load("sans-italic"), "sans-bold-italic": load("sans-bold-italic"), cjk: load("cjk") };
  return loaded;
}

/**
 * Shaping text (fontkit's layout: the font's GSUB and GPOS lookups) took about a quarter of a
 * 2,000-claim report's time, and pdfkit remembers a layout only within one document. The font
 * given to pdfkit (which accepts parsed fontkit fonts) therefore remembers layouts across
 * documents, by text and features, up to a bound. pdfkit scales the positions it receives in
 * place, so every call gets fresh copies of them; glyphs are only read.
 */
const REMEMBERED_LAYOUTS_PER_FONT = 20_000;

interface RememberedLayout {
  glyphs: Glyph[];
  positions: GlyphPosition[];
}

const layoutsOfEveryFont: Array<Map<string, RememberedLayout>> = [];

/** Forgets every remembered layout, so a benchmark can measure a first export. */
export function forgetRememberedLayouts(): void {
  for (const layouts of layoutsOfEveryFont) layouts.clear();
}

function rememberLayouts(font: Font): Font {
  const layouts = new Map<string, RememberedLayout>();
  layoutsOfEveryFont.push(layouts);
  const layout = (text: string, features?: unknown): GlyphRun => {
    const key = features === undefined ? text : `${JSON.stringify(features)}\u0000${text}`;
    let remembered = layouts.get(key);
    if (!remembered) {
      const run = font.layout(text, features);
      remembered = { glyphs: run.glyphs, positions: run.positions.map(copyPosition) };
      // Forgetting everything at the bound is crude but cheap: the next report's words are simply shaped again.
      if (layouts.size >= REMEMBERED_LAYOUTS_PER_FONT) layouts.clear();
      layouts.set(key, remembered);
    }
    const positions = remembered.positions.map(copyPosition);
    return {
      glyphs: remembered.glyphs,
      positions,
      get advanceWidth() {
        return positions.reduce((width, position) => width + position.xAdvance, 0);
      },
    };
  };
  return new Proxy(font, {
    get(target, property) {
      if (property === "layout") return layout;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

function copyPosition({ xAdvance, yAdvance, xOffset, yOffset }: GlyphPosition): GlyphPosition {
  return { xAdvance, yAdvance, xOffset, yOffset };
}

/** A character other than printable ASCII, tab or line break: text without one needs no look-up. */
const NOT_PLAIN_ASCII = /[^ -~\t\n\r]/;

export interface FontRun {
  font: PdfFontName;
  text: string;
}

/**
 * fontkit's hasGlyphForCodePoint searches the font's cmap on every call, and a report asks it
 * for every character it prints (about 2 s of CPU for a 2,000-claim review); the answers are
 * kept per font, for the few hundred distinct characters a report uses.
 */
const glyphCoverage = new WeakMap<Font, Map<number, boolean>>();

function hasGlyph(font: Font, codePoint: number): boolean {
  let coverage = glyphCoverage.get(font);
  if (!coverage) glyphCoverage.set(font, (coverage = new Map()));
  let covered = coverage.get(codePoint);
  if (covered === undefined) coverage.set(codePoint, (covered = font.hasGlyphForCodePoint(codePoint)));
  return covered;
}

/**
 * Splits text into runs of one font each: the preferred font where it has the glyph, else the
 * fallback font; whitespace stays in the current run so that words are not split needlessly.
 */
export function splitIntoFontRuns(text: string, preferred: PdfFontName, fonts: Record<PdfFontName, PdfFont>): FontRun[] {
  // Every Latin font has every printable ASCII character (tests/export/to-pdf.test.ts): most text needs no look-up.
  if (!NOT_PLAIN_ASCII.test(text)) return [{ font: preferred, text }];
  const runs: Array<{ font: PdfFontName; start: number }> = [];
  let offset = 0;
  for (const character of text) {
    const codePoint = character.codePointAt(0) ?? 0;
    const current = runs[runs.length - 1];
    let font: PdfFontName;
    if (current && /\s/.test(character)) font = current.font;
    else if (hasGlyph(fonts[preferred].glyphs, codePoint)) font = preferred;
    else if (hasGlyph(fonts.cjk.glyphs, codePoint)) font = "cjk";
    else font = preferred;
    if (!current || current.font !== font) runs.push({ font, start: offset });
    offset += character.length;
  }
  return runs.map((run, index) => ({ font: run.font, text: text.slice(run.start, runs[index + 1]?.start ?? text.length) }));
}
