import type { CitedSource } from "@/domain/overlay/sources-cited";

/**
 * The review's reference list under the article: every cited work once, with its DOI and
 * PubMed links and how many claims cite it. Rendered on the server, so the evidence base is
 * readable without opening a claim (and without JavaScript).
 */
export function SourcesCited({ sources }: { sources: CitedSource[] }) {
  if (sources.length === 0) return null;
  return (
    <section className="sources-cited" aria-labelledby="sources-cited-heading">
      <h2 id="sources-cited-heading">Sources cited ({sources.length})</h2>
      <ol>
        {sources.map((source) => (
          <li key={source.id}>
            {source.authors && <>{source.authors} </>}
            {source.year !== null && <>({source.year}). </>}
            <cite>{source.title}</cite>
            {source.container && <>. {source.container}</>}.{" "}
            {source.links.map((link) => (
              <a key={link.href} href={link.href} rel={link.kind === "url" ? "noopener noreferrer nofollow" : "noopener noreferrer"}>
                {link.kind === "doi" ? link.label.replace(/^doi:/, "DOI: ") : link.kind === "pubmed" ? link.label.replace(/^PMID /, "PMID: ") : "Source link"}
              </a>
            ))}
            <span className="hint">
              {" "}
              · cited for {source.claimCount} claim{source.claimCount === 1 ? "" : "s"}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
