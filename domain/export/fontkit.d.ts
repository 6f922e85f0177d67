// fontkit ships no types; pdfkit uses it to read TrueType/OpenType, and so do the PDF fonts here.
declare module "fontkit" {
  export interface Font {
    postscriptName: string;
    ascent: number;
    unitsPerEm: number;
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}
