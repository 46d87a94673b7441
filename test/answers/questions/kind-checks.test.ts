/**
 * The kinds' value checks answer when the shown sentence holds a value of the asked kind tied to
 * the asked thing (session 19, s19-kind): a share written as a fraction in words, a person named
 * with a noun for the one in charge of the asked thing, a title WordNet derives from the asked verb.
 * Every sentence here is made up.
 */
import { describe, expect, it } from "vitest";
import { Library } from "../../../src/library/library.js";
import { shown } from "../../support/ask.js";
import { madeUp } from "../../support/articles.js";
import { FRACTION_FIGURE, isShareFigure } from "../../../src/answers/questions/units.js";
import {
  inChargeVerb,
  namesInChargeOf,
  titledByVerb,
} from "../../../src/answers/questions/kinds/who.js";

describe("a share written in words", () => {
  it("reads fractions and ratios as shares, not the halves of a match or a year", () => {
    for (const f of [
      "two thirds of the staff",
      "two-fifths of which",
      "a quarter of the vote",
      "one in five",
      "3 out of 10",
      "half of the total",
      "nearly half",
    ])
      expect(FRACTION_FIGURE.test(f), f).toBe(true);
    for (const f of ["the second half of the year", "half-time", "two", "the first quarter"])
      expect(FRACTION_FIGURE.test(f), f).toBe(false);
    expect(isShareFigure("half", " of the votes")).toBe(true);
    expect(isShareFigure("12%")).toBe(true);
    // A sum is no share for the fraction after it.
    expect(isShareFigure("90 million francs", ", two-fifths of which")).toBe(false);
  });

  it("answers 'how much of X' with the fraction the sentence gives", () => {
    const library = new Library([
      madeUp("union", "Harbour union backs deal", [
        "Harbour workers voted on Monday to accept a new pay offer.",
        "The union, which represents roughly two thirds of the workforce at Port Elsin, backed the deal.",
        "The festival's budget was about 90 million francs, two-fifths of which came from the city.",
      ]),
    ]);
    expect(shown(library, "How much of the workforce does the union represent?")).toMatch(
      /^roughly two thirds: The union/,
    );
    expect(shown(library, "How much of the budget came from the city?")).toMatch(/^two-fifths:/);
  });
});

describe("who <verb>ed …: a title WordNet derives from the verb", () => {
  it("takes a person noun whose commonest sense is another thing ('moderator')", () => {
    expect(titledByVerb("Co-moderator Ann Lee asked about the budget.", ["moderated"])).toBe(
      "Ann Lee",
    );
  });
});

describe("who runs X: a person named as the one in charge of X", () => {
  it("knows the verbs of being in charge, not of owning or founding", () => {
    for (const v of ["run", "lead", "head", "manage", "chair"])
      expect(inChargeVerb(v), v).toBe(true);
    for (const v of ["own", "found", "win", "score"]) expect(inChargeVerb(v), v).toBe(false);
  });

  it("reads 'chief executive of X' beside the asked X", () => {
    expect(
      namesInChargeOf("“Orders rose,” said Ann Lee, chief executive of Ostland Rail.", [
        "ostland",
        "rail",
      ]),
    ).toBe(true);
    expect(
      namesInChargeOf("“Orders rose,” said Ann Lee, a spokeswoman for Ostland Rail.", [
        "ostland",
        "rail",
      ]),
    ).toBe(false);
  });

  it("answers 'who runs X' from the sentence that names X's chief executive", () => {
    const library = new Library([
      madeUp("rail", "Ostland Rail orders rise", [
        "Orders for new trains rose sharply at Ostland Rail last year.",
        "“This breakthrough led to a rise in orders,” said Ann Lee, chief executive of Ostland Rail, which builds trams.",
      ]),
    ]);
    expect(shown(library, "Who runs Ostland Rail?")).toMatch(/^Ann Lee:/);
  });
});
