"use client";

/** Said next to a field whose text came back from this tab's safety copy (Back, reload or crash before the server confirmed it). */
export function RestoredNotice({ onDismiss, detail = "it is saved again now." }: { onDismiss: () => void; detail?: string }) {
  return (
    <p className="restored-notice" role="status" data-testid="restored-notice">
      Restored unsaved text from before you left this page; {detail}{" "}
      <button type="button" className="link-button" onClick={onDismiss}>
        OK
      </button>
    </p>
  );
}
