import { VERDICT_ICONS, VERDICT_STYLES } from "./verdict-style";
import { reportVerdictLabel, type ReportVerdict } from "./review-report";
import { loadPdfFonts, splitIntoFontRuns, type PdfFont, type PdfFontName } from "./pdf-fonts";

/** A stretch of a paragraph in its own font, colour or link (bold words, a link in a rationale). */
export interface TextSpan {
  text: string;
  font?: LatinFontName;
  color?: string;
  link?: string;
  /** A named destination in this PDF to jump to (see TextStyle.destination), drawn without underline. */
  goTo?: string;
}

/**
 * Drawing helpers over one pdfkit document: text with per-character font fallback, headings
 * kept with what follows them, verdict badges and icons drawn as vectors.
 */

export const PDF_COLORS = { ink: "#1D1D1F", muted: "#5B5B63", rule: "#DCDCE0", accent: "#0B3D5C", link: "#0B5A8A", quoteBg: "#F7F7F4" };

/**
 * The parsed font that remembers its layouts (pdf-fonts.ts). pdfkit takes parsed fontkit fonts
 * in registerFont (CHANGELOG, v0.20.0), but its types list only files and buffers.
 */
export function pdfFontSource(font: PdfFont): PDFKit.Mixins.PDFFontSource {
  return font.shaping as unknown as PDFKit.Mixins.PDFFontSource;
}

export type LatinFontName = Exclude<PdfFontName, "cjk">;

export interface TextStyle {
  font?: LatinFontName;
  size?: number;
  color?: string;
  indent?: number;
  width?: number;
  link?: string;
  gapAfter?: number;
  align?: "left" | "right" | "center";
  /** Names the paragraph's start as a destination that a span's `goTo` jumps to. */
  destination?: string;
}

interface Run {
  font: PdfFontName;
  text: string;
  color: string;
  link: string | null;
  goTo: string | undefined;
}

export class PdfWriter {
  readonly fonts: Record<PdfFontName, PdfFont> = loadPdfFonts();

  constructor(readonly doc: PDFKit.PDFDocument) {
    // Registered under their PostScript names: pdfkit only caches a font under its registered
    // name when that equals the name it already knows it by, else it re-parses it on every switch.
    for (const font of Object.values(this.fonts)) doc.registerFont(font.glyphs.postscriptName, pdfFontSource(font));
    this.useFont("sans");
  }

  /** Switches to one of the embedded fonts. */
  useFont(name: PdfFontName): PDFKit.PDFDocument {
    return this.doc.font(this.fonts[name].glyphs.postscriptName);
  }

  get left(): number {
    return this.doc.page.margins.left;
  }

  get contentWidth(): number {
    return this.doc.page.width - this.doc.page.margins.left - this.doc.page.margins.right;
  }

  get bottom(): number {
    return this.doc.page.height - this.doc.page.margins.bottom;
  }

