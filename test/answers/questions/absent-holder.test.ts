/**
 * Unanswerable questions answered by another holder's value (absent-holder.ts and the count
 * kind's checks): a name no article writes, an age of a person of another description, a share
 * asked and a count given, a sum an organisation other than the asked one paid, a short word
 * read as a form of the counted noun, a date a figure is reckoned at. Made-up articles.
 */
import { describe, expect, it } from "vitest";
import { Library } from "../../../src/library/library.js";
import { sharesStem } from "../../../src/answers/questions/honest.js";
import {
  ageOfDescribed,
  askedPersonNoun,
  reckonedAt,
} from "../../../src/answers/questions/absent-holder.js";
import { shareFigure } from "../../../src/answers/questions/kinds/count.js";
import { madeUp } from "../../support/articles.js";
import { shown } from "../../support/ask.js";

const REFUSED = /^(?:The article (?:does not|says nothing|has no)|None of the articles)/;

const resort = madeUp("resort", "Iceland counts its visitors", [
  "Iceland welcomed 2.1 million visitors last year, its tourism board said.",
  "Arrivals from Germany rose 8% to 310,000, while visitors from Norway fell.",
  "The board expects growth of only 3% this year as travellers try rivals such as Portugal and Greece.",
  "The main airport handled 4 million passengers last year, well above its capacity.",
  "A 52-year-old hotel owner, Dara Quell, said bookings were strong.",
  "Her elderly uncle, a retired fisherman, still runs the harbour cafe.",
  "Marlin Group spent 40 million euros on buying a stake in Nordvik Ferries from the Ostin family.",
  "About a third of visitors come back within two years, and 12 hotels opened last year.",
]);
const library = new Library([resort]);
const ask = (q: string) => shown(library, q);

describe("a figure of another holder is no answer", () => {
  it("refuses a name no article writes, whatever the other words match", () => {
    expect(ask("How many visitors came from Tasmania?")).toMatch(/says nothing about “Tasmania”/);
    expect(ask("Who won the Davis Cup?")).toMatch(REFUSED);
    // A capitalised common word may be background the article writes otherwise: not refused for it.
    expect(ask("How many hotels opened last year?")).toMatch(/^12 hotels/);
  });

  it("gives an age only to a person of the asked description", () => {
    expect(askedPersonNoun("is the hotel owner s uncle")).toBe("uncle");
    const text = "A 52-year-old hotel owner said her elderly uncle still runs the cafe.";
    expect(ageOfDescribed(text, "uncle")).toBeUndefined();
    expect(ageOfDescribed(text, "owner")).toBe("52-year-old");
    // In apposition after the asked noun: "the victim, an 87-year-old widow".
    expect(ageOfDescribed("He robbed the victim, an 87-year-old widow, twice.", "victim")).toBe(
      "87-year-old",
    );
    expect(ask("How old is the uncle?")).toMatch(/^The article does not say how old/);
    expect(ask("How old is the hotel owner?")).toMatch(/^52-year-old/);
  });

  it("answers a share asked only with a share", () => {
    const text = "The winners were two small islands, and 41% of voters backed the plan.";
    expect(shareFigure(text, { phrase: "two small", at: text.indexOf("two") })).toBe(false);
    expect(shareFigure(text, { phrase: "41%", at: text.indexOf("41%") })).toBe(true);
    const third = "About a third of visitors return.";
    expect(shareFigure(third, { phrase: "a third", at: third.indexOf("a third") })).toBe(true);
    const ratio = "One in five visitors return.";
    expect(shareFigure(ratio, { phrase: "One", at: 0 })).toBe(true);
    expect(ask("What percentage of visitors come back?")).toMatch(/^About a third/);
  });

  it("refuses a sum an organisation other than the asked one paid", () => {
    expect(ask("How much did Nordvik Ferries pay for the stake?")).toMatch(REFUSED);
    expect(ask("How much did Marlin Group pay for the stake?")).toMatch(/^40 million euros/);
  });

  it("reads no short function word as a form of the counted noun", () => {
    expect(sharesStem("to", "tourist")).toBe(false);
    expect(sharesStem("tourism", "tourist")).toBe(true);
  });

  it("dates no event by the time a figure is reckoned at", () => {
    const text = "The latest figures as of Monday for the dead in the floods are below.";
    expect(reckonedAt(text, text.indexOf("Monday"))).toBe(true);
    const event = "The floods struck on Monday, officials said.";
    expect(reckonedAt(event, event.indexOf("Monday"))).toBe(false);
    const floods = new Library([
      madeUp("floods", "Flood toll", [
        "The following are the latest figures as of Monday for the dead and injured in the floods in the northern provinces.",
        "Rescue teams reached the last villages on Tuesday.",
      ]),
    ]);
    expect(shown(floods, "When did the floods happen?")).toMatch(REFUSED);
  });
});
