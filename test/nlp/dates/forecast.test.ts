/**
 * A forecast's "to" ("footfall forecast to peak in mid-December", "is projected to fall in
 * March") looks ahead, as "expected to" does (session 19). Made-up sentences; 20 November 2024
 * was a Wednesday.
 */
import { describe, expect, it } from "vitest";
import { findDates } from "../../../src/nlp/dates/dates.js";

const dates = (stated: string, text: string) =>
  findDates([{ index: 0, para: 1, text }], stated).dates.map((d) => [d.stated, d.date]);
const WEDNESDAY = "2024-11-20";

describe("a forecast of what is to come", () => {
  it("places a year-less month ahead", () => {
    expect(dates(WEDNESDAY, "Sales are projected to fall in March.")).toEqual([
      ["March", "2025-03"],
    ]);
    expect(dates(WEDNESDAY, "Inflation was forecast to ease in March, the bank said.")).toEqual([
      ["March", "2025-03"],
    ]);
    expect(dates(WEDNESDAY, "The striker is tipped to return in February.")).toEqual([
      ["February", "2025-02"],
    ]);
  });
});
