import { createHash } from "node:crypto";

/** Identifies a revision's exact text: "sha256:" and the hex digest of its UTF-8 bytes. */
export function contentHashOf(text: string): string {
  return `sha256:${createHash("sha256").update(text, "utf8").digest("hex")}`;
}
