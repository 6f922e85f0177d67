"use client";

import type { SentenceSpan } from "@/domain/claims/segment-sentences";

/** A keyboard way to make claims: step through the article's sentences with [ and ], press c to make a claim of the current one. */
export function SentenceCursor({ sentences, index, onMove, onCreate, disabled }: { sentences: SentenceSpan[]; index: number; onMove: (index: number) => void; onCreate: () => void; disabled: boolean }) {
  const sentence = sentences[index];
  if (!sentence) return null;
  return (
    <div className="sentence-cursor" role="group" aria-label="Sentence cursor">
      <button type="button" className="button secondary small" aria-label="Previous sentence" disabled={index === 0} onClick={() => onMove(index - 1)}>
        [ ←
      </button>
      <span className="sentence-preview" aria-live="polite">
        Sentence {index + 1} of {sentences.length}: <q>{sentence.text.length > 140 ? `${sentence.text.slice(0, 140)}…` : sentence.text}</q>
      </span>
      <button type="button" className="button secondary small" aria-label="Next sentence" disabled={index >= sentences.length - 1} onClick={() => onMove(index + 1)}>
        → ]
      </button>
      <button type="button" className="button small" disabled={disabled} onClick={onCreate}>
        Make claim of this sentence
      </button>
    </div>
  );
}
