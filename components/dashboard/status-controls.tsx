"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { ARTICLE_STATUS_LABELS, ARTICLE_STATUS_MOVES, statusMoveLabel } from "@/domain/ratings/article-workflow";
import type { ArticleStatus } from "@/domain/ratings/scale";
import { callApi } from "@/components/api/api-client";

/**
 * The moves the workflow allows from the article's status, one button each. Publishing a review with gaps is refused by
 * the server with the list of what is missing; it is shown here with "Publish anyway", which sends that list back as
 * the editor's acknowledgement.
 */
export function StatusControls({ slug, status }: { slug: string; status: ArticleStatus }) {
  const router = useRouter();
  const [message, setMessage] = useState("");
  const [busy, setBusy] = useState(false);
  const [missing, setMissing] = useState<string[] | null>(null);

  async function move(to: ArticleStatus, acknowledgeMissing?: string[]) {
    setBusy(true);
    setMessage("Saving…");
    const result = await callApi("changeArticleStatus", { params: { slug }, body: { status: to, ...(acknowledgeMissing ? { acknowledgeMissing } : {}) } });
    setBusy(false);
    if (result.ok) {
      setMissing(null);
      setMessage(`Now ${ARTICLE_STATUS_LABELS[result.data.status].toLowerCase()}.`);
      router.refresh();
      return;
    }
    const refusedFor = (result.details as { missing?: string[] } | null)?.missing;
    if (to === "published" && result.code === "CONFLICT" && refusedFor) {
      setMissing(refusedFor);
      setMessage("");
      return;
    }
    setMessage(`Couldn't change the status: ${result.message}`);
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
      {missing && (
        <div className="workflow-panel card" role="dialog" aria-labelledby="dashboard-publish-heading">
          <h2 id="dashboard-publish-heading">Publish this review anyway?</h2>
          <p>Readers will see it as it is. Still missing:</p>
          <ul data-testid="publish-missing">
            {missing.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
          <div className="button-row">
            <button type="button" className="button secondary" onClick={() => setMissing(null)}>
              Cancel
            </button>
            <button type="button" className="button" disabled={busy} onClick={() => void move("published", missing)}>
              Publish anyway
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
