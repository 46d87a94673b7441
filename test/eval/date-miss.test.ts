import { describe, expect, it } from "vitest";
import {
  categoryCounts,
  dateForm,
  formCounts,
  missCategory,
  timemlValue,
} from "../support/eval/date-miss.js";

describe("date miss categories (eval category lines)", () => {
  it("sorts a wrong value by its shape", () => {
    expect(missCategory({ date: "2024-03-03" }, { date: "2024-03-03", end: "2024-03-05" })).toBe(
      "range as one date",
    );
    expect(missCategory({ date: "2024-03", end: "2024-05" }, { date: "2024-03" })).toBe(
      "one date as range",
    );
    expect(
      missCategory({ date: "2024-03", end: "2024-04" }, { date: "2024-03", end: "2024-05" }),
    ).toBe("range with a wrong bound");
    expect(missCategory({ date: "2023-06-01" }, { date: "2024-06-01" })).toBe("year off");
    expect(missCategory({ date: "2023" }, { date: "2024" })).toBe("year off");
    expect(missCategory({ date: "2024-06-07" }, { date: "2024-06-14" })).toBe("off 1–7 days");
    expect(missCategory({ date: "2024-06-07" }, { date: "2024-06-15" })).toBe("off more");
    expect(missCategory({ date: "2024-12" }, { date: "2024" })).toBe("granularity differs");
    expect(missCategory({ date: "2024-W12" }, { date: "2024" })).toBe("other");
  });

  it("reads TimeML periods as ranges", () => {
    expect(timemlValue("1998-03-01")).toEqual({ date: "1998-03-01" });
    expect(timemlValue("1998-W12")).toEqual({ date: "1998-03-16", end: "1998-03-22" });
    expect(timemlValue("1998-Q2")).toEqual({ date: "1998-04", end: "1998-06" });
    expect(timemlValue("199")).toEqual({ date: "1990", end: "1999" });
    expect(timemlValue("PRESENT_REF")).toBeUndefined();
  });

  it("counts in a fixed order, without zeros", () => {
    expect(categoryCounts(["year off", "range as one date", "year off"])).toBe(
      "range as one date 1, year off 2",
    );
    expect(categoryCounts([])).toBe("none");
  });

  it("sorts a gold date's words by their form", () => {
    expect(dateForm("Aug. 7, 1998")).toBe("year written");
    expect(dateForm("fiscal '98")).toBe("year written");
    expect(dateForm("late Friday")).toBe("weekday");
    expect(dateForm("yesterday")).toBe("today/yesterday/tomorrow");
    expect(dateForm("this morning")).toBe("today/yesterday/tomorrow");
    expect(dateForm("two weeks ago")).toBe("ago");
    expect(dateForm("the next day")).toBe("anaphoric");
    expect(dateForm("a year earlier")).toBe("anaphoric");
    expect(dateForm("that year")).toBe("anaphoric");
    expect(dateForm("last week")).toBe("last/this/next unit");
    expect(dateForm("the current fiscal year")).toBe("last/this/next unit");
    expect(dateForm("Oct. 12")).toBe("month day");
    expect(dateForm("early March")).toBe("month");
    expect(dateForm("year-end")).toBe("other");
    expect(formCounts(["month", "weekday", "month"])).toBe("weekday 1, month 2");
    expect(formCounts([])).toBe("none");
  });
});
