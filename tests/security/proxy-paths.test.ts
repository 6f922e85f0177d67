import { NextRequest } from "next/server";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { proxy } from "../../proxy";
import { hasMalformedPercentEncoding } from "../../domain/security/percent-encoding";

/**
 * proxy.ts in-process: a path with malformed percent-encoding is a 400 (Next answers 500 on
 * its own), and HSTS comes with every response when the public URL is https.
 * (Requests marked Sec-Fetch-Dest: empty pass through without the inner page fetch.)
 */

const saved = process.env.NEXTAUTH_URL;
beforeEach(() => {
  process.env.NEXTAUTH_URL = "https://claimcheck.example";
});
afterEach(() => {
  if (saved === undefined) delete process.env.NEXTAUTH_URL;
  else process.env.NEXTAUTH_URL = saved;
});

const request = (path: string) => new NextRequest(`https://claimcheck.example${path}`, { headers: { "Sec-Fetch-Dest": "empty" } });

describe("proxy", () => {
  it.each(["/articles/%ff", "/articles/%", "/review/%e2%82", "/api/articles/%ff", "/api/claims/%zz", "/api/auth/%c0%af", "/%ed%a0%80"])("answers 400 to %s", async (path) => {
    const response = await proxy(request(path));
    expect(response.status).toBe(400);
  });

  it("says why in JSON on the API", async () => {
    const response = await proxy(request("/api/articles/%ff"));
    expect(await response.json()).toMatchObject({ error: { code: "INVALID_INPUT" } });
  });

  it("lets well-formed paths through, with HSTS over https", async () => {
    for (const path of ["/articles/caf%C3%A9", "/api/articles/demo", "/"]) {
      const response = await proxy(request(path));
      expect(response.status, path).toBe(200);
      expect(response.headers.get("Strict-Transport-Security"), path).toMatch(/^max-age=63072000; includeSubDomains$/);
    }
  });

  it("sends no HSTS over plain http", async () => {
    process.env.NEXTAUTH_URL = "http://localhost:3000";
    const response = await proxy(request("/api/articles/demo"));
    expect(response.headers.get("Strict-Transport-Security")).toBeNull();
  });
});

describe("hasMalformedPercentEncoding", () => {
  it("finds what decodeURIComponent cannot decode", () => {
    expect(["/%ff", "/%", "/%2", "/%zz", "/%c0%af", "/%ed%a0%80", "/a%e2%82"].map(hasMalformedPercentEncoding)).toEqual(Array(7).fill(true));
    expect(["/", "/a%20b", "/caf%C3%A9", "/%25ff", "/100%25"].map(hasMalformedPercentEncoding)).toEqual(Array(5).fill(false));
  });
});
