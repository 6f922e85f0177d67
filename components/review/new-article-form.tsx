"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { sendJson, type FieldErrors } from "./send-json";

export function NewArticleForm() {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setBusy(true);
    const result = await sendJson<{ slug: string }>("POST", "/api/articles", {
      title: String(form.get("title") ?? ""),
      author: String(form.get("author") ?? ""),
      sourceUrl: String(form.get("sourceUrl") ?? ""),
      format: String(form.get("format") ?? "text"),
      content: String(form.get("content") ?? ""),
    });
    setBusy(false);
    if (!result.ok) {
      setError(result.message);
      setFieldErrors(result.fieldErrors);
      document.querySelector<HTMLElement>("[aria-invalid='true']")?.focus();
      return;
    }
    router.push(`/review/${result.data.slug}`);
  }

  const fieldError = (name: string) =>
    fieldErrors[name] ? (
      <span className="field-error" id={`${name}-error`}>
        {fieldErrors[name]!.join(" ")}
      </span>
    ) : null;

  return (
    <form onSubmit={(e) => void submit(e)} className="card" noValidate>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="field">
        <label htmlFor="title">Title</label>
        <input id="title" name="title" aria-invalid={fieldErrors.title ? true : undefined} aria-describedby="title-hint" />
        <span className="hint" id="title-hint">
          Leave empty to use the first line of the text.
        </span>
        {fieldError("title")}
      </div>
      <div className="field">
        <label htmlFor="author">Author</label>
        <input id="author" name="author" />
      </div>
      <div className="field">
        <label htmlFor="sourceUrl">Original URL</label>
        <input id="sourceUrl" name="sourceUrl" type="url" aria-invalid={fieldErrors.sourceUrl ? true : undefined} />
        {fieldError("sourceUrl")}
      </div>
      <div className="field">
        <label htmlFor="format">Format of the text</label>
        <select id="format" name="format" defaultValue="text">
          <option value="text">Plain text</option>
          <option value="markdown">Markdown</option>
          <option value="html">HTML</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="content">Article text</label>
        <textarea id="content" name="content" rows={14} required aria-invalid={fieldErrors.content ? true : undefined} />
        {fieldError("content")}
      </div>
      <button className="button" type="submit" disabled={busy}>
        {busy ? "Importing…" : "Import article"}
      </button>
    </form>
  );
}
