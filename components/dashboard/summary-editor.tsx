"use client";

import { useState } from "react";
import { callApi } from "@/components/api/api-client";

/** The editor's one-paragraph summary shown on the scorecard. */
export function SummaryEditor({ slug, initialSummary }: { slug: string; initialSummary: string }) {
  const [summary, setSummary] = useState(initialSummary);
  const [saved, setSaved] = useState(initialSummary);
  const [message, setMessage] = useState("");
  const [error, setError] = useState("");

  async function save(event: React.FormEvent) {
    event.preventDefault();
    setMessage("Saving…");
    setError("");
    const result = await callApi("updateArticle", { params: { slug }, body: { summary } });
    if (result.ok) {
      setSaved(result.data.summary);
      setMessage("Summary saved.");
    } else {
      setMessage("");
      setError(result.fieldErrors.summary?.join(" ") ?? result.message);
    }
  }

  return (
    <form onSubmit={(event) => void save(event)} className="summary-editor">
      <div className="field">
        <label htmlFor="editor-summary">Editor’s summary</label>
        <textarea
          id="editor-summary"
          value={summary}
          maxLength={4000}
          onChange={(event) => setSummary(event.target.value)}
          aria-describedby={error ? "editor-summary-error" : undefined}
          aria-invalid={error ? true : undefined}
        />
        {error && (
          <span id="editor-summary-error" className="field-error">
            {error}
          </span>
        )}
      </div>
      <button type="submit" className="button" disabled={summary === saved}>
        Save summary
      </button>{" "}
      <span className="hint" role="status">
        {message}
      </span>
    </form>
  );
}
