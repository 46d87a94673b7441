/**
 * Typed answers about the asked subject and of the asked type (made-up sentences, session 13):
 * a date or a figure given for another person or company than the one asked about is "the
 * article does not say".
 */
import { describe, expect, it } from "vitest";
import { askedEntities, subjectSpan } from "../../../src/answers/questions/asked-holder.js";
import { Library } from "../../../src/library/library.js";
import { words } from "../../../src/nlp/tokens.js";
import { madeUp } from "../../support/articles.js";
import { shown } from "../../support/ask.js";

const ask = (q: string, a: ReturnType<typeof madeUp>) => shown(new Library([a]), q);

describe("the asked subject holds the typed value", () => {
  const club = madeUp("captain", "Berg named Harbour City captain", [
    "Ann Berg will captain Harbour City in Saturday's cup final against Westport.",
    "Berg said she had considered retiring from the game in 2019, but was now aiming for the 2027 World Cup.",
    "She joins the likes of former captain Jo Lane in leading the side. Berg has played 200 games for the club.",
  ]);
  it("reads the question's subject between the auxiliary and the verb", () => {
    const q = words("When did Jo Lane retire from the club?");
    expect(subjectSpan(q, new Set(["jo", "lane", "when"]))).toEqual([2, 4]);
    expect(subjectSpan(words("How many people watched the final?"), new Set())).toEqual([0, 0]);
    expect(
      askedEntities(q, new Set(["jo", "lane"]), club)
        .map((e) => e.name)
        .join(),
    ).toBe("Jo Lane");
  });
  it("refuses a date of someone else's action", () => {
    expect(ask("When did Jo Lane retire?", club)).toMatch(/^The article does not say when/);
  });
  it("still gives the date of the asked person's own action", () => {
    expect(ask("When did Ann Berg consider retiring?", club)).toMatch(/^2019/);
  });
  it("refuses a figure given for another company", () => {
    const prices = madeUp("prices", "Prices rise says Northbank", [
      "House prices rose 3.1% in May, Northbank said.",
      "The lender said prices rose 9.4% over the past year.",
      "Westfield Building Society, the second-biggest lender, said last week that buyers were cautious.",
    ]);
    expect(ask("How much did Westfield say prices rose over the past year?", prices)).toMatch(
      /^The article does not say how much/,
    );
    expect(ask("How much did Northbank say prices rose over the past year?", prices)).toMatch(
      /9\.4%/,
    );
  });
});
