"use client";

import { useState } from "react";
import type { TCheckedBeforeMatch } from "@/domain/schemas/checked-before";
import type { TLinkedClaim } from "@/domain/schemas/claim-links";
import { ARTICLE_STATUS_LABELS } from "@/domain/ratings/article-workflow";
import { VerdictBadge } from "@/components/ui/verdict-badge";
import { callApi } from "@/components/api/api-client";
import { ClaimLinkButton } from "./claim-link-button";
import { ExternalReviewList } from "./external-review-list";
import { useCheckedBefore } from "./use-checked-before";
import { useClaimLinks } from "./use-claim-links";

interface CheckedBeforePanelProps {
  claimId: string;
  /** The claim's current wording (restatement, else quote): the panel searches again when it changes. */
  wording: string;
  canEdit: boolean;
  /** Evidence was copied onto the claim: refresh the workspace, with a message. */
  onCopied: (message: string) => void;
}

/**
 * "Checked before": earlier reviews of the same claim (published, or in progress and visible to
 * the reviewer), the strongest marked "probably the same claim"; one action copies a match's
 * evidence onto this claim (its sources reused), another links the two as the same claim
 * (shown to readers as "Also checked in"), undone by unlinking.
 */
export function CheckedBeforePanel({ claimId, wording, canEdit, onCopied }: CheckedBeforePanelProps) {
  const [refresh, setRefresh] = useState(0);
  const [linksRefresh, setLinksRefresh] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const state = useCheckedBefore(claimId, wording, refresh);
  const links = useClaimLinks(claimId, linksRefresh);
  const linkedIds = new Set(links.status === "ready" ? links.links.map((link) => link.claimId) : []);
  const onLinkChanged = (text: string) => {
    setMessage(text);
    setLinksRefresh((n) => n + 1);
  };
  return (
    <section className="checked-before" aria-labelledby={`checked-before-${claimId}`}>
      <h3 id={`checked-before-${claimId}`}>Checked before</h3>
      <p role="status" className="hint">
        {message}
      </p>
      {links.status === "failed" && <p role="alert">Couldn&apos;t load this claim&apos;s links: {links.message}</p>}
      {links.status === "ready" && links.links.length > 0 && (
        <div className="claim-links">
          <h4>Same claim as</h4>
          <ul className="checked-before-list" aria-label="Linked as the same claim">
            {links.links.map((link) => (
              <LinkedClaimItem key={link.claimId} claimId={claimId} link={link} canEdit={canEdit} onChanged={onLinkChanged} />
            ))}
          </ul>
        </div>
      )}
      {state.status === "loading" && <p className="hint" role="status">Looking for earlier reviews of this claim…</p>}
      {state.status === "failed" && (
        <p role="alert">
          Couldn&apos;t look for earlier reviews: {state.message}{" "}
          <button type="button" onClick={() => setRefresh((n) => n + 1)}>
            Retry
          </button>
        </p>
      )}
      {state.status === "ready" && state.matches.length === 0 && state.external.length === 0 && <p className="hint">No earlier review of this claim.</p>}
      {state.status === "ready" && state.matches.length > 0 && (
        <ul className="checked-before-list" aria-label="Earlier reviews of this claim">
          {state.matches.map((match) => (
            <CheckedBeforeMatch
              key={match.claimId}
              claimId={claimId}
              match={match}
              canEdit={canEdit}
              linked={linkedIds.has(match.claimId)}
              linksKnown={links.status === "ready"}
              onCopied={onCopied}
              onLinkChanged={onLinkChanged}
            />
          ))}
        </ul>
      )}
      {state.status === "ready" && <ExternalReviewList reviews={state.external} />}
    </section>
  );
}

function LinkedClaimItem({ claimId, link, canEdit, onChanged }: { claimId: string; link: TLinkedClaim; canEdit: boolean; onChanged: (message: string) => void }) {
  return (
    <li className="checked-before-match" data-linked-claim={link.claimId}>
      <p>
        <VerdictBadge verdict={link.verdict} /> <a href={link.url}>{link.articleTitle}</a> · {ARTICLE_STATUS_LABELS[link.articleStatus]}
      </p>
      <p className="checked-before-claim">{link.restatement || link.quote}</p>
      {canEdit && <ClaimLinkButton claimId={claimId} otherClaimId={link.claimId} articleTitle={link.articleTitle} linked onChanged={onChanged} />}
    </li>
  );
}

interface CheckedBeforeMatchProps {
  claimId: string;
  match: TCheckedBeforeMatch;
  canEdit: boolean;
  linked: boolean;
  /** The links have loaded, so `linked` can be trusted. */
  linksKnown: boolean;
  onCopied: (message: string) => void;
  onLinkChanged: (message: string) => void;
}

function CheckedBeforeMatch({ claimId, match, canEdit, linked, linksKnown, onCopied, onLinkChanged }: CheckedBeforeMatchProps) {
  const [copying, setCopying] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const copy = async () => {
    setCopying(true);
    setError(null);
    const result = await callApi("copyEvidence", { params: { id: claimId }, body: { fromClaimId: match.claimId } });
    setCopying(false);
    if (!result.ok) return setError(result.message);
    onCopied(result.data.copied === 0 ? "This claim already has that evidence." : `Copied ${result.data.copied} evidence ${result.data.copied === 1 ? "item" : "items"}.`);
  };
  return (
    <li className="checked-before-match" data-strength={match.strength}>
      <p>
        <VerdictBadge verdict={match.verdict} /> {match.strength === "probably_same" && <span className="badge">Probably the same claim</span>}{" "}
        {linked && <span className="badge">Linked: same claim</span>}
      </p>
      <p className="checked-before-claim">{match.restatement || match.quote}</p>
      <p className="hint">
        <a href={match.url}>{match.articleTitle}</a> · {ARTICLE_STATUS_LABELS[match.articleStatus]} · {new Date(match.checkedAt).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric" })} ·{" "}
        {match.evidenceCount} evidence {match.evidenceCount === 1 ? "item" : "items"}
      </p>
      {canEdit && match.evidenceCount > 0 && (
        <button type="button" onClick={() => void copy()} disabled={copying}>
          {copying ? "Copying evidence…" : `Copy its evidence (${match.evidenceCount})`}
        </button>
      )}{" "}
      {canEdit && linksKnown && <ClaimLinkButton claimId={claimId} otherClaimId={match.claimId} articleTitle={match.articleTitle} linked={linked} onChanged={onLinkChanged} />}
      {error && <p role="alert">{error}</p>}
    </li>
  );
}
