import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { inlineScriptBodies, inlineScriptHashes, pageContentSecurityPolicy } from "../../server/security/content-security-policy";

describe("hash-based Content Security Policy", () => {
  const html = `<html><head><script src="/_next/a.js" async></script><script>self.__next_f=[]</script></head>
<body><script type="application/ld+json">{"a":1}</script><script>self.__next_f.push([1,"\\u003c/script\\u003e"])</script></body></html>`;

  it("lists the inline scripts only, not external or data scripts", () => {
    expect(inlineScriptBodies(html)).toEqual(["self.__next_f=[]", 'self.__next_f.push([1,"\\u003c/script\\u003e"])']);
  });

  it("hashes them as the browser does (SHA-256 of the exact text, base64)", async () => {
    const expected = `sha256-${createHash("sha256").update("self.__next_f=[]").digest("base64")}`;
    expect(await inlineScriptHashes(html)).toContain(expected);
  });

  it("never allows inline scripts wholesale, eval, plugins, framing or base rewriting", () => {
    const policy = pageContentSecurityPolicy(["sha256-abc"]);
    const scriptSrc = policy.split("; ").find((d) => d.startsWith("script-src "));
    expect(scriptSrc).toBe("script-src 'self' 'sha256-abc'");
    for (const directive of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "script-src-attr 'none'"]) expect(policy).toContain(directive);
    expect(policy).not.toMatch(/unsafe-eval/);
  });
});
