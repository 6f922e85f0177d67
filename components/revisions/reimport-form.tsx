"use client";

import { useState, useSyncExternalStore, type ChangeEvent, type FormEvent } from "react";
import { detectImportFormat, type ImportFormat } from "@/domain/import/detect-import-format";
import type { TImportSummary } from "@/domain/revisions/import-summary";
import { callApi, type FieldErrors } from "@/components/api/api-client";

interface ReimportFormProps {
  slug: string;
  sourceUrl: string | null;
  currentNumber: number;
  claimCount: number;
  onImported: (summary: TImportSummary) => void;
}

const MAX_FILE_BYTES = 5_000_000;

const noSubscription = () => () => {};
/** False in the server's HTML, true once scripts run: the form only works with them. */
const useHydrated = () => useSyncExternalStore(noSubscription, () => true, () => false);

/** Paste the article's changed text or read it from a file; it becomes the next revision and every claim is re-anchored. */
export function ReimportForm({ slug, sourceUrl, currentNumber, claimCount, onImported }: ReimportFormProps) {
  const hydrated = useHydrated();
  const [content, setContent] = useState("");
  const [url, setUrl] = useState(sourceUrl ?? "");
  const [format, setFormat] = useState<ImportFormat>("text");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});

  async function readFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.currentTarget.files?.[0];
    if (!file) return;
    if (file.size > MAX_FILE_BYTES) {
      setFieldErrors({ file: ["The file is over 5 MB."] });
      return;
    }
    const text = await file.text();
    setContent(text);
    setFormat(detectImportFormat(file.name, file.type, text));
    setFieldErrors({});
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const fromUrl = (event.nativeEvent as SubmitEvent).submitter?.getAttribute("value") === "url";
    setBusy(true);
    setError(null);
    const result = fromUrl
      ? await callApi("importRevisionFromUrl", { params: { slug }, body: { url, baseRevision: currentNumber } })
      : await callApi("importRevision", { params: { slug }, body: { content, format, baseRevision: currentNumber } });
    setBusy(false);
    if (!result.ok) {
      setError(result.message);
      setFieldErrors(result.fieldErrors);
      return;
    }
    setFieldErrors({});
    setContent("");
    onImported(result.data);
  }

  const contentError = fieldErrors.content?.join(" ");
  const urlError = fieldErrors.url?.join(" ");
  return (
    <form className="card reimport-form" onSubmit={(e) => void submit(e)} noValidate aria-busy={busy}>
      <h2>Import a changed version</h2>
      <p className="hint">
        The text becomes revision {currentNumber + 1}. Every claim is looked up in it: where its text still is, where it matches only approximately
        (for you to confirm), and which claims cannot be found (they keep their evidence and ratings until you re-attach them).
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error} {!contentError && !urlError && "What you entered is still here: try again."}
        </p>
      )}
      <fieldset className="plain-fieldset" disabled={!hydrated}>
        <div className="field">
          <label htmlFor="revision-url">Fetch the article&apos;s page again</label>
          <input
            id="revision-url"
            type="url"
            value={url}
            onChange={(e) => setUrl(e.currentTarget.value)}
            aria-invalid={urlError ? true : undefined}
            aria-describedby={urlError ? "revision-url-error" : undefined}
          />
          {urlError && (
            <span className="field-error" id="revision-url-error">
              {urlError}
            </span>
          )}
          <div>
            <button className="button secondary" type="submit" name="source" value="url" disabled={busy || url.trim().length === 0}>
              Fetch and import
            </button>
          </div>
        </div>
        <p className="hint">Or paste the new text, or read it from a file:</p>
        <div className="field">
          <label htmlFor="revision-file">Read the new version from a file (.txt, .md, .html)</label>
          <input id="revision-file" type="file" accept=".txt,.text,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html" onChange={(e) => void readFile(e)} aria-describedby={fieldErrors.file ? "revision-file-error" : undefined} />
          {fieldErrors.file && (
            <span className="field-error" id="revision-file-error">
              {fieldErrors.file.join(" ")}
            </span>
          )}
        </div>
        <div className="field">
          <label htmlFor="revision-format">Format of the text</label>
          <select id="revision-format" value={format} onChange={(e) => setFormat(e.currentTarget.value as ImportFormat)}>
            <option value="text">Plain text</option>
            <option value="markdown">Markdown</option>
            <option value="html">HTML</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="revision-content">New text of the article</label>
          <textarea
            id="revision-content"
            rows={12}
            value={content}
            onChange={(e) => setContent(e.currentTarget.value)}
            aria-invalid={contentError ? true : undefined}
            aria-describedby={contentError ? "revision-content-error" : undefined}
          />
          {contentError && (
            <span className="field-error" id="revision-content-error">
              {contentError}
            </span>
          )}
        </div>
        <div className="button-row">
          <button className="button" type="submit" name="source" value="text" disabled={busy || content.trim().length === 0}>
            {busy ? "Importing…" : "Import revision"}
          </button>
          {busy && (
            <span className="progress-note" role="status">
              <span className="spinner" aria-hidden="true" /> Importing revision {currentNumber + 1} and re-anchoring {claimCount} {claimCount === 1 ? "claim" : "claims"}…
            </span>
          )}
        </div>
      </fieldset>
    </form>
  );
}
