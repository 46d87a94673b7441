/**
 * Spans as news writes them (session 17): days joined by an en dash or "through", days of two
 * months joined by a dash, "24 to 26 December" without "from", years and months joined by "to"
 * or "through" without "from". Made-up sentences; 7 December 2026 was a Monday.
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

describe("a span of days", () => {
  it("joined by an en dash, spaced or not, as by a hyphen", () => {
    expect(read(MONDAY, "The fair ran Oct. 3–5.")).toEqual([
      ["Oct. 3–5", "2026-10-03", "2026-10-05"],
    ]);
    expect(read(MONDAY, "The fair ran Oct. 3 – 5.")).toEqual([
      ["Oct. 3 – 5", "2026-10-03", "2026-10-05"],
    ]);
  });

  it("“October 10 through 14”: the days after the month are days, not hours", () => {
    expect(read(MONDAY, "The poll was taken October 10 through 14.")).toEqual([
      ["October 10 through 14", "2026-10-10", "2026-10-14"],
    ]);
  });

  it("“24 to 26 October”, “3rd to 5th March”: a span without “from”", () => {
    expect(read(MONDAY, "The depot closed for the holiday, 24 to 26 October.")).toEqual([
      ["24 to 26 October", "2026-10-24", "2026-10-26"],
    ]);
    expect(read(MONDAY, "The fair ran 3rd to 5th March.")).toEqual([
      ["3rd to 5th March", "2026-03-03", "2026-03-05"],
    ]);
  });

  it("days of two months joined by a dash", () => {
    expect(read(MONDAY, "The fair ran Sept. 1-Oct. 15.")).toEqual([
      ["Sept. 1-Oct. 15", "2026-09-01", "2026-10-15"],
    ]);
    expect(read(MONDAY, "The tournament was held May 30-June 2.")).toEqual([
      ["May 30-June 2", "2026-05-30", "2026-06-02"],
    ]);
    expect(read(MONDAY, "The tournament was held on 30 May–2 June.")).toEqual([
      ["30 May–2 June", "2026-05-30", "2026-06-02"],
    ]);
    expect(read(MONDAY, "The scheme ran 1 January – 31 March 2025.")).toEqual([
      ["1 January – 31 March 2025", "2025-01-01", "2025-03-31"],
    ]);
  });
});

describe("a span of years or months joined by a word, without “from”", () => {
  it("years", () => {
    expect(read(MONDAY, "The spending plans cover 2027 to 2031.")).toEqual([
      ["2027 to 2031", "2027", "2031"],
    ]);
    expect(read(MONDAY, "The scheme ran from 2010 through 2014.")).toEqual([
      ["2010 through 2014", "2010", "2014"],
    ]);
    expect(read(MONDAY, "The plan covers the years 2027 to 2030.")).toEqual([
      ["2027 to 2030", "2027", "2030"],
    ]);
  });

  it("but not two years listed, nor a count", () => {
    expect(read(MONDAY, "Deliveries are due in 2027 or 2028.")).toEqual([
      ["2027", "2027"],
      ["2028", "2028"],
    ]);
    expect(read(MONDAY, "Membership rose 1900 to 2100 people.")).toEqual([]);
  });

  it("months", () => {
    expect(read(MONDAY, "The museum was closed June to August.")).toEqual([
      ["June to August", "2026-06", "2026-08"],
    ]);
    expect(read(MONDAY, "He was in office March through May 2019.")).toEqual([
      ["March through May 2019", "2019-03", "2019-05"],
    ]);
  });
});

describe("months counted from a year's edge", () => {
  it("“the first nine months of 2025”, “the last three months of last year”: the months counted", () => {
    expect(read(MONDAY, "Exports rose in the first nine months of 2025.")).toEqual([
      ["the first nine months of 2025", "2025-01", "2025-09"],
    ]);
    expect(read(MONDAY, "Exports fell in the last three months of last year.")).toEqual([
      ["the last three months of last year", "2025-10", "2025-12"],
    ]);
    expect(read(MONDAY, "Sales rose 4% in the first 10 months.")).toEqual([
      ["the first 10 months", "2026-01", "2026-10"],
    ]);
  });

  it("not the months of a term, nor the last months up to now", () => {
    expect(read(MONDAY, "He achieved little in the first six months of his term.")).toEqual([]);
    expect(read(MONDAY, "Sales have risen over the last eight months.")).toEqual([]);
  });

  it("as an undated article's anchor, say no more than their year", () => {
    expect(
      read(
        undefined,
        "Sales rose in the last three months of 2025.",
        "The game came out in November.",
      ),
    ).toEqual([["the last three months of 2025", "2025-10", "2025-12"]]);
  });
});
