import { openDatabaseFingerprint } from "../../tests/support/db-fingerprint";

/** The fingerprint (tests/support/db-fingerprint.ts) of the end-to-end database of the server on this port. */
export function openFingerprint(port: number) {
  return openDatabaseFingerprint(`data/e2e-${port}.db`);
}
