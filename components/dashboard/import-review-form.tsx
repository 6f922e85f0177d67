"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { callApi, newIdempotencyKey } from "@/components/api/api-client";

const MAX_FILE_BYTES = 6 * 1024 * 1024;

/** Upload a Claimcheck JSON export to recreate its review here; the server checks everything and writes all or nothing. */
export function ImportReviewForm() {
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [message, setMessage] = useState("");
  const [error, setError] = useState("");
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setError("");
    setProblems([]);
    if (!file) return setError("Choose a .json file exported from Claimcheck.");
    if (file.size > MAX_FILE_BYTES) return setError("The file is over 6 MB.");
    let document: unknown;
    try {
      document = JSON.parse(await file.text());
    } catch {
      return setError("This file is not JSON. Choose the file Claimcheck's “Full review (JSON)” export made.");
    }
    setBusy(true);
    setMessage("Importing…");
    const result = await callApi("importReview", { body: document, idempotencyKey: newIdempotencyKey() });
    setBusy(false);
    setMessage("");
    if (result.ok) {
      setMessage(`Imported “${result.data.slug}” with ${result.data.claims} claims.`);
      router.refresh();
      return;
    }
    setError(result.message);
    const fieldProblems = Object.entries(result.fieldErrors).map(([field, messages]) => `${field}: ${messages.join(" ")}`);
    setProblems([...fieldProblems.slice(0, 10), ...missingReviewerEmails(result.details).map((email) => `No account: ${email}`)]);
  }

  return (
    <form className="import-form card" onSubmit={(event) => void submit(event)}>
      <div className="field">
        <label htmlFor="import-file">Import a review (JSON export)</label>
        <input
          id="import-file"
          type="file"
          accept="application/json,.json"
          onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          aria-describedby={error ? "import-error" : "import-hint"}
        />
        <span id="import-hint" className="hint">
          Recreates the article, its claims, evidence and ratings. Reviewers are matched by email and need an account here.
        </span>
      </div>
      {error && (
        <div id="import-error" className="form-error" role="alert">
          {error}
          {problems.length > 0 && (
            <ul>
              {problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      <button type="submit" className="button secondary" disabled={busy}>
        Import
      </button>{" "}
      <span className="hint" role="status">
        {message}
      </span>
    </form>
  );
}

/** The reviewers' emails a refused import has no account for (the route lists them in its error's details). */
function missingReviewerEmails(details: unknown): string[] {
  if (typeof details !== "object" || details === null || !("missingReviewerEmails" in details)) return [];
  const emails = details.missingReviewerEmails;
  return Array.isArray(emails) ? emails.filter((email): email is string => typeof email === "string") : [];
}
