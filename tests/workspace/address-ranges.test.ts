import { describe, expect, it } from "vitest";
import { blockedAddressReason } from "../../server/import/address-ranges";
import { parseImportUrl } from "../../server/import/check-import-url";

describe("blockedAddressReason", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["127.255.0.9", "loopback"],
    ["10.1.2.3", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.255", "private"],
    ["192.168.1.1", "private"],
    ["169.254.169.254", "link-local"],
    ["100.64.0.1", "carrier-grade"],
    ["0.0.0.0", "this network"],
    ["224.0.0.1", "multicast"],
    ["255.255.255.255", "broadcast"],
    ["::1", "loopback"],
    ["::", "unspecified"],
    ["fe80::1", "link-local"],
    ["fe80::1%eth0", "link-local"],
    ["fc00::1", "unique local"],
    ["fd12:3456::1", "unique local"],
    ["ff02::1", "multicast"],
    ["::ffff:127.0.0.1", "loopback"],
    ["::ffff:7f00:1", "loopback"],
    ["::ffff:169.254.169.254", "link-local"],
    ["::ffff:a9fe:a9fe", "link-local"],
    ["::127.0.0.1", "loopback"],
    ["64:ff9b::10.0.0.1", "private"],
    ["2002:7f00:1::", "loopback"],
  ])("refuses %s (%s)", (address, reason) => {
    expect(blockedAddressReason(address)).toContain(reason);
  });

  it.each(["93.184.215.14", "8.8.8.8", "172.32.0.1", "192.169.0.1", "2606:4700::1111", "::ffff:8.8.8.8", "64:ff9b::8.8.8.8", "2a00:1450:4001::200e"])("allows the public address %s", (address) => {
    expect(blockedAddressReason(address)).toBeNull();
  });

  it("refuses what is not an IP address", () => {
    expect(blockedAddressReason("localhost")).toBe("not an IP address");
  });
});

describe("parseImportUrl", () => {
  it("normalises decimal, hex and short IPv4 forms, so they are checked as the address they are", () => {
    expect(parseImportUrl("http://2130706433/").hostname).toBe("127.0.0.1");
    expect(parseImportUrl("http://0x7f.1/").hostname).toBe("127.0.0.1");
    expect(parseImportUrl("http://017700000001/").hostname).toBe("127.0.0.1");
    expect(blockedAddressReason(parseImportUrl("http://2852039166/").hostname)).toContain("link-local");
  });

  it.each([
    ["file:///etc/passwd", "Only http and https"],
    ["ftp://example.org/a", "Only http and https"],
    ["gopher://example.org", "Only http and https"],
    ["not a url", "not a web address"],
    ["http://user:pw@example.org/", "user name or password"],
  ])("refuses %s", (url, message) => {
    expect(() => parseImportUrl(url)).toThrow(message);
  });
});
