"use client";

import Link from "next/link";
import { useMemo } from "react";
import { ArticleText, type HighlightClaim } from "@/components/overlay/article-text";
import { VerdictBadge } from "@/components/ui/verdict-badge";
import { segmentBlocks } from "@/domain/overlay/segment-blocks";
import type { RevisionView } from "@/domain/revisions/place-claims-on-revision";

const formatDate = (iso: string) => new Date(iso).toLocaleString("en-GB", { dateStyle: "long", timeStyle: "short", timeZone: "UTC" });

/** An earlier (or the current) revision of a reviewed article, read-only, with its claims where they stand in it. */
export function RevisionReader({ view }: { view: RevisionView }) {
  const placed = view.claims.filter((c) => c.placed);
  const absent = view.claims.filter((c) => !c.placed);
  const highlights = useMemo(
    () => new Map<string, HighlightClaim>(placed.map((c) => [c.id, { id: c.id, verdict: c.verdict, label: c.restatement }])),
    [placed],
  );
  const blocks = useMemo(() => segmentBlocks(view.blocks, placed.map((c) => ({ id: c.id, start: c.placed!.start, end: c.placed!.end }))), [view.blocks, placed]);
  const isCurrent = view.number === view.currentNumber;

  const openClaim = (ids: string[]) => {
    const entry = document.getElementById(`revision-claim-${ids[0]}`);
    entry?.scrollIntoView({ block: "center" });
    entry?.focus();
  };

  return (
    <article className="revision-reader">
      <header>
        <p className="revision-kicker">
          Revision {view.number} of {view.currentNumber}
        </p>
        <h1>{view.title}</h1>
        <div className="revision-notice" role="note">
          {isCurrent ? (
            <p>This is the current text of the article.</p>
          ) : (
            <p>
              You are reading revision {view.number}, imported on {formatDate(view.createdAt)} UTC. The article has changed since;{" "}
              <Link href={`/articles/${view.slug}`}>read the current review</Link>.
            </p>
          )}
        </div>
        <nav aria-label="Revisions" className="revision-nav">
          <ul>
            {view.revisionNumbers.map((n) => (
              <li key={n}>
                {n === view.number ? (
                  <span aria-current="page">Revision {n}</span>
                ) : (
                  <Link href={`/articles/${view.slug}/revisions/${n}`}>Revision {n}</Link>
                )}
              </li>
            ))}
          </ul>
        </nav>
      </header>

      <ArticleText text={view.text} blocks={blocks} claims={highlights} onOpenClaim={openClaim} />

      <section aria-labelledby="revision-claims-heading" className="revision-claims">
        <h2 id="revision-claims-heading">Claims in this revision ({placed.length})</h2>
        {placed.length === 0 ? (
          <p className="empty">No reviewed claim is in this revision&apos;s text.</p>
        ) : (
          <ol>
            {placed.map((claim) => (
              <li key={claim.id} id={`revision-claim-${claim.id}`} tabIndex={-1}>
                <VerdictBadge verdict={claim.verdict} /> <strong>{claim.restatement}</strong>
                <br />
                <q className="revision-quote">{view.text.slice(claim.placed!.start, claim.placed!.end)}</q>
                {claim.placed!.method === "fuzzy" && <span className="hint"> (the quoted text differs slightly in this revision)</span>}
              </li>
            ))}
          </ol>
        )}
        {absent.length > 0 && (
          <>
            <h2 id="revision-absent-heading">Not in this revision ({absent.length})</h2>
            <ul aria-labelledby="revision-absent-heading">
              {absent.map((claim) => (
                <li key={claim.id} id={`revision-claim-${claim.id}`}>
                  <VerdictBadge verdict={claim.verdict} /> <strong>{claim.restatement}</strong>
                  <br />
                  <q className="revision-quote">{claim.quote}</q>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </article>
  );
}
