import { foldTypography } from "./fold-typography";

/** A text to anchor into, with its typography-folded twin computed once (same length, same offsets). */
export interface PreparedText {
  text: string;
  folded: string;
}

export function prepareText(text: string): PreparedText {
  return { text, folded: foldTypography(text) };
}
