"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { callApi } from "@/components/api/api-client";
import type { ApiBody } from "@/domain/schemas/api/contract";
import type { TImportSummary } from "@/domain/revisions/import-summary";
import { reportSections, type RevisionReport, type RevisionReportClaim } from "@/domain/revisions/revision-report-model";
import { ReattachPanel } from "./reattach-panel";
import { ReimportForm } from "./reimport-form";
import { RevisionReportView } from "./revision-report-view";

/** Confirm, detach or re-attach: the body of a claim anchor action without the version, which `act` adds. */
type AnchorAction = ApiBody<"changeClaimAnchor"> extends infer Action ? (Action extends unknown ? Omit<Action, "version"> : never) : never;

function describeCounts({ counts }: Pick<TImportSummary, "counts">): string {
  const parts = [`${counts.unchanged} in place`, `${counts.moved} moved`, `${counts.fuzzy} to confirm`, `${counts.orphaned + counts.still_orphaned} could not be located`];
  if (counts.recovered) parts.push(`${counts.recovered} found again`);
  return `${counts.total} ${counts.total === 1 ? "claim" : "claims"}: ${parts.join(", ")}.`;
}

const describeImport = (summary: TImportSummary) => `Revision ${summary.revision} imported. ${describeCounts(summary)}`;

/** The reviewer's revisions page: re-import, then confirm, detach or re-attach what did not follow its text. */
export function RevisionsWorkspace({ report }: { report: RevisionReport }) {
  const router = useRouter();
  const [status, setStatus] = useState("");
  const [busyClaimId, setBusyClaimId] = useState<string | null>(null);
  const [reattaching, setReattaching] = useState<RevisionReportClaim | null>(null);
  const sections = useMemo(() => reportSections(report), [report]);

  async function act(claim: RevisionReportClaim, action: AnchorAction, done: string) {
    setBusyClaimId(claim.id);
    setStatus("Saving…");
    const result = await callApi("changeClaimAnchor", { params: { slug: report.slug, claimId: claim.id }, body: { version: claim.version, ...action } });
    setBusyClaimId(null);
    if (!result.ok) {
      setStatus(`Couldn't save: ${result.message}`);
      return false;
    }
    setStatus(done);
    router.refresh();
    return true;
  }

  return (
    <div className="revisions-workspace">
      <header className="workspace-header">
        <h1>Revisions: {report.title}</h1>
        <p>
          <Link href={`/review/${report.slug}`}>Back to the review</Link>
        </p>
        <p className="status-line" role="status" aria-live="polite">
          {status}
        </p>
      </header>

      <section aria-labelledby="revision-list-heading" className="revision-list">
        <h2 id="revision-list-heading">Revisions of the text</h2>
        <ol>
          {[...report.revisions].reverse().map((revision) => (
            <li key={revision.number}>
              <Link href={`/articles/${report.slug}/revisions/${revision.number}`}>Revision {revision.number}</Link>{" "}
              <span className="hint">
                {new Date(revision.createdAt).toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })} UTC ·{" "}
                <code>{revision.contentHash.slice(0, 15)}</code>
                {revision.number === report.current.number ? " · current" : ""}
              </span>
            </li>
          ))}
        </ol>
        {report.lastImport && (
          <p className="hint latest-import">
            Latest import: revision {report.lastImport.revision}
            {report.lastImport.by ? ` by ${report.lastImport.by}` : ""}. {describeCounts(report.lastImport)}
          </p>
        )}
      </section>

      {report.canEdit && (
        <ReimportForm
          slug={report.slug}
          sourceUrl={report.sourceUrl}
          currentNumber={report.current.number}
          claimCount={report.claims.length}
          onImported={(summary) => {
            setStatus(describeImport(summary));
            setReattaching(null);
            router.refresh();
          }}
        />
      )}

      {reattaching && (
        <ReattachPanel
          claim={reattaching}
          revisionNumber={report.current.number}
          text={report.current.text}
          blocks={report.current.blocks}
          busy={busyClaimId === reattaching.id}
          onCancel={() => setReattaching(null)}
          onAttach={(offsets) =>
            void act(reattaching, { action: "reattach", ...offsets }, "Claim re-attached.").then((ok) => {
              if (ok) setReattaching(null);
            })
          }
        />
      )}

      <RevisionReportView
        sections={sections}
        canEdit={report.canEdit}
        busyClaimId={busyClaimId}
        onConfirm={(claim) => void act(claim, { action: "confirm" }, "Match confirmed.")}
        onDetach={(claim) => void act(claim, { action: "detach" }, "Claim detached: it is now listed as not located.")}
        onReattach={setReattaching}
        onAttachHere={(claim, place) => void act(claim, { action: "reattach", start: place.start, end: place.end }, "Claim re-attached.")}
      />

    </div>
  );
}
