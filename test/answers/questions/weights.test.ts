/**
 * The ranking weights as one object (weights.ts): every answer reads it at use, so a measuring
 * script may set other values and put today's back. Made-up article.
 */
import { afterEach, describe, expect, it } from "vitest";
import { Library } from "../../../src/library/library.js";
import { tuning } from "../../../src/answers/questions/core.js";
import { DEFAULT_WEIGHTS, setWeights, weights } from "../../../src/answers/questions/weights.js";
import { shown } from "../../support/ask.js";
import { madeUp } from "../../support/articles.js";

const library = new Library([
  madeUp("harbour", "Harbour wall repaired", [
    "Workers in Dunmore repaired the old harbour wall after the winter storms.",
    "The council paid for the new stone from its reserves.",
  ]),
]);
const REFUSED = /^(?:The article (?:does not|says nothing|has no)|None of the articles)/;

afterEach(() => setWeights({}));

describe("ranking weights", () => {
  it("start at today's values, and the threshold is the question threshold", () => {
    expect(weights).toEqual(DEFAULT_WEIGHTS);
    expect(tuning.threshold).toBe(DEFAULT_WEIGHTS.threshold);
  });

  it("are read at every answer: a higher threshold refuses what today's answers", () => {
    const q = "Who repaired the harbour wall in Dunmore?";
    expect(shown(library, q)).not.toMatch(REFUSED);
    setWeights({ threshold: 1.01 });
    expect(tuning.threshold).toBe(1.01);
    expect(shown(library, q)).toMatch(REFUSED);
  });

  it("are put back to today's values by setWeights with none given", () => {
    setWeights({ bm25: 0.3, preferDate: 2 });
    expect(weights.bm25).toBe(0.3);
    setWeights({});
    expect(weights).toEqual(DEFAULT_WEIGHTS);
  });
});
