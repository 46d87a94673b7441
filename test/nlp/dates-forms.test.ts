/**
 * Date forms of session 13: counts ahead ("in two years"), rough counts back ("about a week
 * ago"), a quote's contracted present progressive ("I'm flying … on Tuesday"), and others.
 * Made-up sentences; 7 December 2026 was a Monday.
 */
import { describe, expect, it } from "vitest";
import type { Sentence } from "../../src/model/analysis.js";
import { findDates } from "../../src/nlp/dates/dates.js";

const sentences = (...texts: string[]): Sentence[] =>
  texts.map((text, index) => ({ index, para: index + 1, text }));
const MONDAY = "2026-12-07";
const read = (stated: string | undefined, ...texts: string[]) =>
  findDates(sentences(...texts), stated).dates.map((d) =>
    d.end ? [d.stated, d.date, d.end] : [d.stated, d.date],
  );
const durations = (stated: string | undefined, ...texts: string[]) =>
  findDates(sentences(...texts), stated).timeMentions.map((t) => t.stated);

describe("a count of units ahead: “in two years”", () => {
  it("with “time”, whatever the tense", () => {
    expect(read(MONDAY, "The new bridge opens in two years' time.")).toEqual([
      ["in two years' time", "2028"],
    ]);
    expect(read(MONDAY, "The depot will close in three weeks’ time.")).toEqual([
      ["in three weeks’ time", "2026-12-28", "2027-01-03"],
    ]);
  });

  it("without “time”, only in a clause that looks ahead", () => {
    expect(read(MONDAY, "The council will vote in 10 days.")).toEqual([
      ["in 10 days", "2026-12-17"],
    ]);
    expect(read(MONDAY, "The bakery doubled its sales in five years.")).toEqual([]);
    expect(durations(MONDAY, "The bakery doubled its sales in five years.")).toEqual([
      "in five years",
    ]);
  });

  it("not a stretch up to now: “the first time in five years”, “the highest in 20 years”", () => {
    expect(read(MONDAY, "It will be the first time in five years that the choir tours.")).toEqual(
      [],
    );
    expect(read(MONDAY, "Rents will reach their highest level in 20 years.")).toEqual([]);
  });
});

describe("a rough count back", () => {
  it("“a week or so ago”, “about two years ago”, “around three months ago”", () => {
    expect(read(MONDAY, "A week or so ago, the ferry broke down.")).toEqual([
      ["A week or so ago", "2026-11-30", "2026-12-06"],
    ]);
    expect(read(MONDAY, "The ferry broke down about two years ago.")).toEqual([
      ["about two years ago", "2024"],
    ]);
    expect(read(MONDAY, "Around three months ago the ferry broke down.")).toEqual([
      ["Around three months ago", "2026-09"],
    ]);
  });
});

describe("a contracted present progressive in a quote speaks of what is arranged", () => {
  it("“I'm flying … on Tuesday” is the coming Tuesday", () => {
    expect(read(MONDAY, "“I'm flying to Oslo on Tuesday,” the minister said.")).toEqual([
      ["Tuesday", "2026-12-08"],
    ]);
    expect(read(MONDAY, "“We’re meeting the growers on Friday,” she said.")).toEqual([
      ["Friday", "2026-12-11"],
    ]);
    expect(read(MONDAY, "“She's leaving on Friday,” he said.")).toEqual([["Friday", "2026-12-11"]]);
  });

  it("not “she's left” (has left) nor a past inside the quote", () => {
    expect(read(MONDAY, "“She's left on Friday,” he said.")).toEqual([["Friday", "2026-12-04"]]);
    expect(read(MONDAY, "“We're sure the lorry left on Tuesday,” he said.")).toEqual([
      ["Tuesday", "2026-12-01"],
    ]);
  });
});
