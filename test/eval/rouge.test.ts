import { describe, expect, it } from "vitest";
import { lcsIndexes, rouge, rougeLsumTokens, rougeTokens } from "../support/eval/rouge.js";

describe("rouge tokenizer (as rouge_score)", () => {
  it("lowercases, turns non-alphanumerics into spaces and stems tokens longer than 3 characters", () => {
    expect(rougeTokens("The U.S. GDP-growth was RUNNING quickly!")).toEqual([
      "the",
      "u",
      "s",
      "gdp",
      "growth",
      "was",
      "run",
      "quickli",
    ]);
    expect(rougeTokens("Café £1,400")).toEqual(["caf", "1", "400"]);
    expect(rougeTokens("")).toEqual([]);
  });
});

describe("ROUGE-N", () => {
  it("scores one changed word (hand-computed)", () => {
    const s = rouge("the cat sat on the mat", "the cat sat on the hat");
    expect(s.rouge1.f1).toBeCloseTo(5 / 6, 10); // 5 of 6 unigrams shared
    expect(s.rouge2.precision).toBeCloseTo(4 / 5, 10); // the cat, cat sat, sat on, on the
    expect(s.rouge2.recall).toBeCloseTo(4 / 5, 10);
    expect(s.rougeLsum.f1).toBeCloseTo(5 / 6, 10);
  });

  it("clips repeated n-grams to the count in the other text", () => {
    const s = rouge("a a a b", "a a");
    expect(s.rouge1.precision).toBe(1);
    expect(s.rouge1.recall).toBe(0.5);
    expect(s.rouge1.f1).toBeCloseTo(2 / 3, 10);
    const t = rouge("a b", "a a a a");
    expect(t.rouge1.precision).toBe(0.25); // only one "a" counts
    expect(t.rouge1.recall).toBe(0.5);
  });

  it("matches stemmed forms and gives 0 for nothing shared or empty text", () => {
    expect(rouge("running quickly", "runs quick").rouge1.f1).toBeCloseTo(0.5, 10);
    expect(rouge("alpha beta", "gamma delta").rouge1.f1).toBe(0);
    expect(rouge("alpha beta", "").rouge1.f1).toBe(0);
    expect(rouge("", "").rougeLsum.f1).toBe(0);
  });
});

describe("ROUGE-Lsum (summary-level union LCS)", () => {
  it("backtracks an LCS like rouge_score", () => {
    expect(lcsIndexes(["a", "b", "c", "d"], ["a", "c", "d"])).toEqual([0, 2, 3]);
    expect(lcsIndexes(["a"], ["b"])).toEqual([]);
  });

  it("unions the LCS of a reference sentence with every candidate sentence (Lin 2004 example)", () => {
    // r = w1 w2 w3 w4 w5; c1 = w1 w2 w6 w7 w8; c2 = w1 w3 w8 w9 w5 → union LCS w1 w2 w3 w5: 4 hits.
    const s = rouge("w1 w2 w3 w4 w5", "w1 w2 w6 w7 w8\nw1 w3 w8 w9 w5");
    expect(s.rougeLsum.recall).toBeCloseTo(4 / 5, 10);
    expect(s.rougeLsum.precision).toBeCloseTo(4 / 10, 10);
    expect(s.rougeLsum.f1).toBeCloseTo((2 * 0.8 * 0.4) / 1.2, 10);
  });

  it("splits sentences on newlines only and ignores empty lines", () => {
    const one = rouge("x y z", "z y x");
    expect(one.rougeLsum.recall).toBeCloseTo(1 / 3, 10);
    const split = rouge("x y z", "z\n\ny\nx");
    expect(split.rougeLsum.recall).toBe(1); // each candidate sentence contributes its own LCS
  });

  it("clips hits by token counts across the summary", () => {
    // Two reference sentences both matching the single "a" of the candidate: only one hit counts.
    const s = rougeLsumTokens([["a"], ["a"]], [["a"]]);
    expect(s.recall).toBe(0.5);
    expect(s.precision).toBe(1);
  });
});
