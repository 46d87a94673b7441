/**
 * Typed answers about the asked subject and of the asked type (made-up sentences, session 13):
 * a date or a figure given for another person or company than the one asked about is "the
 * article does not say".
 */
import { describe, expect, it } from "vitest";
import { askedEntities, subjectSpan } from "../../../src/answers/questions/asked-holder.js";
import { rateAsked, rateOfAsked } from "../../../src/answers/questions/kinds/count.js";
import { roleOfAskedOwner } from "../../../src/answers/questions/kinds/who.js";
import { describedAfter } from "../../../src/answers/questions/honest.js";
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

describe("a rate asked is a percentage of the asked thing", () => {
  it("reads 'what is the X rate' and 'what is X's share' as a rate asked", () => {
    expect(rateAsked("what is the inflation rate")).toMatchObject({ focus: "rate" });
    expect(rateAsked("what s the unemployment rate now")).toMatchObject({ focus: "rate" });
    expect(rateAsked("what is the rate of inflation")).toMatchObject({
      rest: "rate inflation",
    });
    expect(rateAsked("what is acme s market share")).toMatchObject({ focus: "share" });
    expect(rateAsked("what is the rate")).toBeUndefined();
  });
  it("ties the figure to what the rate is of", () => {
    const text =
      "Prices were pushed up by inflation that peaked at 9.1%, as rivals such as Zeta gained market share.";
    expect(rateOfAsked(text, text.indexOf("9.1%"), "inflation rate", "rate")).toBe(true);
    expect(rateOfAsked(text, text.indexOf("9.1%"), "zeta s market share", "share")).toBe(false);
    const rise = "One member voted for a rise in interest rates to 6%.";
    expect(rateOfAsked(rise, rise.indexOf("6%"), "inflation rate", "rate")).toBe(false);
    const stake = "Zeta is selling its 50% interest in Norland Steel.";
    expect(rateOfAsked(stake, stake.indexOf("50%"), "interest rate", "rate")).toBe(false);
    const poll = "In the Zeta poll, 71 percent of voters approved.";
    expect(rateOfAsked(poll, poll.indexOf("71"), "zeta s market share", "share")).toBe(false);
  });
  const bank = madeUp("bank", "Bank holds rates", [
    "The central bank of Norland kept interest rates on hold at 3.5% on Thursday.",
    "Its governor said the risks to the inflation forecast were to the downside.",
    "Inflation was expected to fall next year, the bank said.",
  ]);
  it("answers with the figure when the article gives it", () => {
    expect(ask("What is the interest rate?", bank)).toMatch(/^3\.5%/);
    const lift = madeUp("lift", "Rates up", [
      "The central bank lifted interest rates 0.25% to 5.5% on Tuesday.",
    ]);
    expect(ask("What is the interest rate?", lift)).toMatch(/^5\.5%/);
  });
  it("says the article does not say when no figure gives the asked rate", () => {
    expect(ask("What is the inflation rate?", bank)).toMatch(
      /^The article does not say what the rate is/,
    );
  });
});

describe("who is the <role> of X: the role is X's", () => {
  it("refuses a role the sentence gives to another owner", () => {
    const t = "Westland's acting head coach Jo Marsh said the side was ready.";
    expect(roleOfAskedOwner("the coach of eastmoor", "coach", t, "Marsh names side")).toBe(false);
    expect(roleOfAskedOwner("westland s coach", "coach", t, "Marsh names side")).toBe(true);
    expect(roleOfAskedOwner("the coach", "coach", t, "Marsh names side")).toBe(true);
    const u = "WRU chief executive Jo Marsh said the side was ready.";
    expect(roleOfAskedOwner("the boss of the westland rugby union", "boss", u, "Side")).toBe(true);
    expect(roleOfAskedOwner("the candidates in the election", "candidates", t, "Side")).toBe(true);
  });
  it("takes an owner only by its capital, the role in any case", () => {
    // "the side's": no other owner named, so the side the title names.
    const t = "The side's head coach Jo Marsh said the team was ready.";
    expect(roleOfAskedOwner("the coach of eastmoor", "coach", t, "Eastmoor name side")).toBe(true);
    const u = "Westland's Head Coach Jo Marsh said the team was ready.";
    expect(roleOfAskedOwner("the coach of eastmoor", "coach", u, "Eastmoor name side")).toBe(false);
    const v = "Jo Marsh, Head Coach Of Westland, said the team was ready.";
    expect(roleOfAskedOwner("the coach of eastmoor", "coach", v, "Eastmoor name side")).toBe(false);
  });
  it("takes a role with no owner in the sentence as the owner the title names", () => {
    const t = "Chief executive Jo Marsh said profits rose.";
    expect(
      roleOfAskedOwner("the chief executive of acme", "executive", t, "Acme profits rise"),
    ).toBe(true);
    expect(
      roleOfAskedOwner("the chief executive of zeta", "executive", t, "Acme profits rise"),
    ).toBe(false);
  });
  it("answers 'who is the coach of X' only with X's coach", () => {
    const a = madeUp("rugby", "Lane to lead Westland", [
      "Fly-half Tom Lane has been named Westland's new captain for the autumn Tests.",
      'Westland\'s head coach Jo Marsh said: "He is a natural leader."',
      "Westland play Eastmoor on 13 November.",
    ]);
    expect(ask("Who is the coach of Westland?", a)).toMatch(/^Jo Marsh/);
    expect(ask("Who is the coach of Eastmoor?", a)).toMatch(/^The article does not/);
  });
});

describe("how old: the asked person's age", () => {
  it("reads 'the 25-year-old Harbour star' as the person named in the sentence before", () => {
    expect(describedAfter(" Harbour star takes over", new Set(["lane"]))).toBe(true);
    expect(describedAfter(" Lane said", new Set(["lane"]))).toBe(false);
    const a = madeUp("lane", "Lane to lead Westland", [
      "Fly-half Tom Lane has been named Westland's new captain.",
      "The 25-year-old Harbour star takes over from Ann Berg, who retired in August.",
    ]);
    expect(ask("How old is Tom Lane?", a)).toMatch(/^25-year-old/);
    expect(ask("How old is Ann Berg?", a)).toMatch(/^The article does not say how old/);
    const b = madeUp("ray", "Ray speaks", [
      "Ann Ray has lived in the city for years.",
      "She spoke about the case of the 6-year-old Harbour boy.",
    ]);
    expect(ask("How old is Ann Ray?", b)).toMatch(/^The article does not say how old/);
  });
  it("gives the age set off after the asked name, not the first in the sentence", () => {
    const a = madeUp("vigil", "Vigil held", [
      "Hundreds gathered for Ann Ray, 18, and Jo Bell, 17.",
    ]);
    expect(ask("How old was Jo Bell?", a)).toMatch(/^17:/);
    expect(ask("How old was Ann Ray?", a)).toMatch(/^18:/);
  });
});
