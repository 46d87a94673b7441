/**
 * A date after "to", "until" or "for" that a verb moves, sets or ends (session 19): made-up
 * sentences. 12 March 2003 was a Wednesday.
 */
import { describe, expect, it } from "vitest";
import type { Sentence } from "../../../src/model/analysis.js";
import { findDates } from "../../../src/nlp/dates/dates.js";
import { termVerb } from "../../../src/nlp/dates/term-verbs.js";

const sentences = (...texts: string[]): Sentence[] =>
  texts.map((text, index) => ({ index, para: index + 1, text }));
const dates = (stated: string, ...texts: string[]) =>
  findDates(sentences(...texts), stated).dates.map((d) => [d.stated, d.date]);
const WEDNESDAY = "2003-03-12";

describe("a time a verb moves or sets (“postponed to Saturday”, “called a strike for Monday”)", () => {
  it("is the coming weekday", () => {
    expect(dates(WEDNESDAY, "The vote was delayed to Monday.")).toEqual([["Monday", "2003-03-17"]]);
    expect(dates(WEDNESDAY, "The company extended its offer to Friday.")).toEqual([
      ["Friday", "2003-03-14"],
    ]);
    expect(dates(WEDNESDAY, "The launch was pushed back to Saturday.")).toEqual([
      ["Saturday", "2003-03-15"],
    ]);
    expect(dates(WEDNESDAY, "The judge adjourned the case to Thursday.")).toEqual([
      ["Thursday", "2003-03-13"],
    ]);
    expect(dates(WEDNESDAY, "Union leaders called a strike for Monday.")).toEqual([
      ["Monday", "2003-03-17"],
    ]);
    expect(dates(WEDNESDAY, "The game was rescheduled for Sunday.")).toEqual([
      ["Sunday", "2003-03-16"],
    ]);
  });

  it("is a day or month set as a limit, the nearest such", () => {
    expect(dates(WEDNESDAY, "The government called elections for June 15.")).toEqual([
      ["June 15", "2003-06-15"],
    ]);
    expect(dates(WEDNESDAY, "The government called elections for June.")).toEqual([
      ["June", "2003-06"],
    ]);
  });

  it("may have passed when a past perfect reports the plan", () => {
    expect(
      dates(WEDNESDAY, "Opposition parties had called a strike for Friday, but it was cancelled."),
    ).toEqual([["Friday", "2003-03-14"]]);
    expect(
      dates(WEDNESDAY, "Opposition parties had called a strike for Monday, but few joined it."),
    ).toEqual([["Monday", "2003-03-10"]]);
  });
});

describe("the end of a stretch told in the past (“the talks ran until Tuesday”)", () => {
  it("lies before the article", () => {
    expect(dates(WEDNESDAY, "The talks ran until Tuesday.")).toEqual([["Tuesday", "2003-03-11"]]);
    expect(dates(WEDNESDAY, "The festival lasted until March 2.")).toEqual([
      ["March 2", "2003-03-02"],
    ]);
    expect(dates(WEDNESDAY, "He served as mayor until June 30.")).toEqual([
      ["June 30", "2002-06-30"],
    ]);
  });

  it("leaves a deadline ahead and a present stretch as they were", () => {
    expect(dates(WEDNESDAY, "The talks were postponed until Tuesday.")).toEqual([
      ["Tuesday", "2003-03-18"],
    ]);
    expect(dates(WEDNESDAY, "The exhibition runs until 12 May.")).toEqual([
      ["12 May", "2003-05-12"],
    ]);
  });
});

describe("termVerb", () => {
  it("names what the verb before the date's preposition does", () => {
    expect(termVerb(["the", "vote", "was", "postponed", "to"])).toBe("moved");
    expect(termVerb(["the", "final", "was", "brought", "forward", "to"])).toBe("moved");
    expect(termVerb(["they", "called", "a", "general", "strike", "for"])).toBe("set");
    expect(termVerb(["the", "rally", "lasted", "until"])).toBe("lasted");
    // A place after "moved to", "set aside … for", "called for": no time set.
    expect(termVerb(["he", "brought", "the", "papers", "to"])).toBeUndefined();
    expect(termVerb(["they", "set", "aside", "money", "for"])).toBeUndefined();
    expect(termVerb(["the", "union", "called", "for"])).toBeUndefined();
    expect(termVerb(["he", "said", "it", "would", "meet"])).toBeUndefined();
  });
});

describe("a court's order to appear (“remanded to appear on March 19”)", () => {
  it("is a date ahead", () => {
    expect(dates(WEDNESDAY, "He was remanded in custody to appear again on Friday.")).toEqual([
      ["Friday", "2003-03-14"],
    ]);
    expect(dates(WEDNESDAY, "She was bailed to return on March 20.")).toEqual([
      ["March 20", "2003-03-20"],
    ]);
  });
});

describe("an event named by its day that a run-up or an eve leads to", () => {
  it("lies ahead", () => {
    expect(dates(WEDNESDAY, "Tension rose in the run-up to Sunday's vote.")).toEqual([
      ["Sunday", "2003-03-16"],
    ]);
    expect(dates(WEDNESDAY, "Fans gathered on the eve of Saturday's final.")).toEqual([
      ["Saturday", "2003-03-15"],
    ]);
  });
});
