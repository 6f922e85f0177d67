import { readFileSync } from "node:fs";
import { importPlainText } from "./domain/import/import-plain-text";
import { suggestClaims } from "./domain/claims/suggest-claims";
import { readReferenceClaimFragments, locateFragment } from "./domain/claims/test-support/reference-claims";
const { document } = importPlainText(readFileSync("prisma/fixtures/vitamin-k2/source.txt", "utf8"));
const frags = readReferenceClaimFragments(readFileSync("prisma/fixtures/vitamin-k2/references.md", "utf8"));
const all = suggestClaims(document);
for (const N of [10, 15, 20, 25, 30, 40]) {
  const top = all.slice(0, N);
  const missed = frags.filter(f => !locateFragment(document.text, f).some(l => top.some(s => s.start <= l.start && s.end >= l.end)));
  console.log(N, frags.length - missed.length, "/", frags.length, missed);
}
for (const f of frags) console.log(locateFragment(document.text, f).length, f, all.findIndex(s => locateFragment(document.text, f).some(l => s.start <= l.start && s.end >= l.end)));
