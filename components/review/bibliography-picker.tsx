"use client";

import { useEffect, useState } from "react";
import { callApi } from "@/components/api/api-client";
import type { TBibliographyEntry } from "@/domain/schemas/api/evidence";

/** Every source in the instance, searchable, to reuse instead of typing it again. */
export function BibliographyPicker({ value, onChange }: { value: string; onChange: (sourceId: string, citation: string) => void }) {
  const [query, setQuery] = useState("");
  const [entries, setEntries] = useState<TBibliographyEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(() => {
      void callApi("searchSources", { query: { q: query, take: 30 }, signal: controller.signal }).then((result) => {
        if (controller.signal.aborted) return;
        if (result.ok) {
          setEntries(result.data.sources);
          setError(null);
        } else {
          setError(`The bibliography could not be loaded: ${result.message}`);
        }
      });
    }, 250);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  return (
    <div className="bibliography-picker">
      <label htmlFor="bibliography-search">Search the bibliography</label>
      <input id="bibliography-search" type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Title, author, journal, DOI…" />
      {error && <p className="form-error">{error}</p>}
      <label htmlFor="evidence-sourceId">Source from the bibliography</label>
      <select
        id="evidence-sourceId"
        value={value}
        onChange={(e) => onChange(e.target.value, entries?.find((s) => s.id === e.target.value)?.citation ?? "")}
      >
        <option value="">A new source (fill in below)</option>
        {(entries ?? []).map((s) => (
          <option key={s.id} value={s.id}>
            {s.citation.slice(0, 140)}
          </option>
        ))}
      </select>
      <span className="hint">{entries === null ? "Loading the bibliography…" : `${entries.length} source${entries.length === 1 ? "" : "s"} found.`}</span>
    </div>
  );
}
