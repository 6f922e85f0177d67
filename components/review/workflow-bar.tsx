"use client";

import { useState } from "react";
import type { ArticleStatus } from "@/domain/ratings/scale";
import { ARTICLE_STATUS_LABELS } from "@/domain/ratings/article-workflow";
import { callApi } from "@/components/api/api-client";

interface WorkflowBarProps {
  slug: string;
  status: ArticleStatus;
  canPublish: boolean;
  canEdit: boolean;
  /** What is still missing for publication (domain/ratings/publish-readiness.ts). */
  missing: readonly string[];
  sendBackNote: string | null;
  onChanged: () => void;
}

/**
 * The review's status and its handoffs: reviewers mark a draft ready for review; editors send it
 * back with a note or publish it, after a confirmation that lists what is still missing.
 */
export function WorkflowBar({ slug, status, canPublish, canEdit, missing, sendBackNote, onChanged }: WorkflowBarProps) {
  const [message, setMessage] = useState("");
  const [busy, setBusy] = useState(false);
  const [panel, setPanel] = useState<"publish" | "sendBack" | null>(null);
  const [note, setNote] = useState("");

  async function move(to: ArticleStatus, extra: { note?: string; acknowledgeMissing?: string[] } = {}) {
    if (busy) return;
    setBusy(true);
    setMessage("Saving…");
    const result = await callApi("changeArticleStatus", { params: { slug }, body: { status: to, ...extra } });
    setBusy(false);
    setMessage(result.ok ? `Now ${ARTICLE_STATUS_LABELS[result.data.status].toLowerCase()}.` : result.message);
    if (result.ok) {
      setPanel(null);
      setNote("");
      onChanged();
    }
  }

  return (
    <div className="workflow-bar">
      <span className="status-chip" data-status={status}>
        {ARTICLE_STATUS_LABELS[status]}
      </span>
      {status === "published" && (
        <a href={`/articles/${slug}`} className="button secondary">
          View published page
        </a>
      )}
      {!canPublish && canEdit && status === "draft" && (
        <button type="button" className="button" disabled={busy} onClick={() => void move("in_review")}>
          Ready for review
        </button>
      )}
      {canPublish && status !== "published" && (
        <button type="button" className="button" disabled={busy} onClick={() => setPanel("publish")} aria-expanded={panel === "publish"}>
          Publish…
        </button>
      )}
      {canPublish && status === "draft" && (
        <button type="button" className="button secondary" disabled={busy} onClick={() => void move("in_review")}>
          Send to review
        </button>
      )}
      {canPublish && status === "in_review" && (
        <button type="button" className="button secondary" disabled={busy} onClick={() => setPanel("sendBack")} aria-expanded={panel === "sendBack"}>
          Send back…
        </button>
      )}
      {canPublish && status === "published" && (
        <button type="button" className="button secondary" disabled={busy} onClick={() => void move("in_review")}>
          Unpublish
        </button>
      )}
      <span className="hint" aria-live="polite">
        {message}
      </span>
      {sendBackNote && status === "draft" && (
        <p className="send-back-note" role="note" data-testid="send-back-note">
          Sent back by the editor: “{sendBackNote}”
        </p>
      )}
      {panel === "publish" && (
        <div className="workflow-panel card" role="dialog" aria-labelledby="publish-heading">
          <h2 id="publish-heading">Publish this review?</h2>
          {missing.length === 0 ? (
            <p>Nothing is missing: every claim is rated, checkable claims have evidence, and there is a summary.</p>
          ) : (
            <>
              <p>Readers will see it as it is. Still missing:</p>
              <ul data-testid="publish-missing">
                {missing.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            </>
          )}
          <div className="button-row">
            <button type="button" className="button secondary" onClick={() => setPanel(null)}>
              Cancel
            </button>
            <button type="button" className="button" disabled={busy} onClick={() => void move("published", { acknowledgeMissing: [...missing] })}>
              {missing.length === 0 ? "Publish" : "Publish anyway"}
            </button>
          </div>
        </div>
      )}
      {panel === "sendBack" && (
        <div className="workflow-panel card" role="dialog" aria-labelledby="send-back-heading">
          <h2 id="send-back-heading">Send back to the reviewers</h2>
          <label htmlFor="send-back-note">What should change</label>
          <textarea id="send-back-note" rows={3} value={note} onChange={(e) => setNote(e.target.value)} />
          <div className="button-row">
            <button type="button" className="button secondary" onClick={() => setPanel(null)}>
              Cancel
            </button>
            <button type="button" className="button" disabled={busy || note.trim() === ""} onClick={() => void move("draft", { note: note.trim() })}>
              Send back with this note
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
