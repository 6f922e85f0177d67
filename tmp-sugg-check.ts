import { readFileSync } from "node:fs";
import { importPlainText } from "./domain/import/import-plain-text";
import { suggestClaims } from "./domain/claims/suggest-claims";
const { document } = importPlainText(readFileSync("prisma/fixtures/vitamin-k2/source.txt", "utf8"));
const s = suggestClaims(document, { minScore: 0 });
s.forEach((x, i) => console.log(i, x.score, x.kind, x.tags.join(","), "|", x.quote.slice(0, 90)));
