/**
 * "two weeks ago", "a fortnight ago": the day that many weeks back (session 19), as "14 days ago"
 * is; a rough count stays the week it falls in. Made-up sentences; 12 March 2003 was a Wednesday.
 */
import { describe, expect, it } from "vitest";
import { findDates } from "../../../src/nlp/dates/dates.js";

const dates = (stated: string, text: string) =>
  findDates([{ index: 0, para: 1, text }], stated).dates.map((d) => [d.stated, d.date, d.end]);
const WEDNESDAY = "2003-03-12";

describe("weeks counted back from the article's day", () => {
  it("is the day that many weeks back", () => {
    expect(dates(WEDNESDAY, "The plant closed two weeks ago.")).toEqual([
      ["two weeks ago", "2003-02-26", undefined],
    ]);
    expect(dates(WEDNESDAY, "The minister resigned three weeks ago.")).toEqual([
      ["three weeks ago", "2003-02-19", undefined],
    ]);
    expect(dates(WEDNESDAY, "The council met a fortnight ago.")).toEqual([
      ["a fortnight ago", "2003-02-26", undefined],
    ]);
    expect(dates(WEDNESDAY, "The fire started 10 days ago.")).toEqual([
      ["10 days ago", "2003-03-02", undefined],
    ]);
  });

  it("keeps a rough count as the week it falls in", () => {
    expect(dates(WEDNESDAY, "The plant closed about two weeks ago.")).toEqual([
      ["about two weeks ago", "2003-02-24", "2003-03-02"],
    ]);
    expect(dates(WEDNESDAY, "The plant closed nearly two weeks ago.").map((d) => d[2])).toEqual([
      "2003-03-02",
    ]);
  });
});
