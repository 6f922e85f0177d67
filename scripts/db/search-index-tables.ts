/**
 * Tables of the claims' full-text index, written as raw SQL in each provider's migrations
 * (prisma/<provider>/migrations/*_claim_search): Prisma's models cannot describe them, so the
 * schema engine is told they are managed outside it (its "external tables") and neither drops
 * them nor reports them as drift.
 */
export const SEARCH_INDEX_TABLES = {
  // FTS5 keeps its index in shadow tables named after the virtual table.
  sqlite: ["ClaimSearchRow", "ClaimSearch", "ClaimSearch_data", "ClaimSearch_idx", "ClaimSearch_content", "ClaimSearch_docsize", "ClaimSearch_config", "ClaimSearchState", "sqlite_sequence"],
  postgresql: ["ClaimSearch"],
} as const;

/**
 * The triggers that keep the index in step with claims, articles and other fact-checkers'
 * reviews (ExternalReview); a migration that redefines one of those tables drops its triggers on SQLite.
 */
export const SEARCH_INDEX_TRIGGERS = {
  sqlite: [
    "ClaimSearch_claim_insert",
    "ClaimSearch_claim_update",
    "ClaimSearch_claim_delete",
    "ClaimSearch_article_title",
    "ClaimSearch_article_status",
    "ClaimSearch_external_insert",
    "ClaimSearch_external_update",
    "ClaimSearch_external_delete",
  ],
  postgresql: ["ClaimSearch_claim_changed", "ClaimSearch_article_changed", "ClaimSearch_external_changed"],
} as const;

/** The schema engine's filter for a provider: the index tables are managed by the migrations' raw SQL. */
export function searchIndexFilter(provider: "sqlite" | "postgresql"): { externalTables: string[]; externalEnums: string[] } {
  const tables: readonly string[] = SEARCH_INDEX_TABLES[provider];
  return { externalTables: provider === "postgresql" ? tables.map((name) => `public.${name}`) : [...tables], externalEnums: [] };
}
