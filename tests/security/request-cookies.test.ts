import { describe, expect, it } from "vitest";
import { requestCookies } from "../../server/http/request-cookies";

const jar = (cookie: string | null) => requestCookies(new Request("http://localhost/", cookie === null ? {} : { headers: { cookie } }));

describe("requestCookies", () => {
  it("reads name=value pairs, trimmed, first of a name wins, percent-decoded when valid", () => {
    expect([...jar("a=1; b = two ; a=3; c=%20x; d=%zz; e=\"q\"").entries()]).toEqual([
      ["a", "1"],
      ["b", "two"],
      ["c", " x"],
      ["d", "%zz"],
      ["e", "q"],
    ]);
  });

  it("keeps '=' inside values and skips pairs without a name", () => {
    expect([...jar("token=ab.cd==; =orphan; novalue; ;").entries()]).toEqual([["token", "ab.cd=="]]);
  });

  it("is empty without a Cookie header", () => {
    expect(jar(null).size).toBe(0);
  });
});
