/**
 * How a date is placed against the publication day or another date (session 18): made-up
 * sentences, one general rule each. 24 February 2000 was a Thursday; 30 October 1989 a Monday.
 */
import { describe, expect, it } from "vitest";
import type { Sentence } from "../../../src/model/analysis.js";
import { findDates } from "../../../src/nlp/dates/dates.js";

const sentences = (...texts: string[]): Sentence[] =>
  texts.map((text, index) => ({ index, para: index + 1, text }));
const found = (stated: string, ...texts: string[]) => findDates(sentences(...texts), stated);
const dates = (stated: string, ...texts: string[]) =>
  found(stated, ...texts).dates.map((d) => [d.stated, d.date, d.end]);
const THURSDAY = "2000-02-24";
const MONDAY = "1989-10-30";

describe("the day before or after a day named (“the day before Tuesday's hearing”)", () => {
  it("is the day named, moved by one", () => {
    expect(
      dates(THURSDAY, "The day before Tuesday's hearing, the uncle called at the house."),
    ).toEqual([["The day before Tuesday", "2000-02-21", undefined]]);
    expect(dates(THURSDAY, "The minister quit the day before last Tuesday's vote.")).toEqual([
      ["the day before last Tuesday", "2000-02-21", undefined],
    ]);
    expect(dates(THURSDAY, "The strike began a day after Monday's talks broke down.")).toEqual([
      ["a day after Monday", "2000-02-22", undefined],
    ]);
    expect(dates(THURSDAY, "Voters queued the day before Feb. 10, officials said.")).toEqual([
      ["the day before Feb. 10", "2000-02-09", undefined],
    ]);
  });

  it("leaves “the day before yesterday” and a bare “the day after” as they were", () => {
    expect(dates(THURSDAY, "The firm sold the plant the day before yesterday.")).toEqual([
      ["day before yesterday", "2000-02-22", undefined],
    ]);
    expect(dates(THURSDAY, "The talks collapsed the day after.")).toEqual([]);
  });
});

describe("“the last week” is the seven days up to now, as “the past week” is", () => {
  it("is no calendar week (a stretch of time), but “last week” is", () => {
    const r = found(THURSDAY, "Prices rose sharply in the last week.");
    expect(r.dates).toEqual([]);
    expect(r.timeMentions.map((t) => t.stated)).toEqual(["last week"]);
    expect(dates(THURSDAY, "Prices rose sharply last week.")).toEqual([
      ["last week", "2000-02-14", "2000-02-20"],
    ]);
  });
});

describe("a plan told in the past perfect (“had been due to expire Friday”)", () => {
  it("takes the nearest such day, as a plan told with “was” does", () => {
    expect(dates(MONDAY, "The offer had been due to expire Friday.")).toEqual([
      ["Friday", "1989-10-27", undefined],
    ]);
    expect(dates(MONDAY, "The vote had previously been scheduled for Friday.")).toEqual([
      ["Friday", "1989-10-27", undefined],
    ]);
    // A plan still standing looks ahead.
    expect(dates(MONDAY, "The vote has been scheduled for Friday.")).toEqual([
      ["Friday", "1989-11-03", undefined],
    ]);
  });
});

describe("a subject and its present verb put a weekday ahead (“The team leaves for Moscow Tuesday”)", () => {
  const THU = "1989-11-02";
  it("an -s verb after a singular subject, a base form after a plural one: the coming day", () => {
    expect(dates(THU, "The team leaves for Moscow Tuesday.")).toEqual([
      ["Tuesday", "1989-11-07", undefined],
    ]);
    expect(dates(THU, "The president heads to Tokyo on Tuesday.")).toEqual([
      ["Tuesday", "1989-11-07", undefined],
    ]);
    expect(dates(THU, "Talks resume Tuesday in Geneva.")).toEqual([
      ["Tuesday", "1989-11-07", undefined],
    ]);
    expect(dates(THU, "The jury resumes deliberations Tuesday.")).toEqual([
      ["Tuesday", "1989-11-07", undefined],
    ]);
    // A gerund subject, its verb more often a verb than a noun.
    expect(dates(THU, "Trading resumes Tuesday.")).toEqual([["Tuesday", "1989-11-07", undefined]]);
  });

  it("a month so told may be the one just gone: the nearest (“Stock prices in October”, no verb)", () => {
    expect(dates(THU, "Stock prices in October.")).toEqual([["October", "1989-10", undefined]]);
  });

  it("not a noun before an auxiliary (“Oil prices have come down since Tuesday”)", () => {
    expect(dates(THU, "Oil prices have come down since Tuesday.")).toEqual([
      ["Tuesday", "1989-10-31", undefined],
    ]);
    expect(dates(THU, "The team left for Moscow Tuesday.")).toEqual([
      ["Tuesday", "1989-10-31", undefined],
    ]);
  });
});

describe("a date inside what was said is the time of that, not of the saying", () => {
  const AUG = "1990-08-16";
  it("an “of” phrase, a plan “for”, the object of a verb of foretelling: the nearest year", () => {
    expect(
      dates(AUG, "The kingdom told oil firms of a cutback in its supply in September."),
    ).toEqual([["September", "1990-09", undefined]]);
    expect(dates(AUG, "The government warned of shortages in September.")).toEqual([
      ["September", "1990-09", undefined],
    ]);
    expect(dates(AUG, "Analysts predicted a rebound in September.")).toEqual([
      ["September", "1990-09", undefined],
    ]);
    expect(dates(AUG, "The bank announced plans for a share sale in September.")).toEqual([
      ["September", "1990-09", undefined],
    ]);
  });

  it("not the saying's own time, nor an “of” inside a clause or phrase of its own", () => {
    expect(dates(AUG, "The company announced a loss in September.")).toEqual([
      ["September", "1989-09", undefined],
    ]);
    expect(
      dates(AUG, "The bank said that at the close of business in September, its loans had grown."),
    ).toEqual([["September", "1989-09", undefined]]);
  });
});

describe("a decision with a phrase of when it was taken before its “to” (“agreed at their June meeting to meet in October”)", () => {
  it("the act decided may lie ahead: the nearest year", () => {
    expect(
      dates("1990-08-16", "The ministers agreed at their June meeting to meet again in October."),
    ).toEqual([
      ["June", "1990-06", undefined],
      ["October", "1990-10", undefined],
    ]);
    expect(
      dates("1990-08-16", "The board decided last week to close the plant in October."),
    ).toEqual([
      ["last week", "1990-08-06", "1990-08-12"],
      ["October", "1990-10", undefined],
    ]);
  });
});
