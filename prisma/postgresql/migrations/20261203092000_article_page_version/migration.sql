-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "pageVersion" INTEGER NOT NULL DEFAULT 1;

-- CreateIndex
CREATE INDEX "Article_sourceUrl_idx" ON "Article"("sourceUrl");
