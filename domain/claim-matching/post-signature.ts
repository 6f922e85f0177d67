/**
 * A social-media post copied with its embed signature ("— Jane Doe (@janedoe) January 14,
 * 2020") says who posted it and when, which is not what it claims: the author's name would
 * otherwise match claims about someone of the same name. The matcher compares the post's body
 * with the candidates, and the author and year as features of their own.
 */
export interface PostSignature {
  /** The text without its signature(s). */
  body: string;
  /** The author's name and handle as lower-case words ("realDonaldTrump" -> real, donald, trump). */
  authorWords: string[];
  /** The year of the (last) signature's date, when it has one. */
  year: number | null;
}

const SIGNATURE_PATTERN = /[—–]\s*([^—–\n]{0,80}?)\s*\(@(\w+)\)\s*(?:[A-Z][a-z]+\.? \d{1,2}, (\d{4}|\d{2})\b)?/g;

export function splitPostSignature(text: string): PostSignature {
  const authorWords = new Set<string>();
  let year: number | null = null;
  const body = text.replace(SIGNATURE_PATTERN, (_match, name: string, handle: string, yearText?: string) => {
    const handleWords = handle.replace(/_/g, " ").replace(/([a-z])([A-Z])/g, "$1 $2");
    for (const word of `${name} ${handleWords}`.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase().match(/\p{L}[\p{L}\p{N}]+/gu) ?? []) authorWords.add(word);
    if (yearText) year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
    return " ";
  });
  return { body: body.trim(), authorWords: [...authorWords], year };
}
