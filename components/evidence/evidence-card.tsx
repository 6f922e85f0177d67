import { STANCE_LABELS, STUDY_DESIGN_LABELS } from "@/domain/ratings/scale";
import type { ReaderEvidence } from "@/domain/overlay/reader-model";

function safeHttpUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

export function EvidenceCard({ evidence }: { evidence: ReaderEvidence }) {
  const url = safeHttpUrl(evidence.url);
  return (
    <li className="evidence-card" data-stance={evidence.stance}>
      <div className="evidence-badges">
        <span className="badge stance" data-stance={evidence.stance}>
          {STANCE_LABELS[evidence.stance]}
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
        {evidence.doi && (
          <a href={`https://doi.org/${encodeURI(evidence.doi)}`} rel="noopener noreferrer">
            DOI: {evidence.doi}
          </a>
        )}
        {evidence.pmid && (
          <a href={`https://pubmed.ncbi.nlm.nih.gov/${encodeURIComponent(evidence.pmid)}/`} rel="noopener noreferrer">
            PMID: {evidence.pmid}
          </a>
        )}
        {url && !evidence.doi && !evidence.pmid && (
          <a href={url} rel="noopener noreferrer nofollow">
            Source link
          </a>
        )}
      </p>
    </li>
  );
}
