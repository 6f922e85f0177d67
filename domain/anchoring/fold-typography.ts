/**
 * Folds typographic variants to one form without changing the length in UTF-16 units, so offsets
 * in the folded text are offsets in the original: curly quotes to straight, dashes to "-", unusual
 * spaces and newlines to " ", ASCII capitals to lower case. Used only to find and compare, never stored.
 */
const FOLDS: Record<string, string> = {
  "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'", "`": "'",
  "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
  "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
  "\n": " ", "\t": " ", "\u00a0": " ", "\u2007": " ", "\u2009": " ", "\u200a": " ", "\u202f": " ",
};

const FOLDABLE = /[\u2018\u2019\u201a\u201b\u2032\u00b4`\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb\u2010-\u2015\u2212\n\t\u00a0\u2007\u2009\u200a\u202fA-Z]/g;

export function foldTypography(text: string): string {
  return text.replace(FOLDABLE, (c) => FOLDS[c] ?? c.toLowerCase());
}
