/**
 * npm run bench:suggestions-recall — how many of the checkable claims listed in the demo
 * article's references.md (prisma/fixtures/vitamin-k2) the suggestions find: within the first
 * 15 shown and within all suggestions, with how many suggestions a reviewer has to read.
 * A listed claim is found when one suggestion's span covers the whole listed fragment.
 */
import { readFileSync } from "node:fs";
import { suggestClaims } from "../../domain/claims/suggest-claims";
import { locateFragment, readReferenceClaimFragments } from "../../domain/claims/test-support/reference-claims";
import { importPlainText } from "../../domain/import/import-plain-text";

const SHOWN_FIRST = 15;
const fixture = (name: string) => readFileSync(new URL(`../../prisma/fixtures/vitamin-k2/${name}`, import.meta.url), "utf8");
const { document } = importPlainText(fixture("source.txt"));
const fragments = readReferenceClaimFragments(fixture("references.md"));

const started = performance.now();
const all = suggestClaims(document);
const elapsed = performance.now() - started;
const top = all.slice(0, SHOWN_FIRST);
const found = (list: typeof all) =>
  fragments.filter((fragment) => locateFragment(document.text, fragment).some((where) => list.some((s) => s.start <= where.start && where.end <= s.end)));

const inTop = found(top);
const inAll = found(all);
console.log(`demo article: ${fragments.length} listed claims, ${all.length} suggestions (${elapsed.toFixed(1)} ms)`);
console.log(`| listed claims found within the first ${SHOWN_FIRST} | within all ${all.length} suggestions |`);
console.log(`| ${inTop.length}/${fragments.length} (${Math.round((100 * inTop.length) / fragments.length)}%) | ${inAll.length}/${fragments.length} (${Math.round((100 * inAll.length) / fragments.length)}%) |`);
console.log(`\nmissed within the first ${SHOWN_FIRST}: ${fragments.filter((f) => !inTop.includes(f)).join(" | ") || "none"}`);
console.log(`\nfirst ${SHOWN_FIRST}:`);
for (const [index, s] of top.entries()) console.log(`${index + 1}. [${s.score.toFixed(2)} ${s.kind}] ${s.quote.replace(/\s+/g, " ").slice(0, 110)}`);
