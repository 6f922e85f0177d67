import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";

/** The CLEF 2020 CheckThat! Task 2 data in ../shared/fixtures/claim-matching (see its README). */
export const FIXTURE_DIR = resolve(import.meta.dirname, "..", "..", "..", "shared", "fixtures", "claim-matching");

export interface VerifiedClaim {
  id: string;
  claim: string;
  title: string;
}

export interface MatchingQuery {
  id: string;
  text: string;
  relevant: Set<string>;
}

/** Tab-separated values with CSV-style double quotes (a quoted field may hold tabs, quotes and newlines). */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === "") quoted = true;
    else if (char === "\t") {
      row.push(field);
      field = "";
    } else if (char === "\n") {
      row.push(field.replace(/\r$/, ""));
      rows.push(row);
      row = [];
      field = "";
    } else field += char;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

export function loadVerifiedClaims(): VerifiedClaim[] {
  const rows = parseTsv(readFileSync(join(FIXTURE_DIR, "verified_claims.docs.tsv"), "utf8")).slice(1);
  return rows.map(([id = "", claim = "", title = ""]) => ({ id, claim, title }));
}

export function loadQueries(split: "train" | "dev"): MatchingQuery[] {
  const rows = parseTsv(readFileSync(join(FIXTURE_DIR, split, "tweets.queries.tsv"), "utf8")).slice(1);
  const relevant = new Map<string, Set<string>>();
  for (const line of readFileSync(join(FIXTURE_DIR, split, "tweet-vclaim-pairs.qrels"), "utf8").split("\n")) {
    const [queryId, , claimId] = line.trim().split(/\s+/);
    if (!queryId || !claimId) continue;
    (relevant.get(queryId) ?? relevant.set(queryId, new Set()).get(queryId))?.add(claimId);
  }
  return rows.map(([id = "", text = ""]) => ({ id, text, relevant: relevant.get(id) ?? new Set() }));
}
