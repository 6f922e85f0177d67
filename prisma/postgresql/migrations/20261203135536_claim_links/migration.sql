-- CreateTable
CREATE TABLE "ClaimLink" (
    "id" TEXT NOT NULL,
    "firstClaimId" TEXT NOT NULL,
    "secondClaimId" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ClaimLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ClaimLink_secondClaimId_idx" ON "ClaimLink"("secondClaimId");

-- CreateIndex
CREATE UNIQUE INDEX "ClaimLink_firstClaimId_secondClaimId_key" ON "ClaimLink"("firstClaimId", "secondClaimId");

-- AddForeignKey
ALTER TABLE "ClaimLink" ADD CONSTRAINT "ClaimLink_firstClaimId_fkey" FOREIGN KEY ("firstClaimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimLink" ADD CONSTRAINT "ClaimLink_secondClaimId_fkey" FOREIGN KEY ("secondClaimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClaimLink" ADD CONSTRAINT "ClaimLink_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
