/*
  Warnings:

  - A unique constraint covering the columns `[creationSpanKey]` on the table `Claim` will be added. If there are existing duplicate values, this will fail.

*/
ALTER TABLE "Claim" ADD COLUMN "creationSpanKey" TEXT;

CREATE TABLE "IdempotentRequest" (
    "actorId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "request" TEXT NOT NULL,
    "status" INTEGER,
    "responseJson" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("actorId", "key")
);

CREATE INDEX "IdempotentRequest_createdAt_idx" ON "IdempotentRequest"("createdAt");

CREATE UNIQUE INDEX "Claim_creationSpanKey_key" ON "Claim"("creationSpanKey");
