"use client";

import { useState } from "react";
import type { ArticleStatus } from "@/domain/ratings/scale";
import { sendJson } from "./send-json";

const STATUS_LABELS: Record<ArticleStatus, string> = { draft: "Draft", in_review: "In review", published: "Published", archived: "Archived" };

export function WorkflowBar({ slug, status, canPublish, onChanged }: { slug: string; status: ArticleStatus; canPublish: boolean; onChanged: () => void }) {
  const [message, setMessage] = useState("");
  async function move(to: ArticleStatus) {
    setMessage("Saving…");
    const result = await sendJson<{ status: ArticleStatus }>("POST", `/api/articles/${slug}/status`, { status: to });
    setMessage(result.ok ? `Now ${STATUS_LABELS[result.data.status].toLowerCase()}.` : result.message);
    if (result.ok) onChanged();
  }
  return (
    <div className="workflow-bar">
      <span className="status-chip" data-status={status}>
        {STATUS_LABELS[status]}
      </span>
      {status === "published" && (
        <a href={`/articles/${slug}`} className="button secondary">
          View published page
        </a>
      )}
      {canPublish && status !== "published" && (
        <button type="button" className="button" onClick={() => void move("published")}>
          Publish
        </button>
      )}
      {canPublish && status === "draft" && (
        <button type="button" className="button secondary" onClick={() => void move("in_review")}>
          Send to review
        </button>
      )}
      {canPublish && status === "published" && (
        <button type="button" className="button secondary" onClick={() => void move("in_review")}>
          Unpublish
        </button>
      )}
      <span className="hint" aria-live="polite">
        {message}
      </span>
    </div>
  );
}
