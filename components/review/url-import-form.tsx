"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { sendJson } from "./send-json";

/** Import by URL: the server fetches the page (public addresses only, 5 MB, time limit) and reads its title, author and date. */
export function UrlImportForm() {
  const router = useRouter();
  const [url, setUrl] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const result = await sendJson<{ slug: string }>("POST", "/api/imports/url", { url });
    if (!result.ok) {
      setBusy(false);
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
      {busy && (
        <p role="status" className="import-progress">
          <progress aria-label="Importing" /> Fetching and reading the page…
        </p>
      )}
      <button className="button" type="submit" disabled={busy || url.trim() === ""}>
        {busy ? "Importing…" : "Import from URL"}
      </button>
    </form>
  );
}
