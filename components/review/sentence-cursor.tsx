"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { TBlock } from "@/domain/schemas/review";
import { segmentSentences, type SentenceSpan } from "@/domain/claims/segment-sentences";
import type { SegmentedBlock } from "@/domain/overlay/segment-blocks";

/** About this many characters of the article are cut into sentences per slice of main-thread time (a few tens of ms). */
const CHARACTERS_PER_SLICE = 60_000;

/**
 * The article's sentences, cut once per text (a refresh of the page data brings new block
 * objects with the same positions, which do not cut it again). A long article is not cut during
 * the render that shows it (700,000 words take most of a second): the first slice of blocks is
 * cut at once (so the cursor shows its first sentence), the rest in slices between frames after
 * the page is interactive. `all()` cuts whatever is left at once, for a key that needs it now.
 */
export function useArticleSentences(text: string, blocks: SegmentedBlock[]): { sentences: SentenceSpan[]; complete: boolean; all: () => SentenceSpan[] } {
  const positions = blocks.map(({ block }) => `${block.start}-${block.end}-${block.kind}`).join(" ");
  // The positions stand for the blocks: new block objects at the same places are the same blocks.
  const ranges = useMemo(() => blocks.map((b) => b.block), [positions]);
  const first = useMemo(() => {
    const cut = firstSlice(ranges);
    return { cut, sentences: segmentSentences(text, ranges.slice(0, cut)) };
  }, [text, ranges]);
  const progress = useRef<{ text: string; ranges: readonly TBlock[]; cut: number; sentences: SentenceSpan[] } | null>(null);
  const [done, setDone] = useState<{ text: string; ranges: readonly TBlock[]; sentences: SentenceSpan[] } | null>(null);

  const all = useCallback(() => {
    let state = progress.current;
    if (!state || state.text !== text || state.ranges !== ranges) state = progress.current = { text, ranges, cut: first.cut, sentences: [...first.sentences] };
    if (state.cut < ranges.length) {
      state.sentences.push(...segmentSentences(text, ranges.slice(state.cut)));
      state.cut = ranges.length;
    }
    return state.sentences;
  }, [text, ranges, first]);

  useEffect(() => {
    if (first.cut >= ranges.length) return;
    const state = (progress.current = { text, ranges, cut: first.cut, sentences: [...first.sentences] });
    let timer: ReturnType<typeof setTimeout>;
    const slice = () => {
      if (progress.current !== state) return;
      const end = nextSlice(ranges, state.cut);
      state.sentences.push(...segmentSentences(text, ranges.slice(state.cut, end)));
      state.cut = end;
      if (end < ranges.length) timer = setTimeout(slice, 0);
      else setDone({ text, ranges, sentences: state.sentences });
    };
    timer = setTimeout(slice, 0);
    return () => clearTimeout(timer);
  }, [text, ranges, first]);

  const complete = first.cut >= ranges.length || (done !== null && done.text === text && done.ranges === ranges);
  const sentences = first.cut >= ranges.length ? first.sentences : complete ? done!.sentences : first.sentences;
  return { sentences, complete, all };
}

function firstSlice(ranges: readonly TBlock[]): number {
  return nextSlice(ranges, 0);
}

/** The index after the blocks of one slice starting at `from` (at least one block). */
function nextSlice(ranges: readonly TBlock[], from: number): number {
  let characters = 0;
  let end = from;
  while (end < ranges.length && (end === from || characters < CHARACTERS_PER_SLICE)) {
    characters += ranges[end]!.end - ranges[end]!.start;
    end++;
  }
  return end;
}

/** A keyboard way to make claims: step through the article's sentences with [ and ], press c to make a claim of the current one. */
export function SentenceCursor({ sentences, complete, index, onMove, onCreate, disabled }: { sentences: SentenceSpan[]; complete: boolean; index: number; onMove: (index: number) => void; onCreate: () => void; disabled: boolean }) {
  const sentence = sentences[index];
  if (!sentence) return null;
  return (
    <div className="sentence-cursor" role="group" aria-label="Sentence cursor">
      <button type="button" className="button secondary small" aria-label="Previous sentence" disabled={index === 0} onClick={() => onMove(index - 1)}>
        [ ←
      </button>
      <span className="sentence-preview" aria-live="polite">
        Sentence {index + 1} of {complete ? sentences.length : "…"}: <q>{sentence.text.length > 140 ? `${sentence.text.slice(0, 140)}…` : sentence.text}</q>
      </span>
      <button type="button" className="button secondary small" aria-label="Next sentence" disabled={complete && index >= sentences.length - 1} onClick={() => onMove(index + 1)}>
        → ]
      </button>
      <button type="button" className="button small" disabled={disabled} onClick={onCreate}>
        Make claim of this sentence
      </button>
    </div>
  );
}
