-- CreateTable
CREATE TABLE "ClaimLink" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "firstClaimId" TEXT NOT NULL,
    "secondClaimId" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ClaimLink_firstClaimId_fkey" FOREIGN KEY ("firstClaimId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ClaimLink_secondClaimId_fkey" FOREIGN KEY ("secondClaimId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ClaimLink_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "ClaimLink_secondClaimId_idx" ON "ClaimLink"("secondClaimId");

-- CreateIndex
CREATE UNIQUE INDEX "ClaimLink_firstClaimId_secondClaimId_key" ON "ClaimLink"("firstClaimId", "secondClaimId");
