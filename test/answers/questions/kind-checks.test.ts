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
import { countOfAsked, countsFocus } from "../../../src/answers/questions/honest.js";
import { partOfAskedWhole } from "../../../src/answers/questions/kinds/count.js";
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

describe("a bare figure counted by its clause", () => {
  it("reads 'the number of X rose to N' and 'X numbers stood at N' as a count of X", () => {
    const text =
      "Deer numbers were stable at about 900, while the number of wolves rose to 12 from 9.";
    expect(countOfAsked("Deer numbers were stable at ", "deer")).toBe(true);
    expect(countsFocus(text, "12", "wolves")).toBe(true);
    expect(countsFocus(text, "about 900", "deer")).toBe(true);
    // The wolves' figure is no count of deer: a contrast starts another clause.
    expect(countsFocus(text, "12", "deer")).toBe(false);
  });
});

describe("how much of the X", () => {
  it("takes a share, or an amount said to be of X, not a sum of something else", () => {
    const q = "how much of the debt has been repaid";
    expect(partOfAskedWhole("It has repaid about a third of the debt.", "about a third", q)).toBe(
      true,
    );
    expect(partOfAskedWhole("It has repaid $3bn of the debt.", "$3bn", q)).toBe(true);
    expect(partOfAskedWhole("It lost $3bn in the first half of the year.", "$3bn", q)).toBe(false);
  });

  it("reads no share in 'the first half of the year'", () => {
    const library = new Library([
      madeUp("club", "Ostland club loses money", [
        "Ostland FC made a loss of 12m euros in the first half of the current season.",
        "Its debts will rise to 90m euros by the middle of next year.",
      ]),
    ]);
    expect(shown(library, "How much of the current season was it?")).toMatch(
      /^The article does not say/,
    );
  });
});
