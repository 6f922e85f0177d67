import "server-only";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { AppError } from "../errors";
import { parseImportUrl, refuse, resolveSafeAddress } from "./check-import-url";
import { urlImportConfig } from "./url-import-config";

export interface FetchedPage {
  /** The address the page was finally read from, after redirects. */
  url: string;
  contentType: string;
  body: string;
}

const ACCEPTED_TYPES = ["text/html", "application/xhtml+xml", "text/plain", "text/markdown", "text/x-markdown"];
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

interface RawResponse {
  status: number;
  location: string | undefined;
  contentType: string;
  body: Buffer;
}

function requestOnce(url: URL, pinned: { address: string; family: 4 | 6 }, maxBytes: number, signal: AbortSignal): Promise<RawResponse> {
  const pinnedLookup: LookupFunction = (_hostname, options, callback) => {
    if ((options as { all?: boolean }).all) (callback as (e: null, a: Array<{ address: string; family: number }>) => void)(null, [pinned]);
    else callback(null, pinned.address, pinned.family);
  };
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(
      url,
      {
        method: "GET",
        lookup: pinnedLookup,
        signal,
        headers: { Accept: "text/html,application/xhtml+xml,text/markdown,text/plain;q=0.8", "User-Agent": "Claimcheck article import", "Accept-Encoding": "identity" },
      },
      (response) => {
        const status = response.statusCode ?? 0;
        const contentType = String(response.headers["content-type"] ?? "");
        const location = response.headers.location;
        if (REDIRECTS.has(status)) {
          response.resume();
          resolve({ status, location, contentType, body: Buffer.alloc(0) });
          return;
        }
        const declared = Number(response.headers["content-length"] ?? "0");
        if (declared > maxBytes) {
          response.destroy();
          reject(refuse(`Refused: the page is ${(declared / 1024 / 1024).toFixed(1)} MB, over the ${maxBytes / 1024 / 1024} MB limit.`));
          return;
        }
        const chunks: Buffer[] = [];
        let size = 0;
        response.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size > maxBytes) {
            response.destroy();
            reject(refuse(`Refused: the page is over the ${maxBytes / 1024 / 1024} MB limit.`));
            return;
          }
          chunks.push(chunk);
        });
        response.on("end", () => resolve({ status, location, contentType, body: Buffer.concat(chunks) }));
        response.on("error", reject);
      },
    );
    request.on("error", reject);
    request.end();
  });
}

function decode(body: Buffer, contentType: string): string {
  const charset = contentType.match(/charset\s*=\s*"?([\w.:-]+)/i)?.[1] ?? "utf-8";
  try {
    return new TextDecoder(charset).decode(body);
  } catch {
    return new TextDecoder("utf-8").decode(body);
  }
}

/**
 * Fetches an article page server-side, safely: http(s) only; every hop's host resolved once
 * and refused when private, loopback or link-local (the connection uses exactly the checked
 * address); redirects followed by hand (at most 5), each checked again; a size limit, a
 * time limit for the whole import, and a content-type check. Refusals say why.
 */
export async function fetchArticleUrl(raw: string): Promise<FetchedPage> {
  const config = urlImportConfig();
  const signal = AbortSignal.timeout(config.timeoutMs);
  let url = parseImportUrl(raw);
  for (let hop = 0; ; hop++) {
    const pinned = await resolveSafeAddress(url, config.allowedHosts);
    let response: RawResponse;
    try {
      response = await requestOnce(url, pinned, config.maxBytes, signal);
    } catch (error) {
      if (error instanceof AppError) throw error;
      if (signal.aborted) throw refuse(`Refused: the page did not load within ${config.timeoutMs / 1000} s.`);
      throw refuse(`The page could not be loaded (${error instanceof Error ? error.message : "network error"}).`);
    }
    if (REDIRECTS.has(response.status)) {
      if (!response.location) throw refuse(`The page redirects (${response.status}) without saying where to.`);
      if (hop + 1 > config.maxRedirects) throw refuse(`Refused: more than ${config.maxRedirects} redirects.`);
      let next: URL;
      try {
        next = new URL(response.location, url);
      } catch {
        throw refuse("The page redirects to an address that is not valid.");
      }
      url = parseImportUrl(next.toString());
      continue;
    }
    if (response.status < 200 || response.status >= 300) throw refuse(`The page answered ${response.status}; nothing to import.`);
    const mediaType = response.contentType.split(";")[0]!.trim().toLowerCase();
    if (!ACCEPTED_TYPES.includes(mediaType)) {
      throw refuse(`Refused: the address serves ${mediaType || "an unknown content type"}, not a web page (HTML, Markdown or plain text).`);
    }
    return { url: url.toString(), contentType: response.contentType, body: decode(response.body, response.contentType) };
  }
}
