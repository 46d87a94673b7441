/**
 * Date forms of session 14: years written with their last two digits ("in '96", "Nov. '97").
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

describe("a year written with its last two digits", () => {
  it("after a word that makes it a date: “in '96”, “since ’89”, “the class of '04”", () => {
    expect(read(MONDAY, "The mill closed in '96.")).toEqual([["'96", "1996"]]);
    expect(read(MONDAY, "Rents have doubled since ’89.")).toEqual([["’89", "1989"]]);
    expect(read(MONDAY, "She was one of the class of '04.")).toEqual([["'04", "2004"]]);
    expect(read(MONDAY, "The choir toured in '96 and '97.")).toEqual([
      ["'96", "1996"],
      ["'97", "1997"],
    ]);
  });

  it("after a month or a day: “Nov. '97”, “June 3, ’04”", () => {
    expect(read(MONDAY, "The ferry sank in Nov. '97.")).toEqual([["Nov. '97", "1997-11"]]);
    expect(read(MONDAY, "The ferry sank on June 3, ’04.")).toEqual([["June 3, ’04", "2004-06-03"]]);
  });

  it("not a quotation that opens with a number, nor a count after a month and a comma", () => {
    expect(read(MONDAY, "He wrote '96 bottles of ink' on the wall.")).toEqual([]);
    expect(read(MONDAY, "In May, '96 Tears' topped the chart.")).toEqual([["May", "2026-05"]]);
  });
});

describe("a name's plural present, as British news writes a team's or a country's verb", () => {
  // 9 March 2025 was a Sunday.
  const SUNDAY = "2025-03-09";
  it("“Harwick host Castleford on Tuesday”: the coming day", () => {
    expect(read(SUNDAY, "Dunmore host Kelso Rovers on Tuesday.")).toEqual([
      ["Tuesday", "2025-03-11"],
    ]);
    expect(read(SUNDAY, "Norland meet Vespia on Saturday.")).toEqual([["Saturday", "2025-03-15"]]);
    expect(read(SUNDAY, "Dunmore travel to Kelso on Wednesday night.")).toEqual([
      ["Wednesday night", "2025-03-12"],
    ]);
  });

  it("not a base that may be a past, nor a name and a noun before a verb after the day", () => {
    expect(read(SUNDAY, "Dunmore beat Kelso Rovers on Tuesday.")).toEqual([
      ["Tuesday", "2025-03-04"],
    ]);
    expect(read(SUNDAY, "Dunmore boss Ann Reid on Tuesday admitted defeat.")).toEqual([
      ["Tuesday", "2025-03-04"],
    ]);
  });
});

describe("the dates of a headline the body repeated at its top", () => {
  const withHeadline = (headline: string, ...texts: string[]) =>
    findDates(sentences(...texts), MONDAY, undefined, undefined, headline).dates.map((d) => [
      d.stated,
      d.date,
      d.headline ?? false,
    ]);
  it("are the article's, unless a sentence gives the same date", () => {
    expect(
      withHeadline("Voters queued for hours on Saturday.", "The count went on all night."),
    ).toEqual([["Saturday", "2026-12-05", true]]);
    expect(
      withHeadline("Voters queued for hours on Saturday.", "Polls closed late on Saturday."),
    ).toEqual([["Saturday", "2026-12-05", false]]);
  });
});
