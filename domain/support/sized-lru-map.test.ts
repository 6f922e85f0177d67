import { describe, expect, it } from "vitest";
import { SizedLruMap } from "./sized-lru-map";

describe("SizedLruMap", () => {
  const sized = (maxSize: number, maxEntries = 100) => new SizedLruMap<string, string>(maxSize, maxEntries, (value) => value.length);

  it("forgets the least recently used values once their sizes pass the budget", () => {
    const map = sized(10);
    map.set("a", "aaaa");
    map.set("b", "bbbb");
    expect(map.get("a")).toBe("aaaa"); // a is now the most recent
    map.set("c", "cccc");
    expect(map.get("b")).toBeUndefined();
    expect(map.get("a")).toBe("aaaa");
    expect(map.get("c")).toBe("cccc");
    expect(map.totalSize).toBe(8);
  });

  it("is bounded by count as well, and never keeps a value bigger than the budget", () => {
    const map = sized(1000, 2);
    map.set("a", "1");
    map.set("b", "2");
    map.set("c", "3");
    expect(map.size).toBe(2);
    expect(map.get("a")).toBeUndefined();
    map.set("huge", "x".repeat(1001));
    expect(map.get("huge")).toBeUndefined();
    expect(map.totalSize).toBe(2);
  });

  it("replacing a key counts only the new value", () => {
    const map = sized(10);
    map.set("a", "aaaaaaaa");
    map.set("a", "aa");
    expect(map.totalSize).toBe(2);
  });
});
