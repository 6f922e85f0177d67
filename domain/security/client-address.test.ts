import { describe, expect, it } from "vitest";
import { addressBucket, clientAddress, PEER_ADDRESS_HEADER, trustedProxyHops } from "./client-address";

describe("clientAddress", () => {
  it("ignores a client-supplied X-Forwarded-For when no proxy is trusted (the default)", () => {
    const forged = new Headers({ "x-forwarded-for": "203.0.113.9", [PEER_ADDRESS_HEADER]: "198.51.100.20" });
    expect(clientAddress(forged, 0)).toBe("198.51.100.20");
    // A new forged value each attempt still lands in the one real bucket.
    const again = new Headers({ "x-forwarded-for": "203.0.113.10", [PEER_ADDRESS_HEADER]: "198.51.100.20" });
    expect(clientAddress(again, 0)).toBe(clientAddress(forged, 0));
  });

  it("behind n trusted proxies takes the n-th entry from the right, never what the client wrote left of it", () => {
    const headers = { "x-forwarded-for": "6.6.6.6, 203.0.113.5, 10.0.0.2", [PEER_ADDRESS_HEADER]: "10.0.0.3" };
    expect(clientAddress(headers, 1)).toBe("10.0.0.2");
    expect(clientAddress(headers, 2)).toBe("203.0.113.5");
    expect(clientAddress(headers, 5)).toBe("6.6.6.6");
  });

  it("falls back to the peer, then to X-Forwarded-For's right-most entry, then to unknown", () => {
    expect(clientAddress({ [PEER_ADDRESS_HEADER]: "10.0.0.3" }, 1)).toBe("10.0.0.3");
    expect(clientAddress({ "x-forwarded-for": "10.1.2.3" }, 0)).toBe("10.1.2.3");
    expect(clientAddress(undefined, 0)).toBe("unknown");
  });

  it("reads CLAIMCHECK_TRUSTED_PROXY_HOPS strictly", () => {
    expect(trustedProxyHops(undefined)).toBe(0);
    expect(trustedProxyHops("")).toBe(0);
    expect(trustedProxyHops("2")).toBe(2);
    for (const bad of ["-1", "1.5", "yes", "11"]) expect(() => trustedProxyHops(bad)).toThrow(/CLAIMCHECK_TRUSTED_PROXY_HOPS/);
  });
});

describe("addressBucket", () => {
  it("keeps IPv4 addresses and unwraps IPv4-mapped IPv6", () => {
    expect(addressBucket("203.0.113.5")).toBe("203.0.113.5");
    expect(addressBucket("::ffff:203.0.113.5")).toBe("203.0.113.5");
  });

  it("puts every address of one IPv6 /64 in one bucket", () => {
    const bucket = addressBucket("2001:db8:1:2::1");
    expect(bucket).toBe("2001:db8:1:2::/64");
    expect(addressBucket("2001:0db8:0001:0002:ffff:ffff:ffff:fffe")).toBe(bucket);
    expect(addressBucket("[2001:db8:1:2:3:4:5:6]")).toBe(bucket);
    expect(addressBucket("2001:db8:1:3::1")).not.toBe(bucket);
    expect(addressBucket("::1")).toBe("0:0:0:0::/64");
  });

  it("leaves anything unparsable as it is", () => {
    expect(addressBucket("unknown")).toBe("unknown");
    expect(addressBucket("1:2:3")).toBe("1:2:3");
  });
});
