/**
 * Runs once when the server starts: encodes, in the background, the indexed texts that have no
 * stored sentence vector yet (server/data/claim-search/embed-indexed-texts.ts), so that the
 * first searches do not wait for them.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { embedIndexedTexts } = await import("./server/data/claim-search/embed-indexed-texts");
  embedIndexedTexts().catch((error: unknown) => console.error("claim matching: encoding the indexed texts at start failed", error));
}
