-- AlterTable
-- Existing rows keep NULL: their reference is formatted and stored at first read (server/data/sources/store-source-references.ts).
ALTER TABLE "Source" ADD COLUMN     "reference" TEXT,
ADD COLUMN     "referenceFormat" TEXT;
