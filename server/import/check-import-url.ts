import "server-only";
import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import { AppError } from "../errors";
import { blockedAddressReason } from "./address-ranges";

export function refuse(message: string): AppError {
  return new AppError("INVALID_INPUT", message, { fieldErrors: { url: [message] } });
}

/** URL hostnames keep IPv6 literals in brackets. */
function bareHost(url: URL): string {
  return url.hostname.replace(/^\[|\]$/g, "");
}

/** Parses and checks the scheme; the address check comes after DNS. */
export function parseImportUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw refuse("This is not a web address. Enter a full http:// or https:// address.");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw refuse(`Only http and https addresses can be imported, not ${url.protocol.replace(/:$/, "")}.`);
  if (url.username || url.password) throw refuse("Addresses with a user name or password cannot be imported.");
  return url;
}

/**
 * Resolves the URL's host and returns the one address to connect to; refuses when any of its
 * addresses is private, loopback, link-local or otherwise not public, unless the host:port is
 * on the test-only allowance. The caller connects to exactly this address (no second lookup).
 */
export async function resolveSafeAddress(url: URL, allowedHosts: ReadonlySet<string>): Promise<{ address: string; family: 4 | 6 }> {
  const host = bareHost(url);
  const allowed = allowedHosts.has(url.host.toLowerCase());
  const literal = isIP(host);
  let addresses: Array<{ address: string; family: number }>;
  if (literal) {
    addresses = [{ address: host, family: literal }];
  } else {
    try {
      addresses = await lookup(host, { all: true, verbatim: true });
    } catch {
      throw refuse(`The address ${host} could not be found (DNS lookup failed).`);
    }
    if (addresses.length === 0) throw refuse(`The address ${host} could not be found (DNS lookup failed).`);
  }
  if (!allowed) {
    for (const { address } of addresses) {
      const reason = blockedAddressReason(address);
      if (reason) {
        const where = literal ? host : `${host} (${address})`;
        throw refuse(`Refused: ${where} is ${reason}. Only pages on the public internet can be imported.`);
      }
    }
  }
  const first = addresses[0]!;
  return { address: first.address, family: first.family === 6 ? 6 : 4 };
}
