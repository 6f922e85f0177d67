import { STOP_WORDS } from "../../domain/claim-matching/stop-words";

/** The fixture README's baseline: lower-case words, stop words removed, URLs and @handles dropped, no stemming. */
export function baselineTokens(text: string): string[] {
  const cleaned = text.replace(/\b(?:https?:\/\/|www\.|pic\.twitter\.com\/)\S*/gi, " ").replace(/@\w+/g, " ");
  return (cleaned.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((word) => !STOP_WORDS.has(word));
}
