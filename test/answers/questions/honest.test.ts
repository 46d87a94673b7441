import { describe, expect, it } from "vitest";
import { Library } from "../../../src/library/library.js";
import type { Reply } from "../../../src/answers/reply.js";
import { answer } from "../../../src/answers/router.js";
import { renderMessages } from "../../../src/render/messages.js";
import { askedVerbs } from "../../../src/answers/questions/verbs.js";
import { smallTalk } from "../../../src/answers/small-talk.js";
import { contextsFor } from "../../support/context.js";
import { shown } from "../../support/ask.js";
import { FLAG, textFlags } from "../../../src/search/sentence-flags.js";
import { madeUp } from "../../support/articles.js";

const league = new Library([
  madeUp("league", "Rovers top the table", [
    "Rovers moved to the top of the league after beating City 2-0 on Saturday.",
    "Striker Ana Costa, 27, scored both goals before the break.",
    "Coach Ben Hale said the club had signed Costa from a Portuguese side in 2021.",
    "Fans gathered outside the ground long after the final whistle.",
  ]),
]);
const ctx = contextsFor({ now: () => new Date("2026-01-01T12:00:00Z") });
const ask = (q: string) => shown(league, q);
const REFUSED = /^(?:The article (?:does not|says nothing|has no)|None of the articles)/;

describe("honest when the article does not say", () => {
  it("reads an age set off after a name, and says so when there is none", () => {
    expect(ask("how old is Ana Costa")).toMatch(/^27:/);
    expect(ask("how old is Ben Hale")).toMatch(/^The article does not say how old/);
  });

  it("answers 'who won' only from a sentence that says who won", () => {
    expect(ask("who scored both goals")).toMatch(/Ana Costa/);
    expect(ask("who won the cup final")).toMatch(REFUSED);
    const hopes = new Library([
      madeUp("cup", "City eye the cup", [
        "City hope to win the cup next season, their coach said.",
      ]),
    ]);
    const reply = answer({ text: "who won the cup", chat: "private" }, ctx(hopes))
      .flatMap((r: Reply) => renderMessages(r).map((m) => m.text))
      .join("\n");
    expect(reply).toMatch(REFUSED);
  });

  it("answers 'when' only with a date tied to what was asked", () => {
    expect(ask("when did the club sign Costa")).toMatch(/^2021/);
    expect(ask("when was Hale appointed")).toMatch(REFUSED);
  });

  it("finds the verbs a question asks about", () => {
    expect(askedVerbs("won the super bowl")).toEqual(["won"]);
    expect(askedVerbs("was kopp arrested")).toEqual(["arrested"]);
    expect(askedVerbs("was the poll taken")).toEqual([]);
    expect(askedVerbs("is the game against wales")).toEqual([]);
    // The action after a verb of starting or stopping, not any -ing word.
    expect(askedVerbs("did acme start developing the drug")).toEqual(["developing"]);
    expect(askedVerbs("is lund running the search")).toEqual([]);
    expect(askedVerbs("did the spring meeting stop")).toEqual([]);
  });
});

describe("small talk gets what a person expects", () => {
  it("recognises greetings, thanks, help, ok and bye, and nothing else", () => {
    expect(smallTalk("Hello there!")?.talk).toBe("greeting");
    expect(smallTalk("great, thanks a lot")?.talk).toBe("thanks");
    expect(smallTalk("cheers")?.talk).toBe("thanks");
    expect(smallTalk("what can you do?")?.talk).toBe("help");
    expect(smallTalk("ok")?.talk).toBe("ack");
    expect(smallTalk("goodbye!")?.talk).toBe("bye");
    expect(smallTalk("who scored")).toBeUndefined();
    expect(smallTalk("thanks to whom did Rovers win")).toBeUndefined();
  });

  it("replies as a person would", () => {
    expect(ask("hi")).toMatch(/^Hello!/);
    expect(ask("thank you!")).toMatch(/^You're welcome/);
    expect(ask("help")).toMatch(/\/summary/);
    expect(ask("bye")).toMatch(/^Bye!/);
  });
});

describe("questions in the reader's words", () => {
  it("reads abbreviations as the words the article uses", () => {
    const budget = new Library([
      madeUp("budget", "Budget passes", [
        "The government said the international loan would be repaid within a year.",
        "Opposition leaders called the plan reckless.",
      ]),
    ]);
    const text = answer(
      { text: "what did the govt say about the intl loan", chat: "private" },
      ctx(budget),
    )
      .flatMap((r: Reply) => renderMessages(r).map((m) => m.text))
      .join("\n");
    expect(text).toMatch(/repaid within a year/);
  });
});

describe("why questions find causes and purposes", () => {
  const strike = new Library([
    madeUp("strike", "Drivers walk out", [
      "Bus drivers in the city walked out on Monday, citing unpaid overtime.",
      "The company cancelled evening services to avoid further delays.",
      "Talks resumed on Wednesday.",
    ]),
  ]);
  const why = (q: string) =>
    answer({ text: q, chat: "private" }, ctx(strike))
      .flatMap((r: Reply) => renderMessages(r).map((m) => m.text))
      .join("\n");
  it("reads 'citing' and 'to avoid' as reasons", () => {
    expect(why("why did the bus drivers walk out")).toMatch(/unpaid overtime/);
    expect(why("why did the company cancel evening services")).toMatch(/further delays/);
  });
});

describe("sentences that give a cause", () => {
  it("flags reasons written as 'citing', 'over concerns', 'in protest at', 'for fear'", () => {
    for (const s of [
      "Drivers walked out, citing unpaid overtime.",
      "Two ministers resigned over concerns about the budget.",
      "Fans left in protest at ticket prices.",
      "Residents stayed indoors for fear of more shelling.",
    ])
      expect(textFlags(s) & FLAG.cause).toBeTruthy();
    expect(textFlags("The match went on over the weekend.") & FLAG.cause).toBeFalsy();
  });
});
