/**
 * "the coming week", "the coming weekend", "the coming month" (session 20): the next such unit,
 * which chrono does not read; made-up sentences. 6 February 2025 was a Thursday.
 */
import { describe, expect, it } from "vitest";
import type { Sentence } from "../../../src/model/analysis.js";
import { findDates } from "../../../src/nlp/dates/dates.js";

const sentences = (...texts: string[]): Sentence[] =>
  texts.map((text, index) => ({ index, para: index + 1, text }));
const spans = (stated: string, ...texts: string[]) =>
  findDates(sentences(...texts), stated).dates.map((d) => [d.stated, d.date, d.end]);
const THURSDAY = "2025-02-06";

describe("“the coming week” is next week", () => {
  it("the week, the weekend and the month ahead", () => {
    expect(spans(THURSDAY, "Letters will go out to residents in the coming week.")).toEqual([
      ["the coming week", "2025-02-10", "2025-02-16"],
    ]);
    expect(spans(THURSDAY, "Talks will resume over the coming weekend.")).toEqual([
      ["the coming weekend", "2025-02-08", "2025-02-09"],
    ]);
    expect(spans(THURSDAY, "Prices will rise in the coming month.")).toEqual([
      ["the coming month", "2025-03", undefined],
    ]);
  });

  it("but not “the coming weeks”, a vague stretch ahead", () => {
    expect(spans(THURSDAY, "A decision is expected in the coming weeks.")).toEqual([]);
  });
});
