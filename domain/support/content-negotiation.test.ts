import { describe, expect, it } from "vitest";
import { ifNoneMatchIncludes, preferredContentEncoding } from "./content-negotiation";

describe("preferredContentEncoding", () => {
  it("prefers br, then gzip, else identity", () => {
    expect(preferredContentEncoding("gzip, deflate, br, zstd")).toBe("br");
    expect(preferredContentEncoding("gzip, deflate")).toBe("gzip");
    expect(preferredContentEncoding("deflate")).toBe("identity");
    expect(preferredContentEncoding("")).toBe("identity");
    expect(preferredContentEncoding(undefined)).toBe("identity");
  });

  it("honours q=0 and the wildcard", () => {
    expect(preferredContentEncoding("br;q=0, gzip;q=0.5")).toBe("gzip");
    expect(preferredContentEncoding("br;q=0, gzip;q=0")).toBe("identity");
    expect(preferredContentEncoding("*")).toBe("br");
    expect(preferredContentEncoding("*;q=0, gzip")).toBe("gzip");
    expect(preferredContentEncoding("GZIP;Q=1")).toBe("gzip");
    expect(preferredContentEncoding("br;q=nonsense, gzip")).toBe("gzip");
  });
});

describe("ifNoneMatchIncludes", () => {
  const etags = ['"abc"', '"abc-gz"'];
  it("matches any listed tag, weak or strong, and *", () => {
    expect(ifNoneMatchIncludes('"abc"', etags)).toBe(true);
    expect(ifNoneMatchIncludes('"zzz", W/"abc-gz"', etags)).toBe(true);
    expect(ifNoneMatchIncludes("*", etags)).toBe(true);
  });
  it("does not match other tags or nothing", () => {
    expect(ifNoneMatchIncludes('"ab"', etags)).toBe(false);
    expect(ifNoneMatchIncludes("", etags)).toBe(false);
    expect(ifNoneMatchIncludes(null, etags)).toBe(false);
  });
});
