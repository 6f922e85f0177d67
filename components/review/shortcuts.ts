/** The workspace's keyboard shortcuts, listed once for the handler and the help overlay. */
export const WORKSPACE_SHORTCUTS = [
  { keys: ["j", "n"], action: "nextClaim", label: "Next claim" },
  { keys: ["k", "p"], action: "previousClaim", label: "Previous claim" },
  { keys: ["]"], action: "nextSentence", label: "Move the sentence cursor to the next sentence" },
  { keys: ["["], action: "previousSentence", label: "Move the sentence cursor to the previous sentence" },
  { keys: ["c"], action: "createClaim", label: "Make a claim of the selected text, or else of the sentence at the cursor" },
  { keys: ["v"], action: "rateSelection", label: "Rate the selected text (or the sentence): opens the verdicts; then 5…1, 0 makes the rated claim, c makes it unrated" },
  { keys: ["x"], action: "notCheckable", label: "Mark the selected text (or the sentence) as not checkable" },
  { keys: ["e"], action: "openEvidence", label: "Open the evidence form of the selected claim" },
  { keys: ["5", "4", "3", "2", "1"], action: "verdict", label: "Set your verdict: 5 Supported … 1 Contradicted" },
  { keys: ["0"], action: "verdictNotCheckable", label: "Set your verdict to Not checkable" },
  { keys: ["s"], action: "suggest", label: "Suggest claims" },
  { keys: ["Delete"], action: "delete", label: "Delete the selected claim (undo follows)" },
  { keys: ["u"], action: "undo", label: "Undo the last deletion" },
  { keys: ["?"], action: "help", label: "Show or hide this list" },
] as const;

export type ShortcutAction = (typeof WORKSPACE_SHORTCUTS)[number]["action"];

/** Typing in a field is never a shortcut. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

export function shortcutFor(event: KeyboardEvent): ShortcutAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  return WORKSPACE_SHORTCUTS.find((s) => (s.keys as readonly string[]).includes(event.key))?.action ?? null;
}
