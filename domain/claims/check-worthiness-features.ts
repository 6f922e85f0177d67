import type { CLAIM_TAGS } from "../ratings/scale";
import { MEDICAL_CODE_PATTERN, MEDICAL_SUFFIXES, MEDICAL_SUFFIX_EXCEPTIONS, MEDICAL_WORDS } from "./medical-terms";

export type ClaimTag = (typeof CLAIM_TAGS)[number];

/** What one feature found in a sentence: a signed weight, a reason a reviewer can read, a tag. */
export interface FeatureMatch {
  weight: number;
  reason: string;
  tag?: ClaimTag;
}

export interface CheckWorthinessFeature {
  id: string;
  detect(sentence: string): FeatureMatch | null;
}

const UNIT = String.raw`(?:%|percent|per\s?cent|mg|µg|μg|mcg|ug|iu|g|kg|ml|l|mmol|kda|au|hours?|hrs?|h|days?|weeks?|months?|years?|decades?|fold|times|deaths|people|patients|women|men)`;
const NUMBER = String.raw`\d+(?:[.,]\d+)*`;
const QUANTITY_WITH_UNIT = new RegExp(String.raw`${NUMBER}(?:\s?(?:-|–|to|and)\s?${NUMBER})?\s?${UNIT}(?![\p{L}\d])`, "iu");
const QUANTITY_WORD = /\b(?:half|twice|double|triple|third|quarter|dozens?|hundreds?|thousands?|millions?|billions?|majority|minority)\b/i;
const NUMBER_WORD = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)\b/i;
const CITATION = /\([^()]*?\b(?:et al\.?|[A-Z][\p{L}'’-]+),?\s+(?:19|20)\d\d[a-z]?\)|\bet al\.?|\b(?:OMIM|PMID|doi:?)\s*\d/u;
const CITATION_GLOBAL = new RegExp(CITATION.source, "gu");
const YEAR = /\b(?:1[5-9]|20)\d\d\b/;
const ELAPSED_TIME = /\b(?:\d+|several|many|few|two|three|ten)\s+(?:years|decades|centuries)\s+ago\b|\bin the (?:last|past) \d+ years\b|\b(?:for the first time|centuries|historically|ancestors|grand-?parents)\b/i;
const ABSOLUTE = /\b(?:only|every|everyone|everybody|everything|all|always|never|none|nothing|no one|nobody|neither|nowhere|any|entire|completely|inevitably|impossible|certainly|guaranteed|necessarily)\b/i;
const CAUSAL = /\b(?:caus(?:e|es|ed|ing)|leads? to|led to|lead to|results? in|prevents?|prevented|reverses?|reversed|removes?|removed|produces?|produced|activates?|activated|associated with|linked to|responsible for|contributes? to|triggers?|inhibits?|inhibitor|reduces?|increases?|improves?|worsens?|worsened|blocks?|deforms?|confers?|regulat(?:es|ing|ed)|influences?|develop(?:s|ed)?|transform(?:s|ed)|because|due to|depends? on|allows?|protects?|protection)\b/i;
const COMPARATIVE = /\b(?:more|less|fewer|higher|lower|greater|smaller|better|worse|most|least|increased|decreased|compared (?:with|to)|versus|vs\.?)\b|\b\p{L}{3,}er than\b/iu;
const RESEARCH = /\b(?:stud(?:y|ies)|research|evidence|trials?|reported|suggested|shown|found that|experiments?|measurements?)\b/i;
const FIRST_PERSON_SINGULAR = /(?:^|[^\p{L}])(?:I|I[’']m|I[’']ve|I[’']d|my|me|mine)(?=[^\p{L}]|$)/u;
/** An inverted auxiliary opens a question even when the writer forgot the question mark. */
const INVERTED_QUESTION_START = /^(?:does|do|did|is|are|was|were|can|could|should|would|will|has|have)\s+(?:the|it|he|she|they|we|you|i|this|that|these|those|my|your|a|an|any)\b/i;
const SOCIAL = /^(?:hi|hello|hey|thanks?|thank you|sorry|i[’']m sorry|yes|no|ok(?:ay)?)\b/i;
const IMPERATIVE_START = /^(?:start|stop|take|eat|avoid|try|don[’']t|do not|never take|make sure|keep|go|buy|order|increase|reduce|become|join|read|look|consider|ask|use|check|add|drink|get)\b/i;
/** "you have to stop taking D", not "we need to understand" or "you should keep reading": those steer the reading. */
const SECOND_PERSON_OBLIGATION =
  /\b(?:you|we|everyone|everybody|one)\s+(?:definitely\s+|really\s+|absolutely\s+|just\s+)?(?:have to|has to|need to|must|should|ought to)\s+(?!(?:know|understand|learn|remember|note|read|keep reading|look|take a (?:closer )?look|consider|ask|wonder|answer|see|think|be aware)\b)\w+/i;

/** Hedged or hypothetical: "could allow", "may help", "perhaps". What might be is rarely checkable as stated. */
const SPECULATION = /\b(?:could|might|may|perhaps|possibly|presumably|conceivably|hopefully|would (?:allow|help|mean|make|be)|it is (?:possible|conceivable) that|in the future)\b/i;
/** The writer's judgement rather than a fact: "remarkable", "I think", "in my view". */
const OPINION = /\b(?:I (?:think|believe|feel|guess|suspect)|in my (?:opinion|view)|remarkable|amazing|wonderful|fascinating|incredible|awesome|beautiful|terrible|miracle|sadly|luckily|fortunately|unfortunately|of course|interestingly|needless to say)\b/i;
/** Reported speech: a quotation or "said/says/told/according to". */
const REPORTED_SPEECH = /^["“‘']|\b(?:said|says|told|tells|according to|asked|added|explained|recalled)\b/i;
/** A named study or trial: "the BASIK2 trial", "the Rotterdam Study", "Framingham Heart Study". */
const NAMED_STUDY = /\b(?:[A-Z][\p{L}\d-]*\s+){1,3}(?:[Ss]tudy|[Tt]rial|[Cc]ohort|[Ss]urvey|[Mm]eta-analysis)\b/u;

function wordCount(sentence: string): number {
  return sentence.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length;
}

function matched(pattern: RegExp, sentence: string): string | null {
  return pattern.exec(sentence)?.[0] ?? null;
}

/** Counts distinct medical or scientific terms: listed words, suffixes, and codes such as K2 or MK-7. */
export function findMedicalTerms(sentence: string): string[] {
  const found = new Set<string>();
  for (const word of sentence.toLowerCase().match(/\p{L}[\p{L}'’-]*/gu) ?? []) {
    const bare = word.replace(/[’']s$/, "");
    const parts = bare.split("-");
    const isListed = parts.some((part) => (MEDICAL_WORDS as readonly string[]).includes(part));
    const hasSuffix = parts.some(
      (part) => part.length > 5 && !MEDICAL_SUFFIX_EXCEPTIONS.has(part) && MEDICAL_SUFFIXES.some((suffix) => part.endsWith(suffix)),
    );
    if (isListed || hasSuffix) found.add(bare);
  }
  for (const code of sentence.match(MEDICAL_CODE_PATTERN) ?? []) found.add(code.toUpperCase());
  return [...found];
}

export const CHECK_WORTHINESS_FEATURES: readonly CheckWorthinessFeature[] = [
  {
    id: "quantity",
    detect(sentence) {
      const unit = matched(QUANTITY_WITH_UNIT, sentence) ?? matched(QUANTITY_WORD, sentence);
      if (unit) return { weight: 1.2, reason: `quantity: "${unit}"`, tag: "quantitative" };
      const withoutCodesAndCitations = sentence.replace(CITATION_GLOBAL, " ").replace(MEDICAL_CODE_PATTERN, " ");
      const number = matched(/\b\d+(?:[.,]\d+)*s?\b/, withoutCodesAndCitations) ?? matched(NUMBER_WORD, withoutCodesAndCitations);
      return number ? { weight: 0.5, reason: `number: "${number}"`, tag: "quantitative" } : null;
    },
  },
  {
    id: "absolute",
    detect(sentence) {
      const word = matched(ABSOLUTE, sentence);
      return word ? { weight: 0.9, reason: `absolute: "${word}"`, tag: "absolute" } : null;
    },
  },
  {
    id: "causal",
    detect(sentence) {
      const verb = matched(CAUSAL, sentence);
      return verb ? { weight: 1.0, reason: `causal: "${verb}"`, tag: "causal" } : null;
    },
  },
  {
    id: "comparative",
    detect(sentence) {
      const word = matched(COMPARATIVE, sentence);
      return word ? { weight: 0.6, reason: `comparative: "${word}"`, tag: "comparative" } : null;
    },
  },
  {
    id: "citation",
    detect(sentence) {
      const citation = matched(CITATION, sentence);
      return citation ? { weight: 1.2, reason: `cites: "${citation}"`, tag: "cited" } : null;
    },
  },
  {
    id: "historical",
    detect(sentence) {
      const withoutCitations = sentence.replace(CITATION_GLOBAL, " ");
      const when = matched(ELAPSED_TIME, withoutCitations) ?? matched(YEAR, withoutCitations);
      return when ? { weight: 0.5, reason: `dates something: "${when}"`, tag: "historical" } : null;
    },
  },
  {
    id: "medical",
    detect(sentence) {
      const terms = findMedicalTerms(sentence);
      if (terms.length === 0) return null;
      const weight = Math.min(1.0, 0.45 + 0.15 * (terms.length - 1));
      return { weight, reason: `medical or scientific terms: ${terms.slice(0, 4).join(", ")}`, tag: "medical" };
    },
  },
  {
    id: "research",
    detect(sentence) {
      const word = matched(RESEARCH, sentence);
      return word ? { weight: 0.3, reason: `appeals to research: "${word}"` } : null;
    },
  },
  {
    id: "named_study",
    detect(sentence) {
      const study = matched(NAMED_STUDY, sentence.replace(/^\s*\p{Lu}\p{Ll}*\s/u, " "));
      return study ? { weight: 0.5, reason: `names a study: "${study.trim()}"`, tag: "cited" } : null;
    },
  },
  {
    id: "speculation",
    detect(sentence) {
      const hedge = matched(SPECULATION, sentence);
      return hedge ? { weight: -0.8, reason: `speculation: "${hedge}"` } : null;
    },
  },
  {
    id: "opinion",
    detect(sentence) {
      const word = matched(OPINION, sentence);
      return word ? { weight: -0.5, reason: `opinion: "${word}"` } : null;
    },
  },
  {
    id: "reported_speech",
    detect(sentence) {
      const marker = matched(REPORTED_SPEECH, sentence.trim());
      return marker ? { weight: -0.5, reason: `reported speech: "${marker}"` } : null;
    },
  },
  {
    id: "question",
    detect(sentence) {
      const trimmed = sentence.trim();
      const isQuestion = /\?["'”’)\]]*$/.test(trimmed) || INVERTED_QUESTION_START.test(trimmed);
      return isQuestion ? { weight: -1.5, reason: "a question, not an assertion" } : null;
    },
  },
  {
    id: "short",
    detect(sentence) {
      const words = wordCount(sentence);
      if (words < 5) return { weight: -1.2, reason: `very short (${words} words)` };
      if (words < 8) return { weight: -0.4, reason: `short (${words} words)` };
      return null;
    },
  },
  {
    id: "first_person",
    detect(sentence) {
      return FIRST_PERSON_SINGULAR.test(sentence) ? { weight: -0.7, reason: "first-person anecdote" } : null;
    },
  },
  {
    id: "social",
    detect(sentence) {
      const opener = matched(SOCIAL, sentence.trim());
      return opener ? { weight: -1.0, reason: `conversational: "${opener}"` } : null;
    },
  },
  {
    id: "advice",
    detect(sentence) {
      const phrase = matched(IMPERATIVE_START, sentence.trim()) ?? matched(SECOND_PERSON_OBLIGATION, sentence);
      return phrase ? { weight: -0.6, reason: `advice: "${phrase}"`, tag: "advice" } : null;
    },
  },
];

export const ADVICE_PATTERNS = { IMPERATIVE_START, SECOND_PERSON_OBLIGATION } as const;
