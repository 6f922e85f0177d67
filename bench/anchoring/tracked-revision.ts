/**
 * A text being revised while one claim's range is tracked through every edit: the known correct
 * answer of a case. An edit inside the claim (a typo, a changed quote mark) keeps the claim and
 * stretches its range; an edit that cuts into it otherwise destroys it (the answer is an orphan).
 */
export class TrackedRevision {
  text: string;
  claim: { start: number; end: number } | null;

  constructor(text: string, start: number, end: number) {
    this.text = text;
    this.claim = { start, end };
  }

  /** Replaces [from, to) with `insert`. `insideClaim` edits may fall within the claim and keep it. */
  replace(from: number, to: number, insert: string, insideClaim = false): void {
    const delta = insert.length - (to - from);
    this.text = this.text.slice(0, from) + insert + this.text.slice(to);
    const claim = this.claim;
    if (!claim) return;
    const before = from === to ? from <= claim.start : to <= claim.start;
    if (before) {
      claim.start += delta;
      claim.end += delta;
    } else if (from >= claim.end) {
      // after the claim: nothing moves
    } else if (insideClaim && from >= claim.start && to <= claim.end) {
      claim.end += delta;
    } else {
      this.claim = null;
    }
  }
}
