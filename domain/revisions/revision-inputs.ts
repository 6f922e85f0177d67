import { z } from "zod";

/** A changed text of an article, pasted or read from a file, to become its next revision. */
export const ZImportRevisionInput = z.object({
  format: z.enum(["text", "markdown", "html"]).default("text"),
  content: z.string().min(1, "Paste the article's new text or choose a file.").max(5_000_000, "The article is over 5 MB."),
  /** The revision number the reviewer was looking at; a newer one means someone imported in between. */
  baseRevision: z.number().int().positive().optional(),
});
export type TImportRevisionInput = z.infer<typeof ZImportRevisionInput>;

const version = z.number().int().positive();

/** What a reviewer does with a claim after a re-import: confirm a fuzzy match, detach it, or re-attach an orphan. */
export const ZClaimAnchorAction = z.discriminatedUnion("action", [
  z.object({ action: z.literal("confirm"), version }),
  z.object({ action: z.literal("detach"), version }),
  z
    .object({ action: z.literal("reattach"), version, start: z.number().int().nonnegative(), end: z.number().int().positive() })
    .refine((v) => v.end > v.start, { message: "The selection's end must come after its start.", path: ["end"] }),
]);
export type TClaimAnchorAction = z.infer<typeof ZClaimAnchorAction>;

/** The article's page, fetched again server-side (same safety rules as a URL import). */
export const ZImportRevisionFromUrlInput = z.object({
  url: z
    .string()
    .trim()
    .max(2000)
    .refine((v) => {
      try {
        const u = new URL(v);
        return u.protocol === "http:" || u.protocol === "https:";
      } catch {
        return false;
      }
    }, "Enter a full http:// or https:// address."),
  baseRevision: z.number().int().positive().optional(),
});
export type TImportRevisionFromUrlInput = z.infer<typeof ZImportRevisionFromUrlInput>;
