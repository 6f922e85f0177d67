import { describe, expect, it } from "vitest";
import { decodeHtmlEntities } from "./decode-html-entities";

describe("decodeHtmlEntities", () => {
  it("decodes numeric entities, decimal and hexadecimal", () => {
    expect(decodeHtmlEntities("1990&#x2013;2020 and &#8212;")).toBe("1990\u20132020 and \u2014");
  });

  it("decodes every named HTML entity, not only the XML five", () => {
    expect(decodeHtmlEntities("caf&eacute; &beta;-blockers &ge; 5&nbsp;mg &amp; more")).toBe("caf\u00e9 \u03b2-blockers \u2265 5\u00a0mg & more");
  });

  it("leaves text that is not an entity as it is", () => {
    expect(decodeHtmlEntities("R&D; a &notanentity; b & c")).toBe("R&D; a &notanentity; b & c");
  });
});
