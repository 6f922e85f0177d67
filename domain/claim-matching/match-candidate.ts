import { analyzeText, type AnalyzedText } from "./analyze-text";
import type { FieldStems } from "./corpus-statistics";

/** An indexed claim as the re-ranker sees it: the texts the index stores. */
export interface MatchCandidate {
  claimId: string;
  quote: string;
  restatement: string;
  tags: readonly string[];
  articleTitle: string;
}

export interface AnalyzedCandidate {
  claim: AnalyzedText;
  title: AnalyzedText;
  tags: AnalyzedText;
  /** Claim, title and tags together. */
  all: AnalyzedText;
}

/** The claim's own words: its quote, and the restatement when it says something else. */
export function claimText(candidate: Pick<MatchCandidate, "quote" | "restatement">): string {
  const quote = candidate.quote.trim();
  const restatement = candidate.restatement.trim();
  if (!restatement || restatement.toLowerCase() === quote.toLowerCase()) return quote;
  if (!quote) return restatement;
  return `${quote}\n${restatement}`;
}

export function analyzeCandidate(candidate: MatchCandidate): AnalyzedCandidate {
  const text = claimText(candidate);
  const tags = candidate.tags.join("\n");
  return {
    claim: analyzeText(text),
    title: analyzeText(candidate.articleTitle),
    tags: analyzeText(tags),
    all: analyzeText(`${text}\n${candidate.articleTitle}\n${tags}`),
  };
}

export function fieldStemsOf(analyzed: AnalyzedCandidate): FieldStems {
  return { claim: analyzed.claim.stems, title: analyzed.title.stems, tags: analyzed.tags.stems };
}
