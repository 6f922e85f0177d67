"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, type ChangeEvent, type FormEvent } from "react";
import { detectImportFormat, type ImportFormat } from "@/domain/import/detect-import-format";
import type { TImportPreview } from "@/domain/import/import-preview";
import { nonArticleMessage, sniffNonArticle } from "@/domain/import/sniff-content";
import { LongTaskProgress, useLongTask } from "./long-task";
import { callApi, newIdempotencyKey, type FieldErrors } from "@/components/api/api-client";

const MAX_FILE_BYTES = 5 * 1024 * 1024;
const FORMAT_LABELS: Record<ImportFormat, string> = { text: "Plain text", markdown: "Markdown", html: "HTML" };
type Details = { title: string; author: string; sourceUrl: string; publishedAt: string };
const NO_DETAILS: Details = { title: "", author: "", sourceUrl: "", publishedAt: "" };

/** Import by pasting text, Markdown or HTML, or by choosing a .txt, .md or .html file (read in the browser). */
export function NewArticleForm() {
  const router = useRouter();
  const importing = useLongTask();
  const reading = useLongTask();
  /** The last import sent and its key: sending the same again (after a cancel) reuses the key, so it never makes a second copy. */
  const lastAttempt = useRef<{ body: string; key: string } | null>(null);
  const busy = importing.running;
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [content, setContent] = useState("");
  const [format, setFormat] = useState<ImportFormat>("text");
  const [fileNote, setFileNote] = useState<string | null>(null);
  /** Until the reviewer picks a format, it follows what the pasted text looks like. */
  const [formatChosen, setFormatChosen] = useState(false);
  /** Title, author, URL and date: read from the page or file, shown here to confirm or correct. */
  const [details, setDetails] = useState<Details>(NO_DETAILS);
  const [typed, setTyped] = useState<Set<keyof Details>>(new Set());
  const [preview, setPreview] = useState<TImportPreview | null>(null);
  const [previewedContent, setPreviewedContent] = useState("");

  function typeDetail(name: keyof Details, value: string) {
    setDetails((current) => ({ ...current, [name]: value }));
    setTyped((current) => new Set(current).add(name));
  }

  /** Asks the server what the import would find, and fills the fields the reviewer has not typed in. */
  async function readDetails(raw: string, rawFormat: ImportFormat) {
    if (raw.trim().length === 0 || raw === previewedContent) return;
    setPreviewedContent(raw);
    const result = await callApi("previewArticleImport", { body: { format: rawFormat, content: raw }, signal: reading.start() });
    reading.finish();
    if (!result.ok && result.code === "ABORTED") {
      setPreviewedContent("");
      return;
    }
    if (!result.ok) {
      setPreview(null);
      setFieldErrors(result.fieldErrors.content ? { content: result.fieldErrors.content } : {});
      return;
    }
    const found = result.data;
    setPreview(found);
    setFieldErrors({});
    const fromPage: Details = { title: found.title ?? "", author: found.author ?? "", sourceUrl: found.sourceUrl ?? "", publishedAt: found.publishedOn ?? "" };
    setDetails((current) => {
      const next = { ...current };
      for (const name of Object.keys(fromPage) as (keyof Details)[]) if (!typed.has(name)) next[name] = fromPage[name];
      return next;
    });
  }

  async function readFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setFileNote(null);
    setFieldErrors({});
    setError(null);
    if (!file) return;
    if (!/\.(txt|text|md|markdown|html?|xhtml)$/i.test(file.name)) {
      setFieldErrors({ file: [`${file.name} is not a .txt, .md or .html file.`] });
      return;
    }
    if (file.size > MAX_FILE_BYTES) {
      setFieldErrors({ file: [`${file.name} is ${(file.size / 1024 / 1024).toFixed(1)} MB; the limit is 5 MB.`] });
      return;
    }
    const raw = await file.text();
    const notAnArticle = sniffNonArticle(raw);
    if (notAnArticle) {
      setFieldErrors({ file: [`${file.name}: ${nonArticleMessage(notAnArticle)}`] });
      return;
    }
    const detected = detectImportFormat(file.name, file.type, raw);
    setContent(raw);
    setFormat(detected);
    setFileNote(`Read ${file.name} (${FORMAT_LABELS[detected]}, ${raw.length.toLocaleString("en")} characters). Check the details and the text below, then import.`);
    await readDetails(raw, detected);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const payload = {
      title: String(form.get("title") ?? ""),
      author: String(form.get("author") ?? ""),
      sourceUrl: String(form.get("sourceUrl") ?? ""),
      publishedAt: String(form.get("publishedAt") ?? ""),
      format,
      content,
    };
    const body = JSON.stringify(payload);
    const key = lastAttempt.current?.body === body ? lastAttempt.current.key : newIdempotencyKey();
    lastAttempt.current = { body, key };
    setNotice(null);
    setError(null);
    const result = await callApi("createArticle", { body: payload, idempotencyKey: key, signal: importing.start() });
    if (!result.ok && result.code === "ABORTED") {
      setNotice("Import cancelled. Your text is still here: import again when you are ready (it will not make a second copy).");
      return;
    }
    if (!result.ok) {
      importing.finish();
      setError(result.message);
      setFieldErrors(result.fieldErrors);
      requestAnimationFrame(() => document.querySelector<HTMLElement>("[aria-invalid='true']")?.focus());
      return;
    }
    router.push(`/review/${result.data.slug}`);
  }

  const fieldError = (name: string) =>
    fieldErrors[name] ? (
      <span className="field-error" id={`${name}-error`}>
        {fieldErrors[name].join(" ")}
      </span>
    ) : null;
  const describedBy = (name: string, hint?: string) => [fieldErrors[name] ? `${name}-error` : null, hint].filter(Boolean).join(" ") || undefined;

  return (
    <form onSubmit={(e) => void submit(e)} className="card" noValidate aria-labelledby="paste-import-heading">
      <h2 id="paste-import-heading">Paste or upload</h2>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="field">
        <label htmlFor="file">Upload a file (.txt, .md or .html)</label>
        <input id="file" name="file" type="file" accept=".txt,.text,.md,.markdown,.html,.htm,.xhtml,text/plain,text/markdown,text/html" onChange={(e) => void readFile(e)} aria-invalid={fieldErrors.file ? true : undefined} aria-describedby={describedBy("file", "file-note")} />
        <span className="hint" id="file-note" role="status">
          {fileNote ?? "Read in your browser; nothing is sent until you import. Up to 5 MB."}
        </span>
        {fieldError("file")}
      </div>
      <div className="field">
        <label htmlFor="title">Title</label>
        <input id="title" name="title" value={details.title} onChange={(e) => typeDetail("title", e.target.value)} aria-invalid={fieldErrors.title ? true : undefined} aria-describedby={describedBy("title", "title-hint")} />
        <span className="hint" id="title-hint">
          Leave empty to use the page&rsquo;s title or the first line of the text.
        </span>
        {fieldError("title")}
      </div>
      <div className="field">
        <label htmlFor="author">Author</label>
        <input id="author" name="author" value={details.author} onChange={(e) => typeDetail("author", e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="publishedAt">Published on</label>
        <input id="publishedAt" name="publishedAt" type="date" value={details.publishedAt} onChange={(e) => typeDetail("publishedAt", e.target.value)} aria-invalid={fieldErrors.publishedAt ? true : undefined} aria-describedby={describedBy("publishedAt")} />
        {fieldError("publishedAt")}
      </div>
      <div className="field">
        <label htmlFor="sourceUrl">Original URL</label>
        <input id="sourceUrl" name="sourceUrl" type="url" value={details.sourceUrl} onChange={(e) => typeDetail("sourceUrl", e.target.value)} aria-invalid={fieldErrors.sourceUrl ? true : undefined} aria-describedby={describedBy("sourceUrl")} />
        {fieldError("sourceUrl")}
      </div>
      <div className="field">
        <label htmlFor="format">Format of the text</label>
        <select id="format" name="format" value={format} onChange={(e) => {
            setFormat(e.target.value as ImportFormat);
            setFormatChosen(true);
          }}>
          <option value="text">Plain text</option>
          <option value="markdown">Markdown</option>
          <option value="html">HTML</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="content">Article text</label>
        <textarea id="content" name="content" rows={14} required value={content} onChange={(e) => {
            setContent(e.target.value);
            if (!formatChosen) setFormat(detectImportFormat(undefined, undefined, e.target.value));
          }} onBlur={() => void readDetails(content, format)} aria-invalid={fieldErrors.content ? true : undefined} aria-describedby={describedBy("content")} />
        {fieldError("content")}
      </div>
      <LongTaskProgress running={importing.running} label={`Importing the article (${content.length.toLocaleString("en")} characters)`} onCancel={importing.cancel} cancelLabel="Cancel import" />
      {notice && (
        <p role="status" className="hint">
          {notice}
        </p>
      )}
      <button className="button" type="submit" disabled={busy}>
        {busy ? "Importing…" : "Import article"}
      </button>
      {/* After the button: what appears while the reviewer reaches for it (the preview the text's blur asks for, the reading progress) must not move it, or a click pressed on the button is released elsewhere and lost. */}
      {preview && (
        <div className="import-preview" role="status" aria-label="What the import found">
          <p>
            Found {preview.paragraphs.toLocaleString("en")} paragraphs{preview.comments > 0 ? ` and ${preview.comments.toLocaleString("en")} reader comments` : ""}
            {preview.siteName ? ` from ${preview.siteName}` : ""}
            {preview.tags.length > 0 ? `, tagged ${preview.tags.join(", ")}` : ""}. Title, author, date and URL above come from the {format === "html" ? "page" : "file"}: check them before importing.
          </p>
          {preview.opening && <p className="hint">Starts: “{preview.opening}”</p>}
        </div>
      )}
      <LongTaskProgress running={reading.running} label="Reading the article's details" onCancel={reading.cancel} cancelLabel="Stop reading" afterSecond />
    </form>
  );
}
