import "server-only";
import { z } from "zod";

/**
 * Where citation metadata is looked up. The defaults are the public services; tests point
 * them at a local stub server. Without network the lookup fails within the timeout and the
 * reviewer fills in the fields.
 */
const ZLookupEnv = z.object({
  CLAIMCHECK_CROSSREF_BASE_URL: z.url().default("https://api.crossref.org"),
  CLAIMCHECK_EUTILS_BASE_URL: z.url().default("https://eutils.ncbi.nlm.nih.gov/entrez/eutils"),
  CLAIMCHECK_CITATION_LOOKUP_TIMEOUT_MS: z.coerce.number().int().min(100).max(30_000).default(3000),
});

export function citationLookupConfig() {
  const env = ZLookupEnv.parse({
    CLAIMCHECK_CROSSREF_BASE_URL: process.env.CLAIMCHECK_CROSSREF_BASE_URL || undefined,
    CLAIMCHECK_EUTILS_BASE_URL: process.env.CLAIMCHECK_EUTILS_BASE_URL || undefined,
    CLAIMCHECK_CITATION_LOOKUP_TIMEOUT_MS: process.env.CLAIMCHECK_CITATION_LOOKUP_TIMEOUT_MS || undefined,
  });
  return {
    crossrefBaseUrl: env.CLAIMCHECK_CROSSREF_BASE_URL.replace(/\/+$/, ""),
    eutilsBaseUrl: env.CLAIMCHECK_EUTILS_BASE_URL.replace(/\/+$/, ""),
    timeoutMs: env.CLAIMCHECK_CITATION_LOOKUP_TIMEOUT_MS,
  };
}
