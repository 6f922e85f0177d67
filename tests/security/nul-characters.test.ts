import { describe, expect, it } from "vitest";
import { z } from "zod";
import { readJson } from "../../server/http/route-handler";

/**
 * PostgreSQL refuses U+0000 in text columns: an import file, article or rationale carrying one
 * failed inside the database with a 500 there (SQLite stored it). Every JSON body is refused
 * with 422 at the path of the string before it reaches a schema or the database.
 */

const request = (body: string) => new Request("http://localhost/api/import", { method: "POST", headers: { "Content-Type": "application/json" }, body });
const anything = z.unknown();

describe("NUL characters in request bodies", () => {
  it.each([
    ['{"title":"Tea\\u0000time"}', "title"],
    ['{"claims":[{"ratings":[{"rationale":"ok"},{"rationale":"\\u0000"}]}]}', "claims.0.ratings.1.rationale"],
    ['{"article":{"a\\u0000b":1}}', "article.a\u0000b"],
    ['"\\u0000"', "_"],
  ])("refuses the body %s, naming the path", async (body, path) => {
    const error = await readJson(request(body), anything).then(() => null, (e: unknown) => e);
    expect(error).toMatchObject({ code: "INVALID_INPUT", status: 422 });
    expect(Object.keys((error as { details: { fieldErrors: object } }).details.fieldErrors)).toEqual([path]);
  });

  it("takes every other text, escaped backslashes and other control characters included", async () => {
    for (const body of ['{"title":"Tea time"}', '{"title":"a \\\\u0000 written out"}', '{"title":"\\u0001\\t\\n"}', "[1,null,true]"]) {
      await expect(readJson(request(body), anything), body).resolves.toEqual(JSON.parse(body));
    }
  });
});
