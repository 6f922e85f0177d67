"use client";

/** Both versions of a field someone else changed while this user was editing it; nothing is overwritten until the user chooses. */
export function ConflictPanel({ field, theirs, mine, onKeepTheirs, onKeepMine }: { field: string; theirs: string; mine: string; onKeepTheirs: () => void; onKeepMine: () => void }) {
  return (
    <div className="conflict-panel" role="alert">
      <p>
        <strong>Someone else saved this claim while you were editing it.</strong> Nothing was overwritten. Choose which {field} to keep.
      </p>
      <div className="conflict-versions">
        <figure>
          <figcaption>Their version (saved)</figcaption>
          <blockquote data-testid="conflict-theirs">{theirs || "(empty)"}</blockquote>
        </figure>
        <figure>
          <figcaption>Your version (not saved)</figcaption>
          <blockquote data-testid="conflict-mine">{mine || "(empty)"}</blockquote>
        </figure>
      </div>
      <div className="button-row">
        <button type="button" className="button secondary" onClick={onKeepTheirs}>
          Keep their version
        </button>
        <button type="button" className="button" onClick={onKeepMine}>
          Save my version instead
        </button>
      </div>
    </div>
  );
}
