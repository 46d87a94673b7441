import { describe, expect, it } from "vitest";
import { moreWordsThan } from "../../src/util/words.js";

describe("moreWordsThan", () => {
  it("counts runs of non-space, as split(/\\s+/) counts those of a trimmed text", () => {
    expect(moreWordsThan("Published: March 4, 2024", 3)).toBe(true);
    expect(moreWordsThan("Published: March 4, 2024", 4)).toBe(false);
    expect(moreWordsThan("  two \n words ", 1)).toBe(true);
    expect(moreWordsThan("", 0)).toBe(false);
  });
});
