/**
 * Dates as other house styles write them (session 12): ordinal days, "December the 3rd",
 * "February in 1974", "10 years ago, on …", "that month" after a comparison, numeric dates
 * whose order nothing decides. Made-up sentences; 7 December 2026 was a Monday.
 */
import { describe, expect, it } from "vitest";
import type { Sentence } from "../../src/model/analysis.js";
import { findDates } from "../../src/nlp/dates/dates.js";
import { dayFirstByAddress } from "../../src/nlp/dates/numeric-order.js";

const sentences = (...texts: string[]): Sentence[] =>
  texts.map((text, index) => ({ index, para: index + 1, text }));
const MONDAY = "2026-12-07";
const read = (stated: string | undefined, ...texts: string[]) =>
  findDates(sentences(...texts), stated).dates.map((d) => [d.stated, d.date]);

describe("a day of the month written as an ordinal alone", () => {
  it("is the day of the month named before it", () => {
    expect(
      read(MONDAY, "Talks began on November 12.", "On the 15th, the union walked out."),
    ).toEqual([
      ["November 12", "2026-11-12"],
      ["the 15th", "2026-11-15"],
    ]);
  });

  it("with no month named, is the article's month's day the tense points at", () => {
    expect(read(MONDAY, "The council voted on the 3rd to close the library.")).toEqual([
      ["the 3rd", "2026-12-03"],
    ]);
    expect(read(MONDAY, "The council voted on the 20th to close the library.")).toEqual([
      ["the 20th", "2026-11-20"],
    ]);
    expect(read(MONDAY, "The library will close on the 4th.")).toEqual([["the 4th", "2027-01-04"]]);
  });

  it("is not a century, a floor, an anniversary or a regiment", () => {
    expect(read(MONDAY, "The church was built in the 15th century.")).toEqual([
      ["15th century", "1400"],
    ]);
    expect(read(MONDAY, "They met on the 3rd floor of the building in March.")).toEqual([
      ["March", "2026-03"],
    ]);
    expect(read(MONDAY, "Troops from the 3rd Battalion arrived on Friday.")).toEqual([
      ["Friday", "2026-12-04"],
    ]);
    expect(read(MONDAY, "The couple marked their 25th anniversary in June.")).toEqual([
      ["June", "2026-06"],
    ]);
  });

  it("a rank is no date: “ranked between the 30th and 95th in the world”", () => {
    expect(
      read(
        MONDAY,
        "Talks began on November 12.",
        "Her rivals are ranked between the 30th and 95th in the world.",
      ),
    ).toEqual([["November 12", "2026-11-12"]]);
    expect(
      read(MONDAY, "Talks began on November 12.", "Talks ran between the 15th and the 19th."),
    ).toEqual([
      ["November 12", "2026-11-12"],
      ["the 15th", "2026-11-15"],
      ["the 19th", "2026-11-19"],
    ]);
  });

  it("“on the 9th and 10th”: two days", () => {
    expect(read(MONDAY, "The minister will visit on the 9th and 10th.")).toEqual([
      ["the 9th", "2026-12-09"],
      ["10th", "2026-12-10"],
    ]);
  });

  it("an ordinal with the wrong suffix is no date", () => {
    expect(
      read(MONDAY, "Talks began on November 12.", "On the 15st, the union walked out."),
    ).toEqual([["November 12", "2026-11-12"]]);
  });

  it("“December the 3rd” is the 3rd of December", () => {
    expect(read(MONDAY, "He died on December the 3rd.")).toEqual([
      ["December the 3rd", "2026-12-03"],
    ]);
  });
});

describe("a month and the year it is in", () => {
  it("“February in 1974” is one date", () => {
    expect(read(MONDAY, "In February in 1974, the miners went on strike.")).toEqual([
      ["February in 1974", "1974-02"],
    ]);
  });
  it("a month beside a year of something else stays two dates", () => {
    expect(read(MONDAY, "In June, sales in 2025 terms fell.").length).toBeGreaterThanOrEqual(1);
  });
});

describe("the article's time from “N years ago, on …”", () => {
  it("an undated article that says “ten years ago, on 1 February 1995” is written in 2005", () => {
    const r = findDates(
      sentences(
        "The singer vanished 10 years ago, on 1 February 1995.",
        "Fans held a vigil in January.",
      ),
      undefined,
    );
    expect(r.referenceDate?.slice(0, 4)).toBe("2005");
    expect(r.dates.map((d) => d.date)).not.toContain("1996-01");
  });
});

describe("“that month” after a comparison", () => {
  it("points at the month compared, not at the one it is compared with", () => {
    expect(
      read(
        "2016-04-10",
        "The calendar looks better for him in May than in late April.",
        "He is likely to win contests that month.",
      ),
    ).toContainEqual(["that month", "2016-05"]);
  });
  it("still points at the last month named when there is no comparison", () => {
    expect(
      read(
        "2016-04-10",
        "Prices rose in February and in March.",
        "That month, the bank raised rates.",
      ),
    ).toContainEqual(["That month", "2016-03"]);
  });
});

describe("numeric dates whose order nothing decides", () => {
  it("keep only their year", () => {
    expect(read(MONDAY, "The law came into force on 07/12/2026.")).toEqual([
      ["07/12/2026", "2026"],
    ]);
  });
  it("are read in the publisher's country's order when its address gives it", () => {
    const dayFirst = (url: string) =>
      findDates(
        sentences("The law came into force on 07/11/2026."),
        MONDAY,
        undefined,
        dayFirstByAddress(url),
      ).dates[0]?.date;
    expect(dayFirst("https://news.example.co.uk/a")).toBe("2026-11-07");
    expect(dayFirst("https://example.com.au/story")).toBe("2026-11-07");
    expect(dayFirst("https://www.example.us/story")).toBe("2026-07-11");
    expect(dayFirst("https://www.example.com/story")).toBe("2026");
  });
  it("an unambiguous one is read as written", () => {
    expect(read(MONDAY, "The law came into force on 25/11/2026.")).toEqual([
      ["25/11/2026", "2026-11-25"],
    ]);
    expect(read(MONDAY, "The law came into force on 11/25/2026.")).toEqual([
      ["11/25/2026", "2026-11-25"],
    ]);
  });
});

describe("two days of one month", () => {
  it("“on December 7 and 8”: the second day is in the first one's year", () => {
    expect(read("2026-12-07", "The summit ran on December 7 and 9.")).toEqual([
      ["December 7", "2026-12-07"],
      ["9", "2026-12-09"],
    ]);
  });
});

describe("an ordinal day of a month counted from the article's", () => {
  it("“the 1st of this month”, “the 15th of next month”", () => {
    expect(read(MONDAY, "The ban was lifted on the 1st of this month.")).toEqual([
      ["the 1st of this month", "2026-12-01"],
    ]);
    expect(read(MONDAY, "The ban will be lifted on the 15th of next month.")).toEqual([
      ["the 15th of next month", "2027-01-15"],
    ]);
  });
});

describe("the article's time, from dates that lie ahead", () => {
  it("what is looked ahead to, and a period of accounts ending in the present tense, do not date an undated article", () => {
    const r = findDates(
      sentences(
        "The airline reported its results for the three months to 31 December 2004.",
        "Looking ahead to its full-year results to March 2005, the airline warned that fares would fall.",
        "For the year to March 2005, the revenue outlook is better.",
        "Passenger numbers rose in January.",
      ),
      undefined,
    );
    expect(r.referenceDate).toBe("2004-12-31");
    expect(r.dates.find((d) => d.stated === "January")?.date).toBe("2005-01");
  });
});
