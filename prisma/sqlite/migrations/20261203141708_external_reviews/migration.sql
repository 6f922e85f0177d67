-- CreateTable
CREATE TABLE "ExternalReview" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "url" TEXT NOT NULL,
    "claimText" TEXT NOT NULL,
    "ratingText" TEXT NOT NULL,
    "ratingValue" TEXT,
    "publisherName" TEXT NOT NULL,
    "publisherUrl" TEXT,
    "claimAuthor" TEXT,
    "reviewedAt" DATETIME,
    "importedById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ExternalReview_importedById_fkey" FOREIGN KEY ("importedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "ExternalReview_url_key" ON "ExternalReview"("url");

-- Other fact-checkers' reviews share the claims' full-text index (see *_claim_search): one
-- "ClaimSearchRow" per review, keyed by its id, its claim in the quote column. Searches of our
-- claims join "Claim" and never see these rows; searches of external reviews join "ExternalReview".
CREATE TRIGGER "ClaimSearch_external_insert" AFTER INSERT ON "ExternalReview" BEGIN
    INSERT INTO "ClaimSearchRow" ("claimId") VALUES (NEW."id");
    INSERT INTO "ClaimSearch" ("rowid", quote, restatement, tags, title)
        SELECT r."rowid", NEW."claimText", '', '', '' FROM "ClaimSearchRow" r WHERE r."claimId" = NEW."id";
    UPDATE "ClaimSearchState" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "ClaimSearch_external_update" AFTER UPDATE OF "claimText" ON "ExternalReview" BEGIN
    DELETE FROM "ClaimSearch" WHERE "rowid" = (SELECT "rowid" FROM "ClaimSearchRow" WHERE "claimId" = OLD."id");
    INSERT INTO "ClaimSearch" ("rowid", quote, restatement, tags, title)
        SELECT r."rowid", NEW."claimText", '', '', '' FROM "ClaimSearchRow" r WHERE r."claimId" = NEW."id";
    UPDATE "ClaimSearchState" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "ClaimSearch_external_delete" AFTER DELETE ON "ExternalReview" BEGIN
    DELETE FROM "ClaimSearch" WHERE "rowid" = (SELECT "rowid" FROM "ClaimSearchRow" WHERE "claimId" = OLD."id");
    DELETE FROM "ClaimSearchRow" WHERE "claimId" = OLD."id";
    UPDATE "ClaimSearchState" SET "version" = "version" + 1 WHERE "id" = 1;
END;
