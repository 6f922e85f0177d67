"use client";

import { useMemo } from "react";
import { segmentSentences, type SentenceSpan } from "@/domain/claims/segment-sentences";
import type { SegmentedBlock } from "@/domain/overlay/segment-blocks";

/**
 * The article's sentences, cut once per text: a refresh of the page data after a save brings
 * new block objects with the same positions, which do not cut the article again (700,000 words
 * take a noticeable moment).
 */
export function useArticleSentences(text: string, blocks: SegmentedBlock[]): SentenceSpan[] {
  const positions = blocks.map(({ block }) => `${block.start}-${block.end}-${block.kind}`).join(" ");
  return useMemo(() => segmentSentences(text, blocks.map((b) => b.block)), [text, positions]);
}

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
