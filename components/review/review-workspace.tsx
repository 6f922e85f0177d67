"use client";

import { useRouter } from "next/navigation";
import { useMemo, useRef, useState } from "react";
import type { WorkspaceModel } from "@/domain/overlay/workspace-model";
import { ArticleText, type HighlightClaim } from "@/components/overlay/article-text";
import { VerdictBadge } from "@/components/ui/verdict-badge";
import { ClaimEditor } from "./claim-editor";
import { WorkflowBar } from "./workflow-bar";
import { selectionToOffsets } from "./selection-offsets";
import { sendJson } from "./send-json";

interface ReviewWorkspaceProps {
  model: WorkspaceModel;
  viewerEmail: string;
  canPublish: boolean;
  canEdit: boolean;
}

/** The reviewer's three areas: claim list, the article (select text to make a claim), the selected claim's editor. */
export function ReviewWorkspace({ model, viewerEmail, canPublish, canEdit }: ReviewWorkspaceProps) {
  const router = useRouter();
  const articleRef = useRef<HTMLDivElement>(null);
  const [selectedId, setSelectedId] = useState<string | null>(model.claims[0]?.id ?? null);
  const [selection, setSelection] = useState<{ start: number; end: number } | null>(null);
  const [status, setStatus] = useState("");

  const highlights = useMemo(
    () => new Map<string, HighlightClaim>(model.claims.map((c) => [c.id, { id: c.id, verdict: c.verdict, label: c.restatement }])),
    [model.claims],
  );
  const selected = model.claims.find((c) => c.id === selectedId) ?? null;

  const captureSelection = () => {
    if (!articleRef.current) return;
    setSelection(selectionToOffsets(articleRef.current));
  };

  async function createClaimFromSelection() {
    if (!selection) return;
    setStatus("Creating the claim…");
    const result = await sendJson<{ id: string }>("POST", `/api/articles/${model.slug}/claims`, selection);
    if (!result.ok) {
      setStatus(`Couldn't create the claim: ${result.message}`);
      return;
    }
    window.getSelection()?.removeAllRanges();
    setSelection(null);
    setSelectedId(result.data.id);
    setStatus("Claim created. Write its restatement and add evidence.");
    router.refresh();
  }

  return (
    <div className="workspace">
      <header className="workspace-header">
        <h1>{model.title}</h1>
        <WorkflowBar slug={model.slug} status={model.status} canPublish={canPublish} onChanged={() => router.refresh()} />
      </header>
      <p className="status-line" role="status" aria-live="polite">
        {status}
      </p>
      <div className="workspace-columns">
        <nav className="workspace-claims" aria-label="Claims">
          <h2>Claims ({model.claims.length})</h2>
          {model.claims.length === 0 ? (
            <p className="hint">Select a sentence in the article to make your first claim.</p>
          ) : (
            <ol>
              {model.claims.map((claim) => (
                <li key={claim.id}>
                  <button type="button" className="claim-list-item" aria-current={claim.id === selectedId ? "true" : undefined} onClick={() => setSelectedId(claim.id)}>
                    <VerdictBadge verdict={claim.verdict} />
                    <span className="claim-list-text">{claim.restatement}</span>
                  </button>
                </li>
              ))}
            </ol>
          )}
        </nav>
        <section className="workspace-article" aria-label="Article text">
          {canEdit && (
            <div className="selection-toolbar">
              <button type="button" className="button" disabled={!selection} onClick={() => void createClaimFromSelection()}>
                Create claim from selection
              </button>
              <span className="hint">{selection ? `${selection.end - selection.start} characters selected` : "Select text in the article, then create a claim."}</span>
            </div>
          )}
          <div ref={articleRef} onMouseUp={captureSelection} onKeyUp={captureSelection} onTouchEnd={captureSelection}>
            <ArticleText text={model.text} blocks={model.blocks} claims={highlights} activeClaimId={selectedId} onOpenClaim={(ids) => setSelectedId(ids[0] ?? null)} />
          </div>
        </section>
        <section className="workspace-editor" aria-label="Selected claim">
          {selected ? (
            <ClaimEditor
              key={selected.id}
              claim={selected}
              extras={model.claimExtras[selected.id]!}
              viewerEmail={viewerEmail}
              bibliography={model.bibliography}
              canEdit={canEdit}
              onSaved={(message) => {
                setStatus(message);
                router.refresh();
              }}
              onDeleted={() => {
                setSelectedId(null);
                setStatus("Claim deleted.");
                router.refresh();
              }}
            />
          ) : (
            <p className="hint">Choose a claim from the list, or create one from the article.</p>
          )}
        </section>
      </div>
    </div>
  );
}
