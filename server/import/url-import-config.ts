import "server-only";
import { z } from "zod";

/**
 * URL import limits. CLAIMCHECK_URL_IMPORT_ALLOW_HOSTS is for tests only: a comma-separated
 * list of host:port pairs (e.g. 127.0.0.1:4112) that may be fetched even though they are
 * private or loopback addresses. It is empty unless set; never set it in production.
 */
const ZUrlImportEnv = z.object({
  CLAIMCHECK_URL_IMPORT_ALLOW_HOSTS: z.string().default(""),
  CLAIMCHECK_URL_IMPORT_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
});

export const URL_IMPORT_MAX_BYTES = 5 * 1024 * 1024;
export const URL_IMPORT_MAX_REDIRECTS = 5;

export function urlImportConfig() {
  const env = ZUrlImportEnv.parse({
    CLAIMCHECK_URL_IMPORT_ALLOW_HOSTS: process.env.CLAIMCHECK_URL_IMPORT_ALLOW_HOSTS || undefined,
    CLAIMCHECK_URL_IMPORT_TIMEOUT_MS: process.env.CLAIMCHECK_URL_IMPORT_TIMEOUT_MS || undefined,
  });
  const allowedHosts = new Set(
    env.CLAIMCHECK_URL_IMPORT_ALLOW_HOSTS.split(",")
      .map((h) => h.trim().toLowerCase())
      .filter(Boolean),
  );
  return { allowedHosts, timeoutMs: env.CLAIMCHECK_URL_IMPORT_TIMEOUT_MS, maxBytes: URL_IMPORT_MAX_BYTES, maxRedirects: URL_IMPORT_MAX_REDIRECTS };
}
