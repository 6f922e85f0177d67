import type { CitedSource } from "@/domain/overlay/sources-cited";

/**
 * Above this many works the list would outweigh the article in the page (the App Router sends it
 * twice, in the HTML and the payload): the reader gets the bibliography as downloads instead.
 */
const LISTED_SOURCES_LIMIT = 300;

/**
 * The review's reference list under the article: every cited work once, with its DOI and
 * PubMed links and how many claims cite it. Rendered on the server, so the evidence base is
 * readable without opening a claim (and without JavaScript).
 */
export function SourcesCited({ slug, sources }: { slug: string; sources: CitedSource[] }) {
  if (sources.length === 0) return null;
  if (sources.length > LISTED_SOURCES_LIMIT) return <SourcesAsDownloads slug={slug} count={sources.length} />;
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

function SourcesAsDownloads({ slug, count }: { slug: string; count: number }) {
  const href = (format: string) => `/api/articles/${encodeURIComponent(slug)}/export?format=${format}`;
  return (
    <section className="sources-cited" aria-labelledby="sources-cited-heading">
      <h2 id="sources-cited-heading">Sources cited ({count})</h2>
      <p>
        Too many to list here: each claim shows its own evidence. The full bibliography:{" "}
        <a href={href("html")} download>
          report (HTML)
        </a>
        ,{" "}
        <a href={href("bibtex")} download>
          BibTeX
        </a>
        ,{" "}
        <a href={href("ris")} download>
          RIS
        </a>
        ,{" "}
        <a href={href("csl-json")} download>
          CSL-JSON
        </a>
        .
      </p>
    </section>
  );
}
