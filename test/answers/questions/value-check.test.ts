/**
 * Whether a sentence ties the asked amount to the asked holder (value-check.ts): a sum of
 * money or a share within the clause of the words that say whose it is. Made-up article.
 */
import { describe, expect, it } from "vitest";
import { Library } from "../../../src/library/library.js";
import { askedValue, valueFit } from "../../../src/answers/questions/value-check.js";
import { buildQuery } from "../../../src/answers/questions/terms.js";
import { contextsFor } from "../../support/context.js";
import { madeUp } from "../../support/articles.js";

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
