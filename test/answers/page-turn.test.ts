import { describe, expect, it } from "vitest";
import { listStamp, navRow, pagesBySize, turnPage } from "../../src/answers/page.js";

describe("paging both ways", () => {
  it("a stamp changes with the list, not between calls", () => {
    expect(listStamp(["a", "b"])).toBe(listStamp(["a", "b"]));
    expect(listStamp(["a", "b"])).not.toBe(listStamp(["b", "a"]));
    expect(listStamp(["ab"])).not.toBe(listStamp(["a", "b"]));
    expect(listStamp(["a"])).toMatch(/^[A-Za-z0-9]{6}$/);
  });

  it("a press lands on its page, or on page 1 when the list changed", () => {
    const now = listStamp(["x", "y"]);
    expect(turnPage(3, now, 5, now)).toEqual({ page: 3, pages: 5, stale: false });
    expect(turnPage(9, now, 5, now)).toEqual({ page: 5, pages: 5, stale: false });
    expect(turnPage(undefined, undefined, 5, now)).toEqual({ page: 1, pages: 5, stale: false });
    expect(turnPage(3, "old000", 5, now)).toEqual({ page: 1, pages: 5, stale: true });
    expect(turnPage(2, undefined, 0, now)).toEqual({ page: 1, pages: 1, stale: false });
  });

  it("‹ and › around the page, none at the ends", () => {
    const go = (n: number) => `/x ${n}`;
    expect(navRow(1, 3, go)).toEqual([{ text: "2 ›", command: "/x 2" }]);
    expect(navRow(2, 3, go)).toEqual([
      { text: "‹ 1", command: "/x 1" },
      { text: "3 ›", command: "/x 3" },
    ]);
    expect(navRow(3, 3, go)).toEqual([{ text: "‹ 2", command: "/x 2" }]);
    expect(navRow(1, 1, go)).toEqual([]);
  });

  it("pages by size, an oversized item alone on its page", () => {
    expect(pagesBySize([3, 3, 3, 9, 1], (n) => n, 6)).toEqual([[3, 3], [3], [9], [1]]);
  });
});
