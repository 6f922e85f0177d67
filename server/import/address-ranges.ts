import "server-only";
import { isIP } from "node:net";

/**
 * Which IP addresses an import may never reach: anything that is not a public unicast
 * address. IPv6 forms that carry an IPv4 address (IPv4-mapped, IPv4-compatible, NAT64,
 * 6to4) are judged by the IPv4 address inside them.
 */

type Range = { base: bigint; bits: number; reason: string };

const V4_RANGES: Array<[string, number, string]> = [
  ["0.0.0.0", 8, "a \"this network\" address"],
  ["10.0.0.0", 8, "a private network address"],
  ["100.64.0.0", 10, "a carrier-grade NAT address"],
  ["127.0.0.0", 8, "a loopback address"],
  ["169.254.0.0", 16, "a link-local address (such as a cloud metadata service)"],
  ["172.16.0.0", 12, "a private network address"],
  ["192.0.0.0", 24, "a reserved protocol address"],
  ["192.0.2.0", 24, "a documentation address"],
  ["192.88.99.0", 24, "a reserved relay address"],
  ["192.168.0.0", 16, "a private network address"],
  ["198.18.0.0", 15, "a benchmarking address"],
  ["198.51.100.0", 24, "a documentation address"],
  ["203.0.113.0", 24, "a documentation address"],
  ["224.0.0.0", 4, "a multicast address"],
  ["240.0.0.0", 4, "a reserved address"],
];

const V6_RANGES: Array<[string, number, string]> = [
  ["::", 128, "the unspecified address"],
  ["::1", 128, "a loopback address"],
  ["100::", 64, "a discard-only address"],
  ["2001:db8::", 32, "a documentation address"],
  ["fc00::", 7, "a private (unique local) address"],
  ["fe80::", 10, "a link-local address"],
  ["fec0::", 10, "a site-local address"],
  ["ff00::", 8, "a multicast address"],
];

export function ipv4ToBigInt(address: string): bigint {
  return address.split(".").reduce((acc, part) => (acc << 8n) | BigInt(Number(part)), 0n);
}

export function ipv6ToBigInt(address: string): bigint {
  let text = address.toLowerCase().split("%")[0]!;
  const v4Tail = text.match(/(\d+\.\d+\.\d+\.\d+)$/);
  if (v4Tail) {
    const v4 = ipv4ToBigInt(v4Tail[1]!);
    text = text.slice(0, -v4Tail[1]!.length) + `${((v4 >> 16n) & 0xffffn).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const [head = "", tail] = text.split("::");
  const headGroups = head ? head.split(":") : [];
  const tailGroups = tail === undefined ? [] : tail ? tail.split(":") : [];
  const missing = 8 - headGroups.length - tailGroups.length;
  const groups = tail === undefined ? headGroups : [...headGroups, ...Array<string>(missing).fill("0"), ...tailGroups];
  return groups.reduce((acc, group) => (acc << 16n) | BigInt(parseInt(group || "0", 16)), 0n);
}

const toRanges = (list: Array<[string, number, string]>, width: number, parse: (a: string) => bigint): Range[] =>
  list.map(([address, bits, reason]) => ({ base: parse(address) >> BigInt(width - bits), bits, reason }));

const v4Ranges = toRanges(V4_RANGES, 32, ipv4ToBigInt);
const v6Ranges = toRanges(V6_RANGES, 128, ipv6ToBigInt);

function matchRange(value: bigint, width: number, ranges: Range[]): string | null {
  for (const range of ranges) if (value >> BigInt(width - range.bits) === range.base) return range.reason;
  return null;
}

function v4FromBigInt(value: bigint): string {
  return [24n, 16n, 8n, 0n].map((shift) => String((value >> shift) & 0xffn)).join(".");
}

/** Why an address may not be fetched ("a loopback address"), or null for a public address. */
export function blockedAddressReason(address: string): string | null {
  const family = isIP(address.split("%")[0]!);
  if (family === 4) {
    if (address === "255.255.255.255") return "the broadcast address";
    return matchRange(ipv4ToBigInt(address), 32, v4Ranges);
  }
  if (family !== 6) return "not an IP address";
  const value = ipv6ToBigInt(address);
  const high96 = value >> 32n;
  const embedded = value & 0xffffffffn;
  // ::ffff:a.b.c.d (mapped), ::a.b.c.d (compatible), 64:ff9b::a.b.c.d (NAT64)
  if (high96 === 0xffffn || (high96 === 0n && embedded > 1n) || high96 === ipv6ToBigInt("64:ff9b::") >> 32n) {
    return blockedAddressReason(v4FromBigInt(embedded));
  }
  // 2002:a.b.c.d::/48 (6to4) carries an IPv4 address in bits 16..48.
  if (value >> 112n === 0x2002n) {
    const reason = blockedAddressReason(v4FromBigInt((value >> 80n) & 0xffffffffn));
    if (reason) return reason;
  }
  return matchRange(value, 128, v6Ranges);
}
