"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { ARTICLE_STATUS_LABELS, ARTICLE_STATUS_MOVES, statusMoveLabel } from "@/domain/ratings/article-workflow";
import type { ArticleStatus } from "@/domain/ratings/scale";
import { callApi } from "@/components/api/api-client";

/** The moves the workflow allows from the article's status, one button each. */
export function StatusControls({ slug, status }: { slug: string; status: ArticleStatus }) {
  const router = useRouter();
  const [message, setMessage] = useState("");
  const [busy, setBusy] = useState(false);

  async function move(to: ArticleStatus) {
    setBusy(true);
    setMessage("Saving…");
    const result = await callApi("changeArticleStatus", { params: { slug }, body: { status: to } });
    setBusy(false);
    if (result.ok) {
      setMessage(`Now ${ARTICLE_STATUS_LABELS[result.data.status].toLowerCase()}.`);
      router.refresh();
    } else {
      setMessage(`Couldn't change the status: ${result.message}`);
    }
  }

  return (
    <div className="status-controls" role="group" aria-label="Workflow">
      {ARTICLE_STATUS_MOVES[status].map((to) => (
        <button key={to} type="button" className={to === "published" ? "button" : "button secondary"} disabled={busy} onClick={() => void move(to)}>
          {statusMoveLabel(status, to)}
        </button>
      ))}
      <span className="hint" role="status">
        {message}
      </span>
    </div>
  );
}
