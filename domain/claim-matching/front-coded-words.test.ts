import { describe, expect, it } from "vitest";
import { decodeFrontCodedWords, encodeFrontCodedWords } from "./front-coded-words";

describe("front-coded word list", () => {
  it("stores each word as the prefix it shares with the one before and the rest", () => {
    expect(encodeFrontCodedWords(["1990", "1990s", "protest", "protester", "protests"])).toBe("01990\n4s\n0protest\n7er\n7s\n");
  });

  it("gives back the same words, also past 35 shared letters", () => {
    const long = "a".repeat(40);
    const words = ["'s", "-", "don't", "e-mail", long, `${long}b`, `${long}c`, "zürich"];
    const encoded = encodeFrontCodedWords(words);
    expect(decodeFrontCodedWords(encoded)).toEqual(words);
    expect(encoded.length).toBeLessThan(words.join("\n").length);
  });

  it("refuses a line that claims more shared letters than the word before has", () => {
    expect(() => decodeFrontCodedWords("0ab\n5c\n")).toThrow(/bad line/);
  });
});
