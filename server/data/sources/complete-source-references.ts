import "server-only";
import { REFERENCE_FORMAT, referenceToStore, sourceCslItem } from "@/domain/export/source-citation";
import type { TSourceRecord } from "@/domain/schemas/review";
import type { Db } from "../../db";
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
 * references it formatted (an export never fails for it).
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
      await writer.$transaction(
        missing.slice(start, start + STORE_BATCH).map(({ row, reference }) =>
          writer.source.updateMany({
            // Only while the source still holds the CSL item the reference was formatted from;
            // updatedAt kept: the source itself did not change.
            where: { id: row.id, cslJson: row.cslJson },
            data: { reference, referenceFormat: REFERENCE_FORMAT, updatedAt: row.updatedAt },
          }),
        ),
      );
    }
  } catch (error) {
    console.error("[claimcheck] could not store formatted source references; they will be formatted again at the next read:", error);
  }
}
