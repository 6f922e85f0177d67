// fontkit ships no types; pdfkit uses it to read TrueType/OpenType, and so do the PDF fonts here.
declare module "fontkit" {
  export interface Font {
    postscriptName: string;
    ascent: number;
    unitsPerEm: number;
    hasGlyphForCodePoint(codePoint: number): boolean;
    /** Shapes text (GSUB/GPOS); features as fontkit takes them (a list or a feature → on/off map). */
    layout(text: string, features?: unknown): GlyphRun;
  }
  export interface GlyphRun {
    glyphs: Glyph[];
    positions: GlyphPosition[];
    readonly advanceWidth: number;
  }
  export interface Glyph {
    id: number;
    readonly advanceWidth: number;
    codePoints: number[];
  }
  export interface GlyphPosition {
    xAdvance: number;
    yAdvance: number;
    xOffset: number;
    yOffset: number;
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}
