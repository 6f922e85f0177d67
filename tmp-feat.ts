import { detectFeatures } from "./domain/claims/score-check-worthiness";
for (const s of process.argv.slice(2)) console.log(s.slice(0,50), detectFeatures(s));
