/**
 * Whether a sentence ties the asked amount to the asked holder (value-check.ts): a sum of
 * money or a share within the clause of the words that say whose it is. Made-up article.
 */
import { describe, expect, it } from "vitest";
import { Library } from "../../../src/library/library.js";
import {
  askedPlaces,
  askedValue,
  figureOfOther,
  valueFit,
} from "../../../src/answers/questions/value-check.js";
import { buildQuery } from "../../../src/answers/questions/terms.js";
import { contextsFor } from "../../support/context.js";
import { madeUp } from "../../support/articles.js";
import { shown } from "../../support/ask.js";

const article = madeUp("harbour", "Harbour town keeps its ferry", [
  "The town of Kelmouth spent about 2 million krona a year to keep the ferry running.",
  "The council says a new bridge will save £1.3m a year, while its grant from the state fell.",
  "The state grant, worth £200,000, was cut last spring.",
  "Turnout at the vote on the ferry was 64%.",
  "About 40% of the islanders use the ferry; the rest drive round the bay.",
]);
const library = new Library([article]);
const ctx = contextsFor({ now: () => new Date("2026-01-01T12:00:00Z") });
const { index } = ctx(library);
const sentence = (i: number) => article.sentences[i]!;
const asked = (question: string, words: string[]) =>
  askedValue(question, undefined, buildQuery(words, index, [], []));

describe("the amount asked and its holder", () => {
  it("reads money asked by a verb or by a noun of possessions, a share asked, and nothing else", () => {
    expect(asked("how much did it cost to keep the ferry running", ["cost", "ferry"])?.type).toBe(
      "money",
    );
    expect(asked("how much is the grant", ["grant"])?.type).toBe("money");
    expect(asked("what percentage of islanders use the ferry", ["islanders", "ferry"])?.type).toBe(
      "percent",
    );
    expect(asked("how many ferries are there", ["ferries"])).toBeUndefined();
    expect(asked("how old is the ferry", ["ferry"])).toBeUndefined();
  });

  it("leaves words of time out of the holder", () => {
    const value = asked("how much did the town spend last year", ["town", "spend", "year"]);
    expect(value && [...value.holder]).toEqual(["town"]);
  });
});

describe("a value tied to its holder", () => {
  it("is the holder's within its clause", () => {
    const cost = asked("how much did it cost to keep the ferry running", ["cost", "ferry"])!;
    expect(valueFit(cost, sentence(0), article)).toBe(1);
    const grant = asked("how much is the grant", ["grant"])!;
    expect(valueFit(grant, sentence(2), article)).toBe(1);
  });

  it("is another thing's past a clause boundary or far from the holder's words", () => {
    const grant = asked("how much is the grant", ["grant"])!;
    expect(valueFit(grant, sentence(1), article)).toBe(0);
  });

  it("holds the asked type only: a share for a share", () => {
    const share = asked("what percentage of islanders use the ferry", ["islanders", "ferry"])!;
    expect(valueFit(share, sentence(4), article)).toBe(1);
    const cost = asked("how much did it cost to keep the ferry running", ["cost", "ferry"])!;
    expect(valueFit(cost, sentence(3), article)).toBe(0);
  });
});

describe("a figure of another place", () => {
  const tourism = madeUp("tourism", "Visitors return to Lindora", [
    "Arrivals from China rose to 1.2 million last year, the Lindora tourism board said.",
    "Hotel owners along the coast said bookings were up by a fifth.",
    "Visitors from Ohio spent $40m, the board said.",
    "Visitors from Japan spent $12m while those from Texas spent $30m.",
    "Japanese arrivals fell to 300,000, behind Korea's 500,000.",
  ]);
  const at = (i: number, figure: string) => {
    const s = tourism.sentences[i]!;
    const from = s.text.indexOf(figure);
    return [s, tourism, from, from + figure.length] as const;
  };
  const places = (rest: string, capitalised: string[]) =>
    askedPlaces(rest, new Set(capitalised), tourism);

  it("reads the asked places from the article, else from WordNet's places", () => {
    expect(places("tourists came from japan", ["japan"]).map((p) => p.words)).toEqual([["japan"]]);
    expect(places("tourists came from peru", ["peru"]).map((p) => p.words)).toEqual([["peru"]]);
    expect(places("tourists came from acme", ["acme"])).toEqual([]);
    expect(places("did british tourists spend", ["british"])).toEqual([]);
  });

  it("is another place's when a place of the asked one's kind stands in its clause", () => {
    expect(
      figureOfOther(places("tourists came from japan", ["japan"]), ...at(0, "1.2 million")),
    ).toBe(true);
    expect(figureOfOther(places("did texas visitors spend", ["texas"]), ...at(2, "$40m"))).toBe(
      true,
    );
  });

  it("is the asked place's when the sentence speaks of it, whatever else it names", () => {
    const japan = places("did visitors from japan spend", ["japan"]);
    expect(figureOfOther(japan, ...at(3, "$30m"))).toBe(false);
    expect(figureOfOther(japan, ...at(4, "500,000"))).toBe(false);
  });

  it("is no other place's with none in its clause", () => {
    expect(figureOfOther(places("tourists came from peru", ["peru"]), ...at(1, "a fifth"))).toBe(
      false,
    );
  });
});

describe("a count asked of a place the article gives only for others", () => {
  const arrivals = new Library([
    madeUp("arrivals", "Island sees more visitors", [
      "Tourists from Japan and China filled the hotels of Velora in August.",
      "Arrivals from China rose to 1.2 million, the tourism board said.",
      "Visitors from Peru numbered 40,000, up from 31,000.",
    ]),
  ]);
  it("says the article does not say, rather than give another place's figure", () => {
    expect(shown(arrivals, "How many tourists came from Japan?")).toMatch(
      /^The article does not say/,
    );
    expect(shown(arrivals, "How many tourists came from Peru?")).toMatch(/40,000/);
  });
});
