export type CslName = { family?: string; given?: string; literal?: string; "non-dropping-particle"?: string; "dropping-particle"?: string; suffix?: string };

/** Lowercase particles that belong to the family name: "Ludwig van Beethoven" → family "van Beethoven". */
const FAMILY_PARTICLES = new Set(["van", "von", "der", "den", "de", "del", "della", "di", "da", "dos", "du", "la", "le", "ten", "ter", "bin", "al"]);
/** Words that mark an organisation, whose name is never split into given and family. */
const ORGANISATION_WORD = /\b(organi[sz]ation|institute|association|committee|group|society|agency|council|department|ministry|foundation|university|cent(?:er|re)|collaborators?|consortium|office|board|network|team|administration)\b/i;

/**
 * A name as typed in a form: "Family, Given", "Given Family", or an organisation.
 * One word and organisation names become a CSL literal, which no style ever reorders.
 */
export function parseAuthorName(input: string): CslName | null {
  const name = input.trim().replace(/\s+/g, " ");
  if (name === "") return null;

  const comma = name.indexOf(",");
  if (comma !== -1) {
    const family = name.slice(0, comma).trim();
    const given = name.slice(comma + 1).trim();
    if (family === "") return given === "" ? null : { literal: given };
    return given === "" ? { family } : { family, given };
  }

  const words = name.split(" ");
  if (words.length === 1 || ORGANISATION_WORD.test(name)) return { literal: name };

  let familyStart = words.length - 1;
  while (familyStart > 1 && FAMILY_PARTICLES.has(words[familyStart - 1] ?? "")) familyStart -= 1;
  return { given: words.slice(0, familyStart).join(" "), family: words.slice(familyStart).join(" ") };
}

/** "Family, Given" for people (particles kept with the family name), the literal for organisations. */
export function formatAuthorName(name: CslName): string {
  if (name.literal) return name.literal;
  const family = [name["non-dropping-particle"], name.family].filter(Boolean).join(" ");
  const given = [name.given, name["dropping-particle"]].filter(Boolean).join(" ");
  const full = [family, given].filter((part) => part !== "").join(", ");
  return name.suffix && full ? `${full}, ${name.suffix}` : full;
}
