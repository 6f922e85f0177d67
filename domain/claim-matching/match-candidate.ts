import { analyzeText, contentStems, type AnalyzedText } from "./analyze-text";
import { LruMap } from "../support/lru-map";
import type { FieldStems } from "./corpus-statistics";
import { encoderText } from "./sentence-embeddings";

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
  /** The quote and the restatement as the sentence encoder sees them (each standing in for the other when empty). */
  encoderTexts: { quote: string; restatement: string };
}

/** The claim's own words: its quote, and the restatement when it says something else. */
export function claimText(candidate: Pick<MatchCandidate, "quote" | "restatement">): string {
  const quote = candidate.quote.trim();
  const restatement = candidate.restatement.trim();
  if (!restatement || restatement.toLowerCase() === quote.toLowerCase()) return quote;
  if (!quote) return restatement;
  return `${quote}\n${restatement}`;
}

/** Claim, title and tags as one text, from their separate analyses (bigrams do not cross fields). */
function mergeAnalyses(parts: readonly AnalyzedText[]): AnalyzedText {
  const union = (pick: (part: AnalyzedText) => Set<string>) => new Set(parts.flatMap((part) => [...pick(part)]));
  return {
    stems: parts.flatMap((part) => part.stems),
    numbers: union((part) => part.numbers),
    entities: union((part) => part.entities),
    negated: parts.some((part) => part.negated),
    charGrams: union((part) => part.charGrams),
    bigrams: union((part) => part.bigrams),
    words: [...new Set(parts.flatMap((part) => part.words))],
    acronyms: union((part) => part.acronyms),
    initialisms: union((part) => part.initialisms),
  };
}

export function analyzeCandidate(candidate: MatchCandidate): AnalyzedCandidate {
  const claim = analyzeText(claimText(candidate));
  const title = analyzeText(candidate.articleTitle);
  const tags = analyzeText(candidate.tags.join("\n"));
  return { claim, title, tags, all: mergeAnalyses([claim, title, tags]), encoderTexts: candidateEncoderTexts(candidate) };
}

/** The texts of a candidate the re-ranker wants sentence vectors of. */
export function candidateEncoderTexts(candidate: Pick<MatchCandidate, "quote" | "restatement">): { quote: string; restatement: string } {
  const quote = encoderText(candidate.quote);
  const restatement = encoderText(candidate.restatement);
  return { quote: quote || restatement, restatement: restatement || quote };
}

/**
 * Analyses of recently seen candidates, by claim and texts: a search re-ranks up to 100
 * claims, and the same claims come back for similar queries.
 */
export class CandidateAnalysisCache {
  private readonly cache: LruMap<string, AnalyzedCandidate>;

  constructor(limit = 20_000) {
    this.cache = new LruMap(limit);
  }

  analyze(candidate: MatchCandidate): AnalyzedCandidate {
    const key = [candidate.claimId, candidate.quote, candidate.restatement, candidate.articleTitle, ...candidate.tags].join("\u0000");
    const cached = this.cache.get(key);
    if (cached) return cached;
    const analyzed = analyzeCandidate(candidate);
    this.cache.set(key, analyzed);
    return analyzed;
  }
}

export function fieldStemsOf(analyzed: AnalyzedCandidate): FieldStems {
  return { claim: analyzed.claim.stems, title: analyzed.title.stems, tags: analyzed.tags.stems };
}

/** The same stems as analyzeCandidate's, computed alone (for corpus statistics over every claim). */
export function candidateFieldStems(candidate: MatchCandidate): FieldStems {
  return { claim: contentStems(claimText(candidate)), title: contentStems(candidate.articleTitle), tags: contentStems(candidate.tags.join("\n")) };
}
