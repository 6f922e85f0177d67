-- CreateTable
CREATE TABLE "ExternalReview" (
    "id" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "claimText" TEXT NOT NULL,
    "ratingText" TEXT NOT NULL,
    "ratingValue" TEXT,
    "publisherName" TEXT NOT NULL,
    "publisherUrl" TEXT,
    "claimAuthor" TEXT,
    "reviewedAt" TIMESTAMP(3),
    "importedById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ExternalReview_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ExternalReview_url_key" ON "ExternalReview"("url");

-- AddForeignKey
ALTER TABLE "ExternalReview" ADD CONSTRAINT "ExternalReview_importedById_fkey" FOREIGN KEY ("importedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Other fact-checkers' reviews share the claims' full-text index (see *_claim_search), keyed
-- by their id, their claim weighted like a claim's quote. Searches of our claims join "Claim"
-- and never see these rows; searches of external reviews join "ExternalReview".
CREATE FUNCTION claim_search_external_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        DELETE FROM "ClaimSearch" WHERE "claimId" = OLD."id";
    ELSE
        INSERT INTO "ClaimSearch" ("claimId", "document") VALUES (NEW."id", claim_search_document(NEW."claimText", '', '', ''))
        ON CONFLICT ("claimId") DO UPDATE SET "document" = EXCLUDED."document";
    END IF;
    PERFORM nextval('"ClaimSearch_version"');
    RETURN NULL;
END
$$;

CREATE TRIGGER "ClaimSearch_external_changed" AFTER INSERT OR DELETE OR UPDATE OF "claimText" ON "ExternalReview"
    FOR EACH ROW EXECUTE FUNCTION claim_search_external_changed();
