import type { SentenceSpan } from "./segment-sentences";

/** An answer this short ("Hardly any.", "More and more every year.") only means something with its question. */
const MAX_ANSWER_WORDS = 6;

/**
 * Joins a rhetorical question and the short answer that follows it on the same line into one
 * sentence span: "How many people above 60 don't have kidney problems? Hardly any." is one
 * claim, while neither half is one alone.
 */
export function pairQuestionsWithAnswers(text: string, sentences: readonly SentenceSpan[]): SentenceSpan[] {
  const paired: SentenceSpan[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const question = sentences[i]!;
    const answer = sentences[i + 1];
    if (answer && isQuestion(question.text) && isShortAnswer(answer.text) && onSameLine(text, question, answer)) {
      paired.push({ start: question.start, end: answer.end, text: text.slice(question.start, answer.end) });
      i++;
    } else {
      paired.push(question);
    }
  }
  return paired;
}

function isQuestion(sentence: string): boolean {
  return /\?["'”’)\]]*$/.test(sentence);
}

function isShortAnswer(sentence: string): boolean {
  if (isQuestion(sentence)) return false;
  return sentence.split(/\s+/).filter(Boolean).length <= MAX_ANSWER_WORDS;
}

function onSameLine(text: string, first: SentenceSpan, second: SentenceSpan): boolean {
  return /^[^\S\n]*$/.test(text.slice(first.end, second.start));
}
