/**
 * Amounts as news around the world writes them (made-up sentences, session 13 probe-14): a
 * vague sum ("hundreds of millions of pounds in aid"), rand before a figure ("R900 million"),
 * thousands set off by spaces ("6 000 megawatts"), and units of measurement for "how much X".
 */
import { describe, expect, it } from "vitest";
import { endsInUnit } from "../../../src/answers/questions/kinds/count.js";
import { CASH } from "../../../src/nlp/lexicon/currencies.js";
import { Library } from "../../../src/library/library.js";
import { madeUp } from "../../support/articles.js";
import { shown } from "../../support/ask.js";

const ask = (q: string, a: ReturnType<typeof madeUp>) => shown(new Library([a]), q);

describe("rand before a figure", () => {
  it("is money with its thousands or its scale, not a bare road number", () => {
    expect(CASH.test("costing about R900 million a day")).toBe(true);
    expect(CASH.test("spent R45 000 on a generator")).toBe(true);
    expect(CASH.test("a fee of R1,200")).toBe(true);
    expect(CASH.test("the R445 was closed")).toBe(false);
  });
  it("answers 'how much is it costing'", () => {
    const power = madeUp("grid", "Power cuts return", [
      "The utility will cut power from 16:00 on Tuesday after four units broke down.",
      "A business group said the cuts were costing the economy about R700 million a day.",
    ]);
    expect(ask("How much are the power cuts costing the economy?", power)).toMatch(
      /^about R700 million/,
    );
  });
});

describe("units and spaced thousands", () => {
  it("reads a noun WordNet files as a unit of measurement", () => {
    expect(endsInUnit("6 000 megawatts")).toBe(true);
    expect(endsInUnit("300 hectares")).toBe(true);
    expect(endsInUnit("300 farmers")).toBe(false);
  });
  it("answers 'how much power' with megawatts written with a space", () => {
    const grid = madeUp("grid2", "Power cuts deepen", [
      "The power utility will move to level 4 cuts on Friday.",
      "Level 4 means that 4 000 megawatts are cut from the grid, the utility said.",
      "Economists said the cuts could take 1.2 percentage points off growth.",
    ]);
    expect(ask("How much power does level 4 cut?", grid)).toMatch(/^4 000 megawatts/);
  });
});

describe("a vague sum given as the asked thing", () => {
  const aid = madeUp("aid", "Aid to rise", [
    'The prime minister said the government would give "hundreds of millions" of pounds in aid to the flooded region.',
    "Ministers met on Tuesday.",
  ]);
  it("answers 'how much aid'", () => {
    expect(ask("How much aid will the government give?", aid)).toMatch(/^hundreds of millions/);
  });
  it("is no answer for another thing", () => {
    expect(ask("How much debt does the region have?", aid)).toMatch(
      /^The article (?:does not say|says nothing)/,
    );
  });
});
