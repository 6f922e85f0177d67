import { describe, expect, it } from "vitest";
import { assertSameOrigin } from "../../server/http/same-origin";
import { appOrigin, strictTransportSecurity } from "../../server/security/app-origin";

const APP = "https://claimcheck.example";

function post(headers: Record<string, string>) {
  return new Request(`${APP}/api/articles`, { method: "POST", headers });
}

describe("the Origin check of state-changing requests", () => {
  it("refuses another site's Origin even when the request names that site in X-Forwarded-Host and Host", () => {
    // The attack: before, the check compared Origin with X-Forwarded-Host, which the request itself sets.
    const forged = post({ Origin: "https://evil.example", "X-Forwarded-Host": "evil.example", Host: "evil.example" });
    expect(() => assertSameOrigin(forged, APP)).toThrow(/Cross-site/);
  });

  it("accepts the app's own origin and clients that send no Origin", () => {
    expect(() => assertSameOrigin(post({ Origin: APP, "X-Forwarded-Host": "evil.example" }), APP)).not.toThrow();
    expect(() => assertSameOrigin(post({}), APP)).not.toThrow();
    expect(() => assertSameOrigin(post({ "Sec-Fetch-Site": "same-origin" }), APP)).not.toThrow();
  });

  it("refuses other schemes, ports and hosts, opaque origins and cross-site fetches", () => {
    for (const origin of ["http://claimcheck.example", "https://claimcheck.example:8443", "https://www.claimcheck.example", "null", "not a url"]) {
      expect(() => assertSameOrigin(post({ Origin: origin }), APP), origin).toThrow();
    }
    expect(() => assertSameOrigin(post({ "Sec-Fetch-Site": "cross-site" }), APP)).toThrow();
    expect(() => assertSameOrigin(post({ "Sec-Fetch-Site": "same-site" }), APP)).toThrow();
  });
});

describe("the app's origin and HSTS", () => {
  it("comes from NEXTAUTH_URL, never from the request", () => {
    expect(appOrigin({ NEXTAUTH_URL: "https://claimcheck.example/some/path" })).toBe(APP);
    expect(appOrigin({ PORT: "4000" })).toBe("http://localhost:4000");
    expect(appOrigin({ NEXTAUTH_URL: "javascript:alert(1)", PORT: "4000" })).toBe("http://localhost:4000");
  });

  it("asks for HSTS only when the public URL is https", () => {
    expect(strictTransportSecurity({ NEXTAUTH_URL: APP })).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
    expect(strictTransportSecurity({ NEXTAUTH_URL: "http://localhost:3000" })).toBeNull();
  });
});
