import { describe, expect, it } from "vitest";
import { pageContentSecurityPolicy, readerContentSecurityPolicy } from "../../server/security/content-security-policy";

const scriptSrc = (policy: string) => policy.split("; ").find((d) => d.startsWith("script-src "));

describe("Content Security Policy", () => {
  it("the reader page runs scripts from this origin only: no inline script, hash or nonce", () => {
    expect(scriptSrc(readerContentSecurityPolicy())).toBe("script-src 'self'");
  });

  it("other pages add only the request's nonce, never inline scripts wholesale, eval, plugins, framing or base rewriting", () => {
    const policy = pageContentSecurityPolicy(["nonce-abc"]);
    expect(scriptSrc(policy)).toBe("script-src 'self' 'nonce-abc'");
    for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "script-src-attr 'none'"]) expect(policy).toContain(directive);
    expect(policy).not.toMatch(/unsafe-eval/);
    expect(scriptSrc(policy)).not.toMatch(/unsafe-inline/);
  });
});
