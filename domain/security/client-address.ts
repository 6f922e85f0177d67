/**
 * The address a sign-in attempt came from, for rate limiting.
 *
 * `X-Forwarded-For` is written by whoever sent the request: a client talking to the app
 * directly can put any address in it. So it is believed only as far as the operator says
 * proxies of their own sit in front (`CLAIMCHECK_TRUSTED_PROXY_HOPS`):
 * - 0 (the default): ignore it; the address is the TCP peer, which `npm start` records in the
 *   PEER_ADDRESS_HEADER of every request (scripts/server/record-peer-address.cjs);
 * - n: each trusted proxy appends the address it received the request from, so the client is
 *   the n-th entry from the right; anything left of it was written by the client.
 */

export const PEER_ADDRESS_HEADER = "x-claimcheck-peer-address";

export type HeaderSource = Headers | Record<string, unknown> | undefined;

function header(headers: HeaderSource, name: string): string {
  const raw = headers instanceof Headers ? headers.get(name) : headers?.[name];
  return Array.isArray(raw) ? raw.join(",") : typeof raw === "string" ? raw : "";
}

export function trustedProxyHops(value: string | undefined): number {
  if (value === undefined || value.trim() === "") return 0;
  const hops = Number(value);
  if (!Number.isInteger(hops) || hops < 0 || hops > 10) throw new Error(`CLAIMCHECK_TRUSTED_PROXY_HOPS must be a whole number from 0 to 10, got "${value}"`);
  return hops;
}

export function clientAddress(headers: HeaderSource, hops: number): string {
  const peer = header(headers, PEER_ADDRESS_HEADER).trim();
  if (hops === 0) {
    if (peer) return peer;
    // Started without npm start's peer recorder (plain `next start`): Next itself fills in
    // X-Forwarded-For from the socket when the client sent none; its right-most entry is
    // the best left.
  }
  const entries = header(headers, "x-forwarded-for")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return peer || "unknown";
  const fromRight = Math.max(hops, 1);
  // Fewer entries than trusted hops: the request came through fewer proxies than configured;
  // the left-most entry is the furthest address any proxy saw.
  return entries[Math.max(entries.length - fromRight, 0)] ?? "unknown";
}

/**
 * One bucket per IPv4 address and per IPv6 /64 network: anyone holding one IPv6 address
 * usually holds its whole /64 (2^64 addresses), which would otherwise be 2^64 fresh buckets.
 */
export function addressBucket(address: string): string {
  const value = address.trim().toLowerCase().replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(value);
  if (mapped?.[1]) return mapped[1];
  if (!value.includes(":")) return value;
  const hextets = expandIpv6(value);
  if (!hextets) return value;
  return `${hextets.slice(0, 4).join(":")}::/64`;
}

function expandIpv6(value: string): string[] | null {
  const halves = value.split("::");
  if (halves.length > 2) return null;
  const parse = (part: string | undefined) => (part ? part.split(":") : []);
  const head = parse(halves[0]);
  const tail = parse(halves[1]);
  // An embedded IPv4 tail (::ffff:1.2.3.4 forms other than the mapped one) counts as two hextets.
  const last = tail.length ? tail : head;
  const lastItem = last[last.length - 1];
  if (lastItem?.includes(".")) {
    const octets = lastItem.split(".").map(Number);
    if (octets.length !== 4 || octets.some((o) => !Number.isInteger(o) || o < 0 || o > 255)) return null;
    last.splice(last.length - 1, 1, (((octets[0] ?? 0) << 8) | (octets[1] ?? 0)).toString(16), (((octets[2] ?? 0) << 8) | (octets[3] ?? 0)).toString(16));
  }
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null;
  const all = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill("0"), ...tail];
  if (all.some((h) => !/^[0-9a-f]{1,4}$/.test(h))) return null;
  return all.map((h) => h.replace(/^0+(?=.)/, ""));
}
