/**
 * A figure shaped like a clock time before a date's words ("earnings of $1.50 last year"):
 * chrono reads "1.50 last year" as a time; the date is the words after the figure (session 19).
 * Made-up sentences; 26 October 1989 was a Thursday.
 */
import { describe, expect, it } from "vitest";
import { findDates } from "../../../src/nlp/dates/dates.js";

const dates = (stated: string, text: string) =>
  findDates([{ index: 0, para: 1, text }], stated).dates.map((d) => [d.stated, d.date]);
const THURSDAY = "1989-10-26";

describe("a price or rate shaped like a clock time before a date", () => {
  it("leaves the date its own words", () => {
    expect(dates(THURSDAY, "Earnings were $1.50 last year.")).toEqual([["last year", "1988"]]);
    expect(dates(THURSDAY, "Analysts expect earnings of $1.50 next year.")).toEqual([
      ["next year", "1990"],
    ]);
    expect(dates(THURSDAY, "The yield was 8.25 last month.")).toEqual([["last month", "1989-09"]]);
  });

  it("keeps a clock time's day", () => {
    expect(dates(THURSDAY, "The minister spoke at 10.30 today.")).toEqual([
      ["today", "1989-10-26"],
    ]);
  });
});
