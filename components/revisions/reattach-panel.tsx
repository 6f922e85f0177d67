"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import { ArticleText } from "@/components/overlay/article-text";
import { selectionToOffsets } from "@/components/review/selection-offsets";
import { segmentBlocks } from "@/domain/overlay/segment-blocks";
import type { RevisionReportClaim } from "@/domain/revisions/revision-report-model";
import type { TBlock } from "@/domain/schemas/review";

interface ReattachPanelProps {
  claim: RevisionReportClaim;
  revisionNumber: number;
  text: string;
  blocks: TBlock[];
  busy: boolean;
  onAttach: (offsets: { start: number; end: number }) => void;
  onCancel: () => void;
}

const NO_HIGHLIGHTS = new Map();

/** The current revision's text, to select where an orphaned claim now is. */
export function ReattachPanel({ claim, revisionNumber, text, blocks, busy, onAttach, onCancel }: ReattachPanelProps) {
  const articleRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [error, setError] = useState<string | null>(null);
  const segmented = useMemo(() => segmentBlocks(blocks, []), [blocks]);

  useEffect(() => headingRef.current?.focus(), [claim.id]);

  const attach = () => {
    const offsets = articleRef.current ? selectionToOffsets(articleRef.current) : null;
    if (!offsets) {
      setError("Select the claim's text in the article below first.");
      return;
    }
    setError(null);
    onAttach(offsets);
  };

  return (
    <section className="card reattach-panel" aria-labelledby="reattach-heading">
      <h2 id="reattach-heading" ref={headingRef} tabIndex={-1}>
        Re-attach: {claim.restatement || claim.exact}
      </h2>
      <p>
        It quoted: <q className="revision-quote">{claim.exact}</q>
      </p>
      <p className="hint">Select where this claim is in revision {revisionNumber} below (whole words are kept), then press “Attach to selection”.</p>
      <div className="reattach-toolbar">
        <button className="button" type="button" onMouseDown={(e) => e.preventDefault()} onClick={attach} disabled={busy}>
          {busy ? "Attaching…" : "Attach to selection"}
        </button>
        <button className="button secondary" type="button" onClick={onCancel}>
          Cancel
        </button>
        {error && (
          <span className="field-error" role="alert">
            {error}
          </span>
        )}
      </div>
      <div className="reattach-article" ref={articleRef}>
        <ArticleText text={text} blocks={segmented} claims={NO_HIGHLIGHTS} />
      </div>
    </section>
  );
}
