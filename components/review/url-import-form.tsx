"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { LongTaskProgress, useLongTask } from "./long-task";
import { callApi, newIdempotencyKey } from "@/components/api/api-client";

/** Import by URL: the server fetches the page (public addresses only, 5 MB, time limit) and reads its title, author and date. */
export function UrlImportForm() {
  const router = useRouter();
  const [url, setUrl] = useState("");
  const importing = useLongTask();
  const busy = importing.running;
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setNotice(null);
    const result = await callApi("importArticleFromUrl", { body: { url }, signal: importing.start(), idempotencyKey: newIdempotencyKey() });
    if (!result.ok && result.code === "ABORTED") {
      setNotice("Import cancelled: the server drops the page if it had not saved it yet. Check your dashboard before importing it again.");
      return;
    }
    if (!result.ok) {
      importing.finish();
      setError(result.fieldErrors.url?.join(" ") ?? result.message);
      return;
    }
    router.push(`/review/${result.data.slug}`);
  }

  return (
    <form onSubmit={(e) => void submit(e)} className="card" noValidate aria-labelledby="url-import-heading">
      <h2 id="url-import-heading">Import from a web address</h2>
      <div className="field">
        <label htmlFor="import-url">Article URL</label>
        <input
          id="import-url"
          type="url"
          value={url}
          onChange={(e) => setUrl(e.target.value)}
          placeholder="https://example.org/article"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "import-url-error import-url-hint" : "import-url-hint"}
        />
        <span className="hint" id="import-url-hint">
          The page is fetched by the server: public http(s) addresses only, up to 5 MB. Title, author and date come from the page.
        </span>
        {error && (
          <span className="field-error" id="import-url-error" role="alert">
            {error}
          </span>
        )}
      </div>
      <LongTaskProgress running={importing.running} label="Fetching and reading the page" onCancel={importing.cancel} cancelLabel="Cancel import" />
      {notice && (
        <p role="status" className="hint">
          {notice}
        </p>
      )}
      <button className="button" type="submit" disabled={busy || url.trim() === ""}>
        {busy ? "Importing…" : "Import from URL"}
      </button>
    </form>
  );
}
