/**
 * Months, years and days named one after the other and joined by "and" are one span, as the
 * dates conventions read "April and May", "In 2020 and 2021" and "27 and 28 August" (session 19,
 * s19-dforms): made-up sentences. 3 July 2024 was a Wednesday.
 */
import { describe, expect, it } from "vitest";
import type { Sentence } from "../../src/model/analysis.js";
import { findDates } from "../../src/nlp/dates/dates.js";

const sentences = (...texts: string[]): Sentence[] =>
  texts.map((text, index) => ({ index, para: index + 1, text }));
const lines = (stated: string, text: string) =>
  findDates(sentences(text), stated).dates.map(
    (d) => `${d.stated}: ${d.end ? `${d.date}…${d.end}` : d.date}`,
  );
const WEDNESDAY = "2024-07-03";

describe("consecutive months, years and days joined by “and”", () => {
  it("two months in a row, and a list of three", () => {
    expect(lines(WEDNESDAY, "The ferry will run extra sailings in October and November.")).toEqual([
      "October and November: 2024-10…2024-11",
    ]);
    expect(lines(WEDNESDAY, "Lake levels fell in January, February and March.")).toEqual([
      "January, February and March: 2024-01…2024-03",
    ]);
  });

  it("the year written with the last is the span's: “July and August last year”, “December 2023 and January 2024”", () => {
    expect(lines(WEDNESDAY, "Dockers struck in July and August last year.")).toEqual([
      "July and August last year: 2023-07…2023-08",
    ]);
    expect(lines(WEDNESDAY, "The mill shut in December 2023 and January 2024.")).toEqual([
      "December 2023 and January 2024: 2023-12…2024-01",
    ]);
  });

  it("two years in a row, and two days in a row", () => {
    expect(lines(WEDNESDAY, "Fares were frozen in 2020 and 2021.")).toEqual([
      "2020 and 2021: 2020…2021",
    ]);
    expect(lines(WEDNESDAY, "The regatta was held on 27 and 28 April.")).toEqual([
      "27 and 28 April: 2024-04-27…2024-04-28",
    ]);
  });

  it("not with a gap: “in March and October”, “in 2016 and 2020”, “2019, 2020 and 2022”", () => {
    expect(lines(WEDNESDAY, "The council met in March and October.")).toEqual([
      "October: 2023-10",
      "March: 2024-03",
    ]);
    expect(lines(WEDNESDAY, "She was elected in 2016 and 2020.")).toEqual([
      "2016: 2016",
      "2020: 2020",
    ]);
    expect(lines(WEDNESDAY, "Floods came in 2019, 2020 and 2022.")).toEqual([
      "2019: 2019",
      "2020: 2020",
      "2022: 2022",
    ]);
  });
});
