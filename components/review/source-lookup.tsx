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

/** Paste a DOI, DOI URL, PMID, PubMed URL, BibTeX or RIS entry; the fields below are filled from it (online when possible). */
export function SourceLookup({ onResolved }: { onResolved: (fields: SourceFields) => void }) {
  const [input, setInput] = useState("");
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ kind: "ok" | "offline" | "error"; text: string } | null>(null);

  async function lookUp() {
    setBusy(true);
    setNotice(null);
    const result = await callApi("resolveSource", { body: { input, online: true } });
    setBusy(false);
    if (!result.ok) {
      setNotice({ kind: "error", text: result.fieldErrors.input?.join(" ") ?? result.message });
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
  }

  return (
    <div className="source-lookup">
      <label htmlFor="evidence-identifier">Paste a DOI, PMID, URL, BibTeX or RIS entry</label>
      <textarea
        id="evidence-identifier"
        rows={2}
        value={input}
        onChange={(e) => setInput(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            void lookUp();
          }
        }}
        aria-describedby="evidence-identifier-notice"
      />
      <button type="button" className="button secondary small" disabled={busy || input.trim() === ""} onClick={() => void lookUp()}>
        {busy ? "Looking up…" : "Look up"}
      </button>
      <p id="evidence-identifier-notice" className={`lookup-notice ${notice?.kind ?? ""}`} role="status" aria-live="polite">
        {notice?.text}
      </p>
    </div>
  );
}