  /** Starts a new page unless `height` points still fit on this one. */
  ensureSpace(height: number): void {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  /** Writes a paragraph at the left margin (plus indent), switching font wherever a glyph is missing. */
  text(text: string, style: TextStyle = {}): void {
    this.richText([{ text }], style);
  }

  /**
   * Writes a paragraph of spans, each in its own font, colour or link (falling back to the
   * style's), wrapped as one paragraph; a glyph missing from a span's font comes from the CJK font.
   */
  richText(spans: readonly TextSpan[], style: TextStyle = {}): void {
    const { doc } = this;
    const size = style.size ?? 10;
    const indent = style.indent ?? 0;
    const preferred = style.font ?? "sans";
    const runs = spans.flatMap((span): Run[] =>
      splitIntoFontRuns(span.text, span.font ?? preferred, this.fonts).map((run) => ({
        ...run,
        color: span.color ?? style.color ?? PDF_COLORS.ink,
        link: span.link ?? style.link ?? null,
        goTo: span.goTo,
      })),
    );
    if (runs.length === 0) runs.push({ font: preferred, text: " ", color: style.color ?? PDF_COLORS.ink, link: style.link ?? null, goTo: undefined });
    const destination = style.destination;
    // pdfkit puts each run's baseline at its own font's ascender; using the preferred font's for
    // every run keeps fallback (CJK) glyphs on the same baseline as the text around them.
    const { glyphs } = this.fonts[preferred];
    const baseline = -(glyphs.ascent / glyphs.unitsPerEm) * size;
    doc.fontSize(size);
    const width = style.width ?? this.contentWidth - indent;
    const widths = (style.align ?? "left") === "left" ? this.oneLineWidths(runs, width) : null;
    if (widths) {
      this.line(runs, widths, indent, size, baseline, destination);
      doc.moveDown((style.gapAfter ?? 4) / doc.currentLineHeight(true));
      return;
    }
    runs.forEach((run, index) => {
      this.useFont(run.font);
      if (index === 0 || run.color !== runs[index - 1]!.color) doc.fillColor(run.color);
      const options: PDFKit.Mixins.TextOptions = {
        continued: index < runs.length - 1,
        baseline,
        lineGap: size * 0.3,
        link: run.link,
        goTo: run.goTo,
        destination: index === 0 ? destination : undefined,
        underline: Boolean(run.link),
      };
      if (index === 0) doc.text(run.text, this.left + indent, doc.y, { ...options, width, align: style.align ?? "left" });
      else doc.text(run.text, options);
    });
    doc.x = this.left;
    doc.moveDown((style.gapAfter ?? 4) / doc.currentLineHeight(true));
  }

  /**
   * Each run's width when the runs fit on one line of `width`, with a point to spare (pdfkit's
   * line wrapper measures word by word and rounds, so a line within a hair of the width is left
   * to it); null when they do not.
   */
  private oneLineWidths(runs: readonly Run[], width: number): number[] | null {
    let total = 0;
    const widths: number[] = [];
    for (const run of runs) {
      if (run.text.includes("\n") || run.text.includes("\u00AD")) return null;
      this.useFont(run.font);
      const runWidth = this.doc.widthOfString(run.text);
      total += runWidth;
      if (total > width - 1) return null;
      widths.push(runWidth);
    }
    return widths;
  }

  /**
   * One line of text drawn without pdfkit's line wrapper, where the wrapper would put it: on a
   * new page when it does not fit above the bottom margin, then the same line height and gap
   * below. The wrapper breaks the text into words, measures each and joins them again; for the
   * tens of thousands of one-line texts of a long report (labels, links, stances) that was a
   * large share of the PDF's time.
   */
  private line(runs: readonly Run[], widths: readonly number[], indent: number, size: number, baseline: number, destination: string | undefined): void {
    const { doc } = this;
    const lineGap = size * 0.3;
    this.useFont(runs[0]!.font);
    doc.fillColor(runs[0]!.color);
    // A new page when the line does not fit above the bottom margin, as the wrapper does; the
    // page keeps the font and colour.
    if (doc.y > this.bottom || doc.y + doc.currentLineHeight(true) > this.bottom) doc.addPage();
    const y = doc.y;
    doc.x = this.left + indent;
    runs.forEach((run, index) => {
      this.useFont(run.font);
      if (index > 0 && run.color !== runs[index - 1]!.color) doc.fillColor(run.color);
      const x = doc.x;
      // Without line breaking pdfkit draws at (x, y) and moves x past the text: the next run follows on.
      // The width measured above is passed on (pdfkit's `textWidth`), so pdfkit does not measure the run again to place it.
      const options: PDFKit.Mixins.TextOptions & { textWidth: number } = {
        lineBreak: false,
        baseline,
        lineGap,
        link: run.link,
        destination: index === 0 ? destination : undefined,
        underline: Boolean(run.link),
        textWidth: widths[index]!,
      };
      doc.text(run.text, x, y, options);
      // A jump within the document as a link whose target is the destination's name: pdfkit's
      // goTo option would write a GoTo action object for each of them as well (6,000 in a long report).
      // (pdfkit's types name only some annotation keys; it writes every key it is given.)
      if (run.goTo) doc.annotate(x, y, widths[index]!, doc.currentLineHeight(), { Subtype: "Link", Dest: run.goTo } as PDFKit.Mixins.AnnotationOption);
    });
    // The wrapper moves down by the line height of the font the line ends in.
    doc.x = this.left;
    doc.y = y + doc.currentLineHeight(true) + lineGap;
  }

  heading(text: string, size = 14): void {
    this.ensureSpace(size * 4);
    this.doc.moveDown(0.6);
    this.text(text, { font: "sans-bold", size, color: PDF_COLORS.accent, gapAfter: 2 });
    const y = this.doc.y;
    this.doc.moveTo(this.left, y).lineTo(this.left + this.contentWidth, y).lineWidth(0.6).stroke(PDF_COLORS.rule);
    this.doc.y = y + 8;
  }

  /** A small all-caps label such as "RATIONALE". */
  label(text: string): void {
    this.ensureSpace(60);
    this.text(text.toUpperCase(), { font: "sans-bold", size: 7.5, color: PDF_COLORS.muted, gapAfter: 1 });
  }

  verdictIcon(verdict: ReportVerdict, x: number, y: number, size: number): void {
    const { doc } = this;
    const icon = VERDICT_ICONS[verdict];
    doc.save().translate(x, y).scale(size / 24);
    doc.circle(12, 12, 10).fill(icon.disc.fill);
    if (icon.halfFill) doc.path("M12 2 A10 10 0 0 0 12 22 Z").fill(icon.halfFill);
    if (icon.disc.stroke) doc.circle(12, 12, 10).lineWidth(1.6).stroke(icon.disc.stroke);
    for (const path of icon.strokes) doc.path(path).lineWidth(2.4).lineCap("round").lineJoin("round").stroke(icon.strokeColor);
    for (const [cx, cy, r] of icon.dots) doc.circle(cx, cy, r).fill(icon.strokeColor);
    doc.restore();
  }

  /** A pill with the verdict's icon and word on its tint; returns the badge width. */
  verdictBadge(verdict: ReportVerdict, x: number, y: number): number {
    const { doc } = this;
    const style = VERDICT_STYLES[verdict];
    const label = reportVerdictLabel(verdict);
    const height = 16;
    this.useFont("sans-bold").fontSize(8.5);
    const width = doc.widthOfString(label) + height + 12;
    doc.roundedRect(x, y, width, height, height / 2).lineWidth(1).fillAndStroke(style.tint, style.line);
    this.verdictIcon(verdict, x + 2.5, y + 2, 12);
    doc.fillColor(style.ink).text(label, x + height + 3, y + 3.6, { lineBreak: false });
    return width;
  }

  /** A vertical rule beside content drawn from `fromY` to the current position, when both are on this page. */
  sideRule(fromY: number, x: number, color: string, width = 2.5): void {
    if (this.doc.y <= fromY) return;
    this.doc.moveTo(x, fromY).lineTo(x, this.doc.y - 4).lineWidth(width).stroke(color);
  }
}

