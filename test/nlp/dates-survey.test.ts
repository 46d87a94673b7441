/**
 * Date forms from the session-19 survey of how news writes dates (s19-dforms): made-up sentences,
 * each for one general rule. 9 June 1983 was a Thursday; 12 March 2025 a Wednesday.
 */
import { describe, expect, it } from "vitest";
import type { Sentence } from "../../src/model/analysis.js";
import { findDates } from "../../src/nlp/dates/dates.js";

const sentences = (...texts: string[]): Sentence[] =>
  texts.map((text, index) => ({ index, para: index + 1, text }));
const lines = (stated: string, ...texts: string[]) =>
  findDates(sentences(...texts), stated).dates.map(
    (d) => `${d.stated}: ${d.end ? `${d.date}…${d.end}` : d.date}`,
  );
const THURSDAY = "1983-06-09";

describe("a score or a vote before a weekday is not the weekday's", () => {
  it("“voted 22-11 Wednesday night”, “ruled 7 to 2 Monday”", () => {
    expect(lines(THURSDAY, "The committee voted 22-11 Wednesday night to cut the levy.")).toEqual([
      "Wednesday: 1983-06-08",
    ]);
    expect(lines(THURSDAY, "The court ruled 7 to 2 Monday that the law stands.")).toEqual([
      "Monday: 1983-06-06",
    ]);
  });
});

describe("a week after the coming weekday", () => {
  const WEDNESDAY = "2025-03-12";
  it("“a week on Saturday” (British), “a week from Friday” (American), as “Saturday week”", () => {
    expect(lines(WEDNESDAY, "The cup tie is a week on Saturday.")).toEqual([
      "a week on Saturday: 2025-03-22",
    ]);
    expect(lines(WEDNESDAY, "The board meets a week from Friday.")).toEqual([
      "a week from Friday: 2025-03-21",
    ]);
  });
});

describe("a place inside a country names the country, for its holidays and seasons", () => {
  it("“Ohio” dates Memorial Day by the US rule; “New South Wales” gives southern seasons", () => {
    expect(
      lines(THURSDAY, "Some 90,000 workers in Ohio have lost their benefits since Memorial Day."),
    ).toEqual(["Memorial Day: 1983-05-30"]);
    expect(
      lines("2024-07-03", "Farmers in New South Wales say this winter is the wettest in years."),
    ).toEqual(["this winter: 2024-06…2024-08"]);
  });

  it("a name the place holds is not counted again (“New South Wales” is not “Wales”)", () => {
    expect(lines("2024-07-03", "Wales and New South Wales both had rain this winter.")).toEqual([
      "this winter: 2024-12…2025-02",
    ]);
  });
});

describe("the day next to a holiday", () => {
  it("“the day before Thanksgiving” (a US state named), “the day after Christmas”", () => {
    expect(
      lines("2025-01-09", "Clerks in Arizona found the error the day before Thanksgiving."),
    ).toEqual(["the day before Thanksgiving: 2024-11-27"]);
    expect(lines("2025-01-09", "The shop reopened the day after Christmas.")).toEqual([
      "the day after Christmas: 2024-12-26",
    ]);
  });
});

describe("a capitalised word glued before a holiday's name makes another feast", () => {
  it("“Chinese New Year's Eve”, “Orthodox Christmas” are not 31 December or 25 December", () => {
    // (Session 20: Chinese New Year is dated by date-holidays' days; its Eve is the day before.)
    expect(lines("2025-01-22", "Families will gather on Chinese New Year's Eve.")).toEqual([
      "Chinese New Year's Eve: 2025-01-28",
    ]);
    expect(lines("2025-01-22", "The Orthodox Christmas falls later.")).toEqual([]);
  });

  it("but a title-case headline's small word is no part of a name", () => {
    expect(lines("2025-01-22", "Shoppers Flock To Stores On Boxing Day")).toEqual([
      "Boxing Day: 2024-12-26",
    ]);
  });
});
