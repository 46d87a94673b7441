/**
 * Holidays whose day follows another calendar or a country's own rule (session 20), dated by
 * date-holidays' days for each year (holiday-data.ts): made-up sentences.
 */
import { describe, expect, it } from "vitest";
import type { Sentence } from "../../../src/model/analysis.js";
import { findDates } from "../../../src/nlp/dates/dates.js";

const sentences = (...texts: string[]): Sentence[] =>
  texts.map((text, index) => ({ index, para: index + 1, text }));
const dates = (stated: string, ...texts: string[]) =>
  findDates(sentences(...texts), stated).dates.map((d) => [d.stated, d.date]);

describe("a feast of another calendar is its day in that year", () => {
  it("a lunar or Islamic feast (“Hari Raya Puasa”, Chinese New Year, Matariki)", () => {
    expect(dates("2025-03-03", "Shops in Singapore will close early on Hari Raya Puasa.")).toEqual([
      ["Hari Raya Puasa", "2025-03-31"],
    ]);
    expect(dates("2025-01-10", "Families in Singapore will gather on Chinese New Year.")).toEqual([
      ["Chinese New Year", "2025-01-29"],
    ]);
    expect(dates("2024-09-05", "Gardeners in New Zealand have been busy since Matariki.")).toEqual([
      ["Matariki", "2024-06-28"],
    ]);
  });

  it("spelt with hyphens and another spelling of the Arabic article (“Eid-el-Fitr”)", () => {
    expect(dates("2024-04-05", "Traders in Nigeria expect big crowds before Eid-el-Fitr.")).toEqual(
      [["Eid-el-Fitr", "2024-04-10"]],
    );
  });

  it("its Eve is the day before (“Chinese New Year's Eve”)", () => {
    expect(
      dates("2025-01-10", "Families in Singapore will gather on Chinese New Year's Eve."),
    ).toEqual([["Chinese New Year's Eve", "2025-01-28"]]);
  });

  it("a full name after “this year's” is that year's feast, not a modifier", () => {
    expect(
      dates(
        "2024-04-05",
        "Nigeria declared two public holidays for this year's Eid-el-Fitr celebration.",
      ),
    ).toContainEqual(["Eid-el-Fitr", "2024-04-10"]);
  });
});

describe("a holiday a country keeps by its own rule", () => {
  it("a holiday moved to the Monday in some years is its own day (Australia Day)", () => {
    expect(
      dates("2024-10-14", "The club in Sydney will hold a members' day on Australia Day."),
    ).toEqual([["Australia Day", "2025-01-26"]]);
  });

  it("a holiday most of a country's provinces keep (Canada's Thanksgiving)", () => {
    expect(
      dates("2024-10-10", "The food bank in Ontario, Canada, will be closed on Thanksgiving."),
    ).toEqual([["Thanksgiving", "2024-10-14"]]);
  });
});
