import { STANCE_LABELS, STUDY_DESIGN_LABELS, type Stance } from "@/domain/ratings/scale";
import type { ReaderEvidence } from "@/domain/overlay/reader-model";
import { doiUrl, pubmedUrl, safeHttpUrl } from "@/domain/export/links";

/** A second cue besides the badge's colour: the stance as a symbol, next to its word. */
const STANCE_ICONS: Record<Stance, string> = {
  supports: "▲",
  partially_supports: "△",
  contradicts: "▼",
  inconclusive: "◇",
  background: "•",
};

/**
 * One evidence item: stance and study-design badges, the finding, the APA reference and its
 * DOI / PubMed links (only well-formed identifiers become links; other URLs only when http(s)).
 */
export function EvidenceCard({ evidence }: { evidence: ReaderEvidence }) {
  const doiHref = doiUrl(evidence.doi);
  const pubmedHref = pubmedUrl(evidence.pmid);
  const url = safeHttpUrl(evidence.url);
  return (
    <li className="evidence-card" data-stance={evidence.stance}>
      <div className="evidence-badges">
        <span className="badge stance" data-stance={evidence.stance}>
          <span aria-hidden="true">{STANCE_ICONS[evidence.stance]}</span> {STANCE_LABELS[evidence.stance]}
        </span>
        <span className="badge design">{STUDY_DESIGN_LABELS[evidence.studyDesign]}</span>
      </div>
      <p className="finding">{evidence.finding}</p>
      {evidence.note && <p className="hint">Note: {evidence.note}</p>}
      <p className="citation">
        {evidence.citation}
        {evidence.locator && <span> ({evidence.locator})</span>}
      </p>
      <p className="evidence-links">
        {evidence.doi &&
          (doiHref ? (
            <a href={doiHref} rel="noopener noreferrer">
              DOI: {evidence.doi}
            </a>
          ) : (
            <span>DOI: {evidence.doi}</span>
          ))}
        {evidence.pmid &&
          (pubmedHref ? (
            <a href={pubmedHref} rel="noopener noreferrer">
              PMID: {evidence.pmid}
            </a>
          ) : (
            <span>PMID: {evidence.pmid}</span>
          ))}
        {url && !doiHref && !pubmedHref && (
          <a href={url} rel="noopener noreferrer nofollow">
            Source link
          </a>
        )}
      </p>
    </li>
  );
}
