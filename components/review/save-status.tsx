export type SaveState = { kind: "idle" } | { kind: "saving" } | { kind: "saved" } | { kind: "failed"; message: string };

/** The quiet autosave indicator: Saving…, Saved, or Couldn't save with a retry button. */
export function SaveStatus({ state, onRetry, field }: { state: SaveState; onRetry: () => void; field: string }) {
  return (
    <span className="save-status" data-state={state.kind} role="status" aria-live="polite" data-field={field}>
      {state.kind === "saving" && "Saving…"}
      {state.kind === "saved" && "Saved"}
      {state.kind === "failed" && (
        <>
          Couldn&rsquo;t save: {state.message}{" "}
          <button type="button" className="link-button" onClick={onRetry}>
            Retry
          </button>
        </>
      )}
    </span>
  );
}
