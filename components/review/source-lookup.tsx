"use client";

import { useState } from "react";
import { callApi } from "@/components/api/api-client";

export interface SourceFields {
  title: string;
  authors: string;
  container: string;
  year: string;
  doi: string;
  pmid: string;
  url: string;
  volume: string;
  issue: string;
  pages: string;
  publisher: string;
}

export const EMPTY_SOURCE: SourceFields = { title: "", authors: "", container: "", year: "", doi: "", pmid: "", url: "", volume: "", issue: "", pages: "", publisher: "" };

export type LookupOutcome = "online" | "offline" | "parsed" | "error";

/**
 * Paste a DOI, DOI URL, PMID, PubMed URL, BibTeX or RIS entry; the source's fields are filled from it (online when
 * possible). A paste looks it up at once; Enter looks up what was typed (Shift+Enter for a new line).
 */
export function SourceLookup({ onResolved, onLooked }: { onResolved: (fields: SourceFields) => void; onLooked?: (outcome: LookupOutcome) => void }) {
  const [input, setInput] = useState("");
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ kind: "ok" | "offline" | "error"; text: string } | null>(null);

  async function lookUp(text = input) {
    if (text.trim() === "") return;
    setBusy(true);
    setNotice(null);
    const result = await callApi("resolveSource", { body: { input: text, online: true } });
    setBusy(false);
    if (!result.ok) {
      setNotice({ kind: "error", text: result.fieldErrors.input?.join(" ") ?? result.message });
      onLooked?.("error");
      return;
    }
    const f = result.data.fields;
    onResolved({
      title: f.title ?? "",
      authors: f.authors.join("; "),
      container: f.container ?? "",
      year: f.year === null ? "" : String(f.year),
      doi: f.doi ?? "",
      pmid: f.pmid ?? "",
      url: f.url ?? "",
      volume: f.volume ?? "",
      issue: f.issue ?? "",
      pages: f.pages ?? "",
      publisher: f.publisher ?? "",
    });
    setNotice({ kind: result.data.lookup === "offline" ? "offline" : "ok", text: result.data.message });
    onLooked?.(result.data.lookup);
  }

  return (
    <div className="source-lookup">
      <label htmlFor="evidence-identifier">Add evidence: paste a DOI, PMID, URL, BibTeX or RIS entry</label>
      <textarea
        id="evidence-identifier"
        rows={1}
        value={input}
        onChange={(e) => setInput(e.target.value)}
        onPaste={(e) => {
          // Pasting into an empty field is the whole entry: look it up straight away.
          const pasted = e.clipboardData.getData("text");
          if (input.trim() === "" && pasted.trim() !== "") {
            e.preventDefault();
            setInput(pasted);
            void lookUp(pasted);
          }
        }}
        onKeyDown={(e) => {
          if (e.key === "Enter" && !e.shiftKey) {
            e.preventDefault();
            void lookUp();
          }
        }}
        aria-describedby="evidence-identifier-notice"
      />
      <button type="button" className="button secondary small" disabled={busy || input.trim() === ""} onClick={() => void lookUp()} aria-keyshortcuts="Enter">
        {busy ? "Looking up…" : "Look up"}
      </button>
      <p id="evidence-identifier-notice" className={`lookup-notice ${notice?.kind ?? ""}`} role="status" aria-live="polite">
        {notice?.text}
      </p>
    </div>
  );
}
