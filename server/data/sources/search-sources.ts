import "server-only";
import { formatSourceCitation } from "@/domain/export/source-citation";
import { db } from "../../db";
import { authorize, can, type Actor } from "../../authz";
import { toSourceRecord } from "../articles/get-review-document";

export interface BibliographyEntry {
  id: string;
  citation: string;
  doi: string | null;
  pmid: string | null;
  url: string | null;
  usedBy: number;
}

/**
 * The instance's bibliography for reuse: every source, newest first, filtered by words of the
 * title, authors, journal, DOI, PMID or URL. Sources are shared across articles, so any
 * reviewer may search them all.
 */
export async function searchSources(actor: Actor | null, query: { q: string; take: number }): Promise<BibliographyEntry[]> {
  authorize(can.useWorkspace(actor), actor, "search the bibliography");
  const words = query.q.toLowerCase().split(/\s+/).filter(Boolean).slice(0, 8);
  const sources = await db.source.findMany({
    where: {
      AND: words.map((word) => ({
        OR: [
          { title: { contains: word } },
          { authorsJson: { contains: word } },
          { container: { contains: word } },
          { doi: { contains: word } },
          { pmid: { contains: word } },
          { normalizedUrl: { contains: word } },
        ],
      })),
    },
    orderBy: { updatedAt: "desc" },
    take: query.take,
    include: { _count: { select: { evidence: true } } },
  });
  return sources.map((s) => ({
    id: s.id,
    citation: formatSourceCitation(toSourceRecord(s)),
    doi: s.doi,
    pmid: s.pmid,
    url: s.url,
    usedBy: s._count.evidence,
  }));
}
