import { describe, expect, it } from "vitest";
import { DocRefs, type ArticleEntry } from "../../src/search/index-data.js";

describe("DocRefs", () => {
  it("keeps document id → article and sentence as a map would, gaps and removals included", () => {
    const entry = { id: "made-up" } as ArticleEntry;
    const refs = new DocRefs();
    refs.set(3, { entry, sentence: 0 });
    refs.set(4, { entry, sentence: 1 });
    expect(refs.get(0)).toBeUndefined();
    expect(refs.get(4)).toEqual({ entry, sentence: 1 });
    expect(refs.get(99)).toBeUndefined();
    expect(refs.size).toBe(2);
    refs.set(4, { entry, sentence: 2 });
    expect(refs.size).toBe(2);
    expect(refs.delete(3)).toBe(true);
    expect(refs.delete(3)).toBe(false);
    expect(refs.get(3)).toBeUndefined();
    expect(refs.size).toBe(1);
  });
});
