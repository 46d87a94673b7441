/** In-memory memos are bounded in bytes: the shared Lru and the caches built on it. */
import { describe, expect, it } from "vitest";
import { textStemMemo, textStems } from "../../src/answers/questions/terms.js";
import { entryBytes, Lru } from "../../src/util/lru.js";
import { processTerm, stemMemo } from "../../src/search/terms.js";

/** The i-th of many distinct long lower-case words. */
const longWord = (i: number, length: number) =>
  `${i.toString(26).replace(/\d/g, (d) => "qrstuvwxyz"[Number(d)]!)}${"abcdefghij".repeat(length / 10)}`;

describe("Lru", () => {
  const lru = () => new Lru<string, string | null>(1000, (k, v) => entryBytes(k, v ?? ""));

  it("keeps recent entries, forgets old ones, and never holds more than its budget", () => {
    const m = lru();
    for (let i = 0; i < 100; i++) {
      m.set(`k${i}`, `v${i}`);
      expect(m.bytes).toBeLessThanOrEqual(1000);
    }
    expect(m.get("k99")).toBe("v99");
    expect(m.get("k0")).toBeUndefined();
    expect(m.size).toBeGreaterThan(3);
  });

  it("a value used again survives; null is remembered; an entry bigger than half the budget is not kept", () => {
    const m = lru();
    m.set("keep", "me");
    m.set("none", null);
    for (let i = 0; i < 100; i++) {
      m.set(`k${i}`, "x");
      expect(m.get("keep")).toBe("me");
    }
    expect(m.get("none")).toBeUndefined(); // not used since: gone
    m.set("none", null);
    expect(m.get("none")).toBeNull();
    m.set("big", "y".repeat(500));
    expect(m.get("big")).toBeUndefined();
    m.set("keep", "again");
    expect(m.get("keep")).toBe("again");
    m.clear();
    expect([m.size, m.bytes]).toEqual([0, 0]);
  });

  it("an entry found among the older ones moves back to the recent ones, bytes counted once", () => {
    const m = new Lru<string, string>(400, (k, v) => entryBytes(k, v)); // 98 bytes an entry: two fit in each half
    m.set("a", "1");
    m.set("b", "2");
    m.set("c", "3"); // a and b are now the older ones
    expect(m.bytes).toBe(3 * entryBytes("a", "1"));
    expect(m.get("a")).toBe("1"); // back among the recent ones, beside c
    expect([m.size, m.bytes]).toEqual([3, 3 * entryBytes("a", "1")]);
    m.set("d", "4"); // c and a become the older ones; b is dropped
    expect([m.get("b"), m.get("a"), m.get("c")]).toEqual([undefined, "1", "3"]);
    expect(m.bytes).toBeLessThanOrEqual(400);
  });
});

describe("the memos of questions", () => {
  it("word → stem: many long distinct words leave it under its byte bound", () => {
    const before = stemMemo.bytes;
    for (let i = 0; i < 4000; i++) processTerm(longWord(i, 2000)); // 4000 × 2000 letters: 16 MB of words
    expect(stemMemo.bytes).toBeLessThanOrEqual(stemMemo.maxBytes);
    expect(stemMemo.bytes).toBeGreaterThan(before);
    // still a memo: a word seen lately is looked up, not stemmed again
    const size = stemMemo.size;
    expect(processTerm("running")).toBe(processTerm("running"));
    expect(stemMemo.size).toBeLessThanOrEqual(size + 1);
  });

  it("text → stems: many long distinct sentences leave it under its byte bound", () => {
    for (let i = 0; i < 400; i++)
      textStems(Array.from({ length: 200 }, (_, j) => longWord(i * 200 + j, 60)).join(" "));
    expect(textStemMemo.bytes).toBeLessThanOrEqual(textStemMemo.maxBytes);
    expect(textStemMemo.bytes).toBeGreaterThan(textStemMemo.maxBytes / 4);
  });
});
