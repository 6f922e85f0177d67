import { describe, expect, it } from "vitest";
import { DEFAULT_AFTER_SIGN_IN, safeCallbackPath } from "./safe-callback-path";

const ORIGIN = "https://claimcheck.example";

/** What the browser does with the path the sign-in form pushes: the host it lands on. */
const landsOn = (path: string) => new URL(path, ORIGIN).host;

describe("safeCallbackPath", () => {
  it.each([
    ["/\\evil.example/phish"], // the reported attack: %2F%5Cevil.example%2Fphish
    ["/\tevil.example"],
    ["/\t/evil.example"], // %2F%09%2Fevil.example
    ["/\n/evil.example"],
    ["/\r/evil.example"],
    ["//evil.example"],
    ["///evil.example"],
    ["/.//evil.example"],
    ["/./\\evil.example"],
    ["/%2e//evil.example"],
    ["\\\\evil.example"],
    ["https://evil.example/phish"],
    ["https://claimcheck.example.evil.example/"],
    ["https://claimcheck.example@evil.example/"],
    ["http://claimcheck.example/"],
    ["javascript:alert(1)"],
    ["data:text/html,hi"],
    ["evil.example"],
    [""],
    [" /review"],
    ["/" + "a".repeat(5000)],
  ])("refuses %j", (value) => {
    const path = safeCallbackPath(value, ORIGIN);
    expect(path).toBe(DEFAULT_AFTER_SIGN_IN);
  });

  it.each([
    ["/review", "/review"],
    ["/review/my-article?tab=claims#c1", "/review/my-article?tab=claims#c1"],
    ["/dashboard", "/dashboard"],
    ["/", "/"],
    ["/a/../dashboard", "/dashboard"],
    ["https://claimcheck.example/audit?x=1", "/audit?x=1"],
    ["/articles/caf%C3%A9", "/articles/caf%C3%A9"],
  ])("keeps the same-origin path %j", (value, expected) => {
    expect(safeCallbackPath(value, ORIGIN)).toBe(expected);
  });

  it("never returns anything the browser would resolve to another host", () => {
    const tricky = ["/\\x", "/\t\\x", "//x", "/.//x", "/..//x", "/%5c/x", "/%2f/x", "/%09/x", "https:/x", "https:x", "/?//x", "/#//x"];
    for (const value of tricky) expect(landsOn(safeCallbackPath(value, ORIGIN))).toBe("claimcheck.example");
  });

  it("takes the first of repeated query parameters and refuses non-strings", () => {
    expect(safeCallbackPath(["/dashboard", "//evil.example"], ORIGIN)).toBe("/dashboard");
    expect(safeCallbackPath(undefined, ORIGIN)).toBe(DEFAULT_AFTER_SIGN_IN);
    expect(safeCallbackPath(42, ORIGIN, "/")).toBe("/");
  });
});
