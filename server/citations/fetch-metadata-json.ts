import "server-only";

const MAX_METADATA_BYTES = 2 * 1024 * 1024;

/** GETs JSON from a metadata service within the timeout; throws an Error whose message says what went wrong, for the fallback notice. */
export async function fetchMetadataJson(url: string, timeoutMs: number): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { Accept: "application/json", "User-Agent": "Claimcheck (citation lookup)" },
      signal: AbortSignal.timeout(timeoutMs),
      redirect: "follow",
    });
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === "TimeoutError" || error.name === "AbortError");
    throw new Error(timedOut ? `no answer within ${(timeoutMs / 1000).toFixed(1)} s` : "the service could not be reached");
  }
  if (response.status === 404) throw new Error("the service has no record of it");
  if (!response.ok) throw new Error(`the service answered ${response.status}`);
  const text = await response.text();
  if (text.length > MAX_METADATA_BYTES) throw new Error("the answer was too large");
  try {
    return JSON.parse(text);
  } catch {
    throw new Error("the answer was not JSON");
  }
}
