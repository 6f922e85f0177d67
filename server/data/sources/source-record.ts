import "server-only";
import { z } from "zod";
import { REFERENCE_FORMAT } from "@/domain/export/source-citation";
import { ZCslItem, type TSourceRecord } from "@/domain/schemas/review";

/** The Source columns a review document is built from. */
export interface SourceRow {
  id: string;
  title: string;
  authorsJson: string;
  container: string | null;
  year: number | null;
  doi: string | null;
  pmid: string | null;
  url: string | null;
  cslJson: string;
  reference?: string | null;
  referenceFormat?: string | null;
}

/** The stored reference when it was made by today's formatting (REFERENCE_FORMAT), else null. */
export function storedReference(row: Pick<SourceRow, "reference" | "referenceFormat">): string | null {
  return row.referenceFormat === REFERENCE_FORMAT && typeof row.reference === "string" ? row.reference : null;
}

/** A source row as the review document carries it, with its stored reference when that is current. */
export function toSourceRecord(row: SourceRow): TSourceRecord {
  const reference = storedReference(row);
  return {
    id: row.id,
    title: row.title,
    authors: z.array(z.string()).parse(JSON.parse(row.authorsJson)),
    container: row.container,
    year: row.year,
    doi: row.doi,
    pmid: row.pmid,
    url: row.url,
    csl: ZCslItem.parse(JSON.parse(row.cslJson)),
    ...(reference === null ? {} : { reference }),
  };
}
