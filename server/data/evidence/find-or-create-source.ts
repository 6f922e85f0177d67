import "server-only";
import { cslFromFields, normalizeDoi, normalizePmid, normalizeUrl } from "@/domain/citations";
import { referenceToStore } from "@/domain/export/source-citation";
import type { TSourceFieldsInput } from "@/domain/schemas/inputs";
import type { Tx } from "../../db";

/** Sources are shared: the same work is found by DOI, then PMID, then normalized URL, before a new one is made. */
export async function findOrCreateSource(tx: Tx, fields: TSourceFieldsInput) {
  const doi = fields.doi ? normalizeDoi(fields.doi) : null;
  const pmid = fields.pmid ? normalizePmid(fields.pmid) : null;
  const normalizedUrl = fields.url ? normalizeUrl(fields.url) : null;

  const existing =
    (doi && (await tx.source.findUnique({ where: { doi } }))) ||
    (pmid && (await tx.source.findUnique({ where: { pmid } }))) ||
    (normalizedUrl && (await tx.source.findUnique({ where: { normalizedUrl } }))) ||
    null;
  if (existing) return existing;

  const csl = cslFromFields({ ...fields, doi, pmid });
  return tx.source.create({
    data: {
      type: typeof csl.type === "string" ? csl.type : "article-journal",
      title: fields.title,
      authorsJson: JSON.stringify(fields.authors),
      container: fields.container,
      year: fields.year,
      doi,
      pmid,
      url: fields.url ?? null,
      normalizedUrl,
      cslJson: JSON.stringify(csl),
      ...referenceToStore(csl),
    },
  });
}
