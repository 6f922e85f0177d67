import { z } from "zod";

/** The contract of POST /api/imports/preview, shared by the route and the import form. */
export const ZImportPreviewInput = z.object({
  format: z.enum(["text", "markdown", "html"]),
  content: z.string().min(1, "Paste the article's text.").max(5_000_000, "The article is over 5 MB."),
});
export type TImportPreviewInput = z.infer<typeof ZImportPreviewInput>;

/** What the import found in the page or file, for the reviewer to confirm or correct before importing. */
export const ZImportPreview = z.object({
  title: z.string().nullable(),
  author: z.string().nullable(),
  /** YYYY-MM-DD, as the form's date field takes it. */
  publishedOn: z.string().nullable(),
  sourceUrl: z.string().nullable(),
  siteName: z.string().nullable(),
  tags: z.array(z.string()),
  paragraphs: z.number().int().nonnegative(),
  comments: z.number().int().nonnegative(),
  characters: z.number().int().nonnegative(),
  /** The start of the article's text, to check that the right part of the page was taken. */
  opening: z.string(),
});
export type TImportPreview = z.infer<typeof ZImportPreview>;
