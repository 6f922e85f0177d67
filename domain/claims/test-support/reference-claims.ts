/**
 * Reads the claim fragments listed at the end of a references.md ("Claims in the article these
 * bear on") and finds where each occurs in an article's canonical text. Used by tests.
 */

export interface TextRange {
  start: number;
  end: number;
}

const LIST_HEADING = "Claims in the article these bear on";
/** Parts of a fragment may be this far apart in the article ("a ... b"). */
const MAX_GAP = 400;

/** The first double-quoted fragment on each line after the list heading. */
export function readReferenceClaimFragments(markdown: string): string[] {
  const headingAt = markdown.indexOf(LIST_HEADING);
  if (headingAt < 0) throw new Error(`references file has no "${LIST_HEADING}" list`);
  const lines = markdown.slice(headingAt).split("\n").slice(1);
  const fragments: string[] = [];
  for (const line of lines) {
    const quoted = /"([^"]+)"/.exec(line)?.[1];
    if (quoted) fragments.push(quoted);
  }
  return fragments;
}

/**
 * The literal parts of a fragment: split at elisions ("..."), editorial insertions ("[kidney
 * stones]") and parentheses, since a quoted fragment may shorten a parenthetical
 * ("(Keutel syndrome)" for "(Keutel syndrome, OMIM 245150)").
 */
export function fragmentParts(fragment: string): string[] {
  return fragment
    .split(/\.\.\.|…|\[[^\]]*\]|[()]/)
    .map((part) => part.replace(/\s+/g, " ").trim().replace(/^[,;:]\s*|[,;:]$/g, "").trim())
    .filter((part) => part.length > 0);
}

/** Every place where all parts of the fragment occur in order (case-insensitive), as one range each. */
export function locateFragment(text: string, fragment: string): TextRange[] {
  const haystack = text.toLowerCase();
  const parts = fragmentParts(fragment).map((part) => part.toLowerCase());
  const first = parts[0];
  if (first === undefined) return [];
  const locations: TextRange[] = [];
  for (let at = haystack.indexOf(first); at >= 0; at = haystack.indexOf(first, at + 1)) {
    let end = at + first.length;
    let complete = true;
    for (const part of parts.slice(1)) {
      const next = haystack.indexOf(part, end);
      if (next < 0 || next - end > MAX_GAP) {
        complete = false;
        break;
      }
      end = next + part.length;
    }
    if (complete) locations.push({ start: at, end });
  }
  return locations;
}
