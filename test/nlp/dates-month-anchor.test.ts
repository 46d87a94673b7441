import { describe, expect, it } from "vitest";
import type { Sentence } from "../../src/model/analysis.js";
import { findDates } from "../../src/nlp/dates/dates.js";

const sentences = (...texts: string[]): Sentence[] =>
  texts.map((text, index) => ({ index, para: index + 1, text }));
const TEXT = [
  "The harbour board met on Tuesday and voted to close the old quay to lorries.",
  "Traffic fell sharply last month, the board said, and the quay will reopen next year.",
  "Last week a ferry ran aground.",
];
const placed = (stated: string) =>
  Object.fromEntries(findDates(sentences(...TEXT), stated).dates.map((d) => [d.stated, d.date]));

describe("a publication month or year only (a magazine's issue, made-up)", () => {
  it("resolves what needs only the month or the year, and leaves what needs the day unplaced", () => {
    const month = findDates(sentences(...TEXT), "1989-03");
    expect(month.referenceDate).toBe("1989-03");
    expect(month.referenceDateSource).toBe("stated");
    expect(placed("1989-03")).toEqual({ "last month": "1989-02", "next year": "1990" });
  });

  it("a season's year gives the year only", () => {
    expect(findDates(sentences(...TEXT), "1993").referenceDate).toBe("1993");
    expect(placed("1993")).toEqual({ "next year": "1994" });
  });
});
