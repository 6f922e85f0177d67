-- The claim search index's GIN index without a pending list (PostgreSQL only; no SQLite counterpart).
-- With fastupdate on (the default) new entries wait in an unsorted list that every search reads
-- through until a vacuum merges it: right after 10,375 claims were loaded, the index query took
-- 31 ms instead of 9 ms (bench/README.md, "Claim matching"). Claims are read far more often than
-- written, so each write now updates the index at once.
ALTER INDEX "ClaimSearch_document_idx" SET (fastupdate = off);
-- Merge what is pending now.
SELECT gin_clean_pending_list('"ClaimSearch_document_idx"'::regclass);
