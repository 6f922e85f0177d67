-- CreateTable
CREATE TABLE "SentenceEmbedding" (
    "textHash" TEXT NOT NULL,
    "vector" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SentenceEmbedding_pkey" PRIMARY KEY ("textHash")
);
