import { describe, expect, it } from "vitest";
import { splitPostSignature } from "./post-signature";

describe("splitPostSignature", () => {
  it("takes the embed signature's author and year out of the body", () => {
    const post = splitPostSignature("No Collusion, No Obstruction! — Donald J. Trump (@realDonaldTrump) March 24, 2019");
    expect(post.body).toBe("No Collusion, No Obstruction!");
    expect(post.authorWords).toEqual(["donald", "trump", "real"]);
    expect(post.year).toBe(2019);
  });

  it("handles a quoted post's signature inside the text, two-digit years and plain text", () => {
    const quoted = splitPostSignature("Look at this — Jo Bloggs (@jo_b) July 25, 2019 and more — Kim (@KimK) October 03, 19");
    expect(quoted.body).toBe("Look at this   and more");
    expect(quoted.authorWords).toEqual(["jo", "bloggs", "kim"]);
    expect(quoted.year).toBe(2019);
    expect(splitPostSignature("Masks do not work — says a meme")).toEqual({ body: "Masks do not work — says a meme", authorWords: [], year: null });
  });
});
