/**
 * A light English suffix stripper (plural, -ing, -ed, -ly, -ies, possessive), so that
 * "vaccines"/"vaccine" and "banned"/"ban" meet. Deliberately conservative: over-stemming
 * merges unrelated words, and the character n-gram feature covers the rest.
 */
export function stemWord(word: string): string {
  let w = word;
  if (w.length <= 3 || /\d/.test(w)) return w;
  if (w.endsWith("'s") || w.endsWith("’s")) w = w.slice(0, -2);
  if (w.endsWith("ies") && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith("sses")) w = w.slice(0, -2);
  else if (w.endsWith("es") && /(ch|sh|x|zz)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith("s") && !/(ss|us|is|ous)$/.test(w) && w.length > 3) w = w.slice(0, -1);
  if (w.endsWith("ingly") && w.length > 7) w = w.slice(0, -5);
  else if (w.endsWith("ing") && w.length > 5) w = undouble(w.slice(0, -3));
  else if (w.endsWith("edly") && w.length > 6) w = undouble(w.slice(0, -4));
  else if (w.endsWith("ed") && w.length > 4 && !w.endsWith("eed")) w = undouble(w.slice(0, -2));
  else if (w.endsWith("ly") && w.length > 5) w = w.slice(0, -2);
  if (w.endsWith("e") && w.length > 4) w = w.slice(0, -1);
  return w;
}

/** "bann" -> "ban", "stopp" -> "stop"; keeps ll/ss/zz ("kill", "pass"). */
function undouble(w: string): string {
  const last = w.at(-1);
  if (w.length > 3 && last === w.at(-2) && last !== undefined && !"lsz".includes(last) && !/[aeiou]/.test(last)) return w.slice(0, -1);
  return w;
}
