-- Full-text index of the claims for "Checked before?" (server/data/claim-search/).
-- Raw SQL that Prisma's models cannot express, listed as external tables in
-- scripts/db/search-index-tables.ts so that the migration engine leaves them alone.
-- Kept in step with "Claim" and "Article" by the triggers below, whatever code writes them.

-- The claim's quote and restatement weigh most, then the article title, then the tags.
CREATE FUNCTION claim_search_document(quote TEXT, restatement TEXT, tags TEXT, title TEXT) RETURNS tsvector
LANGUAGE sql IMMUTABLE AS $$
    SELECT setweight(to_tsvector('english', coalesce(quote, '')), 'A')
        || setweight(to_tsvector('english', coalesce(restatement, '')), 'A')
        || setweight(to_tsvector('english', coalesce(title, '')), 'B')
        || setweight(to_tsvector('english', coalesce(tags, '')), 'C')
$$;

CREATE TABLE "ClaimSearch" (
    "claimId" TEXT NOT NULL PRIMARY KEY,
    "document" tsvector NOT NULL
);
CREATE INDEX "ClaimSearch_document_idx" ON "ClaimSearch" USING GIN ("document");

-- Moves on every change to the index (a sequence: no row lock shared by concurrent writers);
-- the re-ranker's corpus statistics are rebuilt when it moves.
CREATE SEQUENCE "ClaimSearch_version";

INSERT INTO "ClaimSearch" ("claimId", "document")
    SELECT c."id", claim_search_document(c."exact", c."restatement", c."tagsJson", a."title")
    FROM "Claim" c JOIN "Article" a ON a."id" = c."articleId";

CREATE FUNCTION claim_search_claim_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        DELETE FROM "ClaimSearch" WHERE "claimId" = OLD."id";
    ELSE
        INSERT INTO "ClaimSearch" ("claimId", "document")
            SELECT NEW."id", claim_search_document(NEW."exact", NEW."restatement", NEW."tagsJson", a."title")
            FROM "Article" a WHERE a."id" = NEW."articleId"
        ON CONFLICT ("claimId") DO UPDATE SET "document" = EXCLUDED."document";
    END IF;
    PERFORM nextval('"ClaimSearch_version"');
    RETURN NULL;
END
$$;

CREATE TRIGGER "ClaimSearch_claim_changed" AFTER INSERT OR DELETE OR UPDATE OF "exact", "restatement", "tagsJson", "articleId" ON "Claim"
    FOR EACH ROW EXECUTE FUNCTION claim_search_claim_changed();

CREATE FUNCTION claim_search_article_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW."title" IS DISTINCT FROM OLD."title" THEN
        UPDATE "ClaimSearch" s SET "document" = claim_search_document(c."exact", c."restatement", c."tagsJson", NEW."title")
            FROM "Claim" c WHERE c."id" = s."claimId" AND c."articleId" = NEW."id";
    END IF;
    PERFORM nextval('"ClaimSearch_version"');
    RETURN NULL;
END
$$;

CREATE TRIGGER "ClaimSearch_article_changed" AFTER UPDATE OF "title", "status" ON "Article"
    FOR EACH ROW EXECUTE FUNCTION claim_search_article_changed();
