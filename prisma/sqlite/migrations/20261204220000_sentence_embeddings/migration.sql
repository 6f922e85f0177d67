-- CreateTable
CREATE TABLE "SentenceEmbedding" (
    "textHash" TEXT NOT NULL PRIMARY KEY,
    "vector" BLOB NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
