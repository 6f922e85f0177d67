import { z } from "zod";

/** Longer than any slug the app makes (slugify keeps 80 characters, imports up to 200). */
export const READER_SLUG_MAX_LENGTH = 200;

/**
 * What a public review address may name: letters, digits, `-` and `_`, at most 200
 * characters. Anything else is answered 404 without a database query, a render or a cache
 * entry (an unknown slug must not cost disk or memory, and a very long one must not reach
 * a file name).
 */
export const ZReaderSlug = z
  .string()
  .max(READER_SLUG_MAX_LENGTH, `At most ${READER_SLUG_MAX_LENGTH} characters.`)
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, "Letters, digits, - and _ only.");

export function isReaderSlug(value: string): boolean {
  return ZReaderSlug.safeParse(value).success;
}
