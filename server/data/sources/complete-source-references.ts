import "server-only";
import { REFERENCE_FORMAT, referenceToStore, sourceCslItem } from "@/domain/export/source-citation";
import type { TSourceRecord } from "@/domain/schemas/review";
import type { Db, Tx } from "../../db";
import { bumpReviewPageVersions } from "../articles/bump-page-version";
import { toSourceRecord, type SourceRow } from "./source-record";

/** Updates per transaction while storing: short write locks on SQLite. */
const STORE_BATCH = 250;

interface MissingReference {
  row: SourceRow & { updatedAt: Date };
  reference: string;
}

/**
 * The sources of a read as records that all carry their reference. A row from before
 * Source.reference existed, or formatted by an older REFERENCE_FORMAT, is formatted now (what
 * every export would otherwise do again) and, given a `writer`, stored, so that the next read
 * finds it: the column's backfill, done at first use because citeproc cannot run inside a
 * migration. Storing is best effort: a failed write is logged, and the read goes on with the
 * references it formatted (an export never fails for it). Like every write to what a reader
 * page shows (the claim dialogs' citations), it bumps the page version of the reviews that cite
 * a stored source, in the same transaction (bumpReviewPageVersions): a page or claim details
 * cached before it are not served as current after it.
 */
export async function completeSourceReferences(rows: ReadonlyArray<SourceRow & { updatedAt: Date }>, writer: Db | null): Promise<TSourceRecord[]> {
  const missing: MissingReference[] = [];
  const records = rows.map((row) => {
    const record = toSourceRecord(row);
    if (record.reference !== undefined) return record;
    const { reference } = referenceToStore(sourceCslItem(record));
    missing.push({ row, reference });
    return { ...record, reference };
  });
  if (writer && missing.length > 0) await storeReferences(writer, missing);
  return records;
}

async function storeReferences(writer: Db, missing: MissingReference[]): Promise<void> {
  try {
    for (let start = 0; start < missing.length; start += STORE_BATCH) {
      const batch = missing.slice(start, start + STORE_BATCH);
      await writer.$transaction(
        async (tx) => {
          const stored: string[] = [];
          for (const { row, reference } of batch) {
            const { count } = await tx.source.updateMany({
              // Only while the source still holds the CSL item the reference was formatted from;
              // updatedAt kept: the source itself did not change.
              where: { id: row.id, cslJson: row.cslJson },
              data: { reference, referenceFormat: REFERENCE_FORMAT, updatedAt: row.updatedAt },
            });
            if (count > 0) stored.push(row.id);
          }
          if (stored.length > 0) await bumpReviewPageVersions(tx, ...(await articlesCiting(tx, stored)));
        },
        { timeout: 30_000, maxWait: 10_000 },
      );
    }
  } catch (error) {
    console.error("[claimcheck] could not store formatted source references; they will be formatted again at the next read:", error);
  }
}

/** The articles with a claim whose evidence cites one of these sources. */
async function articlesCiting(tx: Tx, sourceIds: string[]): Promise<string[]> {
  const claims = await tx.claim.findMany({ where: { evidence: { some: { sourceId: { in: sourceIds } } } }, select: { articleId: true }, distinct: ["articleId"] });
  return claims.map((claim) => claim.articleId);
}
