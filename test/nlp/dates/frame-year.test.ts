/**
 * A year framing a sentence ("In 1998, …") gives its year to a year-less month told in the past
 * later in it, or opening the next sentence of the paragraph (session 19). Made-up sentences.
 */
import { describe, expect, it } from "vitest";
import type { Sentence } from "../../../src/model/analysis.js";
import { findDates } from "../../../src/nlp/dates/dates.js";

const DAY = "2003-03-12";
const dates = (...paras: string[][]) => {
  const sentences: Sentence[] = [];
  paras.forEach((texts, p) =>
    texts.forEach((text) => sentences.push({ index: sentences.length, para: p + 1, text })),
  );
  return findDates(sentences, DAY).dates.map((d) => [d.stated, d.date]);
};

describe("a year that frames a sentence", () => {
  it("is the year of a month told later in it, or opening the next sentence", () => {
    expect(dates(["In 1998, the mayor ran for governor and in November he lost."])).toEqual([
      ["1998", "1998"],
      ["November", "1998-11"],
    ]);
    expect(
      dates(["During 2001, the mill cut jobs.", "In May, it closed its second plant."]),
    ).toEqual([
      ["2001", "2001"],
      ["May", "2001-05"],
    ]);
  });

  it("leaves a month in a new paragraph, a future, or after another date as it was", () => {
    expect(dates(["In 1998, the mayor ran for governor."], ["In November, he lost."])).toEqual([
      ["1998", "1998"],
      ["November", "2002-11"],
    ]);
    expect(
      dates(["In 1998, the mayor ran for governor.", "He will run again in November."]),
    ).toEqual([
      ["1998", "1998"],
      ["November", "2003-11"],
    ]);
    expect(dates(["The company, founded in 1995, said in March that it would cut jobs."])).toEqual([
      ["1995", "1995"],
      ["March", "2003-03"],
    ]);
  });
});
