-- Full-text index of the claims for "Checked before?" (server/data/claim-search/).
-- Raw SQL that Prisma's models cannot express, listed as external tables in
-- scripts/db/search-index-tables.ts so that the migration engine leaves them alone.
-- Kept in step with "Claim" and "Article" by the triggers below, whatever code writes them.
-- A migration that redefines "Claim" or "Article" (DROP TABLE + rename) drops these triggers:
-- `npm run db:check-migrations` fails then; re-create them at the end of that migration.

-- One integer key per claim: FTS5 rows are addressed by integer rowid, claims by text id.
CREATE TABLE "ClaimSearchRow" (
    "rowid" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "claimId" TEXT NOT NULL UNIQUE
);

-- Contentless: the texts stay in "Claim" and "Article"; the index holds only the terms.
CREATE VIRTUAL TABLE "ClaimSearch" USING fts5(
    quote, restatement, tags, title,
    content = '',
    contentless_delete = 1,
    tokenize = 'porter unicode61 remove_diacritics 2'
);

-- Bumped by every change to the index: the re-ranker's corpus statistics are rebuilt when it moves.
CREATE TABLE "ClaimSearchState" (
    "id" INTEGER NOT NULL PRIMARY KEY CHECK ("id" = 1),
    "version" INTEGER NOT NULL
);
INSERT INTO "ClaimSearchState" ("id", "version") VALUES (1, 1);

INSERT INTO "ClaimSearchRow" ("claimId") SELECT "id" FROM "Claim";
INSERT INTO "ClaimSearch" ("rowid", quote, restatement, tags, title)
    SELECT r."rowid", c."exact", c."restatement", c."tagsJson", a."title"
    FROM "Claim" c JOIN "ClaimSearchRow" r ON r."claimId" = c."id" JOIN "Article" a ON a."id" = c."articleId";

CREATE TRIGGER "ClaimSearch_claim_insert" AFTER INSERT ON "Claim" BEGIN
    INSERT INTO "ClaimSearchRow" ("claimId") VALUES (NEW."id");
    INSERT INTO "ClaimSearch" ("rowid", quote, restatement, tags, title)
        SELECT r."rowid", NEW."exact", NEW."restatement", NEW."tagsJson", a."title"
        FROM "ClaimSearchRow" r JOIN "Article" a ON a."id" = NEW."articleId" WHERE r."claimId" = NEW."id";
    UPDATE "ClaimSearchState" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "ClaimSearch_claim_update" AFTER UPDATE OF "exact", "restatement", "tagsJson", "articleId" ON "Claim" BEGIN
    DELETE FROM "ClaimSearch" WHERE "rowid" = (SELECT "rowid" FROM "ClaimSearchRow" WHERE "claimId" = OLD."id");
    INSERT INTO "ClaimSearch" ("rowid", quote, restatement, tags, title)
        SELECT r."rowid", NEW."exact", NEW."restatement", NEW."tagsJson", a."title"
        FROM "ClaimSearchRow" r JOIN "Article" a ON a."id" = NEW."articleId" WHERE r."claimId" = NEW."id";
    UPDATE "ClaimSearchState" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "ClaimSearch_claim_delete" AFTER DELETE ON "Claim" BEGIN
    DELETE FROM "ClaimSearch" WHERE "rowid" = (SELECT "rowid" FROM "ClaimSearchRow" WHERE "claimId" = OLD."id");
    DELETE FROM "ClaimSearchRow" WHERE "claimId" = OLD."id";
    UPDATE "ClaimSearchState" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "ClaimSearch_article_title" AFTER UPDATE OF "title" ON "Article" BEGIN
    DELETE FROM "ClaimSearch" WHERE "rowid" IN (
        SELECT r."rowid" FROM "ClaimSearchRow" r JOIN "Claim" c ON c."id" = r."claimId" WHERE c."articleId" = NEW."id");
    INSERT INTO "ClaimSearch" ("rowid", quote, restatement, tags, title)
        SELECT r."rowid", c."exact", c."restatement", c."tagsJson", NEW."title"
        FROM "Claim" c JOIN "ClaimSearchRow" r ON r."claimId" = c."id" WHERE c."articleId" = NEW."id";
    UPDATE "ClaimSearchState" SET "version" = "version" + 1 WHERE "id" = 1;
END;

CREATE TRIGGER "ClaimSearch_article_status" AFTER UPDATE OF "status" ON "Article" BEGIN
    UPDATE "ClaimSearchState" SET "version" = "version" + 1 WHERE "id" = 1;
END;
