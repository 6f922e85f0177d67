import { ADVICE_PATTERNS } from "./check-worthiness-features";

export interface AdviceMatch {
  /** 0..1: how plainly the sentence tells the reader what to do. */
  strength: number;
  reason: string;
}

const STOP_OR_START_TAKING = /\b(?:start|stop|keep|avoid|quit|begin|try)\s+(?:taking|using|eating|it|them)\b/i;
const ADVISORY_NECESSITY = /\bit(?:[’']s| is) (?:crucial|essential|important|vital|necessary) (?:for (?:everyone|you|us|everybody) )?to\b/i;

/**
 * Whether a sentence gives advice (tells someone to take, stop or do something) rather than
 * asserting a fact. Questions asking for advice are not advice.
 */
export function detectAdvice(sentence: string): AdviceMatch | null {
  const trimmed = sentence.trim();
  if (/\?["'”’)\]]*$/.test(trimmed)) return null;
  const obligation = ADVICE_PATTERNS.SECOND_PERSON_OBLIGATION.exec(trimmed)?.[0];
  if (obligation) return { strength: 0.8, reason: `advice: "${obligation}"` };
  const startStop = STOP_OR_START_TAKING.exec(trimmed)?.[0];
  if (startStop) return { strength: 0.8, reason: `advice: "${startStop}"` };
  const imperative = ADVICE_PATTERNS.IMPERATIVE_START.exec(trimmed)?.[0];
  if (imperative) return { strength: 0.6, reason: `imperative: "${imperative}"` };
  const necessity = ADVISORY_NECESSITY.exec(trimmed)?.[0];
  if (necessity) return { strength: 0.6, reason: `advice: "${necessity}"` };
  return null;
}
