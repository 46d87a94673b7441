/**
 * Stretches named by the date that ends them or a day inside them, and weekdays that are the ends
 * of one span (session 18, s18-dforms): made-up sentences, each for one general rule.
 * 14 November 2024 was a Thursday; 7 June 2024 a Friday.
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
const THURSDAY = "2024-11-14";
const FRIDAY = "2024-06-07";

describe("a stretch counted back from the date that ends it", () => {
  it("“the three months to September”: the months up to the one named", () => {
    expect(lines(THURSDAY, "The economy grew 0.1% in the three months to September.")).toEqual([
      "the three months: 2024-07…2024-09",
      "September: 2024-09",
    ]);
  });

  it("“the year to March”, “the year ended June 30”: as often a year of accounts, left to its end", () => {
    expect(lines(THURSDAY, "Prices rose 2% in the year to March.")).toEqual(["March: 2024-03"]);
    expect(lines(THURSDAY, "Profit for the year ended June 30 rose.")).toEqual([
      "June 30: 2024-06-30",
    ]);
  });

  it("“the 12 months to March 31”, “the six months ended June 30”: months, the day kept on its own", () => {
    expect(lines(FRIDAY, "Revenue fell 6% in the 12 months to March 31.")).toEqual([
      "the 12 months: 2023-04…2024-03",
      "March 31: 2024-03-31",
    ]);
    expect(lines(FRIDAY, "Sales in the six months ended December 31, 2023 were flat.")).toEqual([
      "the six months: 2023-07…2023-12",
      "December 31, 2023: 2023-12-31",
    ]);
  });

  it("a company's own quarter, not a calendar one, is left to its end", () => {
    expect(lines(FRIDAY, "Profit for the quarter ended April 30 rose 4%.")).toEqual([
      "April 30: 2024-04-30",
    ]);
    expect(lines(FRIDAY, "Profit for the fourth quarter ended March 31 rose 4%.")).toEqual([
      "March 31: 2024-03-31",
    ]);
    expect(lines(FRIDAY, "Profit for the first quarter ended March 31 rose 4%.")).toEqual([
      "the first quarter: 2024-01…2024-03",
      "March 31: 2024-03-31",
    ]);
  });

  it("“the quarter ended”, “the half-year to”: three and six months", () => {
    expect(lines(FRIDAY, "Profit for the quarter ended March 31 rose 4%.")).toEqual([
      "the quarter: 2024-01…2024-03",
      "March 31: 2024-03-31",
    ]);
    expect(lines(FRIDAY, "Profit in the half-year to December fell.")).toEqual([
      "the half-year: 2023-07…2023-12",
      "December: 2023-12",
    ]);
  });

  it("“the week ended May 31”: the seven days to that day; a week does not end on a month", () => {
    expect(lines(FRIDAY, "Jobless claims fell in the week ended May 31.")).toEqual([
      "the week: 2024-05-25…2024-05-31",
      "May 31: 2024-05-31",
    ]);
    expect(lines(FRIDAY, "Exports rose in the week to March.").join()).not.toMatch(/week/);
  });

  it("a duration before “to” a date is no stretch ending there", () => {
    expect(lines(FRIDAY, "The vote was moved from May 2 to May 9.").join()).not.toMatch(/months/);
    expect(lines(FRIDAY, "He was given six months to June 30 to pay.").join()).not.toMatch(
      /months/,
    );
  });
});

describe("a week named by a day in it", () => {
  it("“the week of June 10”: Monday to Sunday of the week holding the day", () => {
    expect(lines(FRIDAY, "Hearings will be held the week of June 12.")).toEqual([
      "the week: 2024-06-10…2024-06-16",
      "June 12: 2024-06-12",
    ]);
  });
});

describe("two weekdays, the ends of one span", () => {
  it("“between Monday and Wednesday”: the days from one to the other, in the tense's week", () => {
    expect(
      lines(FRIDAY, "Residents will be able to comment between Monday and Wednesday."),
    ).toEqual(["Monday and Wednesday: 2024-06-10…2024-06-12"]);
    expect(lines(FRIDAY, "Sales between Tuesday and Thursday were weak.")).toEqual([
      "Tuesday and Thursday: 2024-06-04…2024-06-06",
    ]);
  });

  it("“between Monday and Wednesday of last week”: that week's days", () => {
    expect(lines(THURSDAY, "Sales between Monday and Wednesday of last week fell.")).toEqual([
      "Monday and Wednesday of last week: 2024-11-04…2024-11-06",
    ]);
  });

  it("“on Monday and Tuesday”: two days in a row are their span; two apart stay two days", () => {
    expect(lines(FRIDAY, "The talks were held on Monday and Tuesday.")).toEqual([
      "Monday and Tuesday: 2024-06-03…2024-06-04",
    ]);
    expect(lines(FRIDAY, "The talks were held on Monday and Wednesday.")).toEqual([
      "Monday: 2024-06-03",
      "Wednesday: 2024-06-05",
    ]);
  });
});

describe("winter, a season across the new year", () => {
  it("“last winter”, “this winter”, “next winter”: December to February, by the article's month", () => {
    expect(lines(THURSDAY, "Last winter, power bills rose by a fifth.")).toEqual([
      "Last winter: 2023-12…2024-02",
    ]);
    expect(lines(THURSDAY, "Prices will rise this winter.")).toEqual([
      "this winter: 2024-12…2025-02",
    ]);
    expect(lines("2025-01-20", "Snow has been rare this winter.")).toEqual([
      "this winter: 2024-12…2025-02",
    ]);
    expect(lines("2025-01-20", "Last winter was mild.")).toEqual(["Last winter: 2023-12…2024-02"]);
    expect(lines(FRIDAY, "The bridge will reopen in the winter.")).toEqual([
      "winter: 2024-12…2025-02",
    ]);
  });

  it("a winter with a year is left alone: which December it starts in, English does not agree", () => {
    expect(lines(THURSDAY, "The plant closed in the winter of 1998.").join()).not.toMatch(/winter/);
  });

  it("a season before “and” is a season unless another season follows", () => {
    expect(
      lines(FRIDAY, "The agency hired 200 staff in early spring and plans to hire more."),
    ).toEqual(["early spring: 2024-03…2024-05"]);
  });
});

describe("a month named from the article's or the one just given", () => {
  it("“the same month last year”: the month just given, a year before", () => {
    expect(
      findDates(
        sentences("Shoppers spent €2bn in October, up 3% on the same month last year."),
        THURSDAY,
      ).dates.map((d) => `${d.stated}: ${d.date}`),
    ).toEqual(["the same month last year: 2023-10", "October: 2024-10"]);
  });

  it("“at the start of the month”, “since the middle of the month”: the article's month", () => {
    expect(lines(THURSDAY, "The bank cut rates at the start of the month.")).toEqual([
      "the start of the month: 2024-11",
    ]);
    expect(lines(THURSDAY, "Prices have eased since the middle of the month.")).toEqual([
      "the middle of the month: 2024-11",
    ]);
  });
});

describe("quarters of a stated year of accounts", () => {
  const AUGUST = "2024-08-08";
  it("a year ending June 30: its third quarter is January to March, its first July to September", () => {
    const text = [
      "The company's fiscal year ended June 30.",
      "Third-quarter sales rose 3%.",
      "It will report first-quarter results in November.",
    ];
    expect(
      findDates(sentences(...text), AUGUST)
        .dates.filter((d) => /quarter/.test(d.stated))
        .map((d) => `${d.stated}: ${d.date}…${d.end}`),
    ).toEqual(["Third-quarter: 2024-01…2024-03", "first-quarter: 2024-07…2024-09"]);
  });

  it("no year end stated, or a calendar quarter named: the calendar's quarter", () => {
    expect(lines(AUGUST, "Third-quarter sales rose 3%.")).toEqual([
      "Third-quarter: 2024-07…2024-09",
    ]);
    const text = ["Its fiscal year ends in June.", "Calendar third-quarter sales rose 3%."];
    expect(
      findDates(sentences(...text), AUGUST)
        .dates.filter((d) => /quarter/.test(d.stated))
        .map((d) => `${d.date}…${d.end}`),
    ).toEqual(["2024-07…2024-09"]);
  });
});

describe("a holiday's weekend", () => {
  const MAY = "2025-05-21";
  it("“the Easter weekend”: Good Friday to Easter Monday", () => {
    expect(lines(MAY, "Over the Easter weekend, crowds gathered in the park.")).toEqual([
      "Easter weekend: 2025-04-18…2025-04-21",
    ]);
  });

  it("a Monday holiday's weekend is Saturday to Monday; a Thursday's runs to Sunday", () => {
    const text = [
      "Travel in the United States over the Memorial Day weekend will set a record.",
      "Shops will shut for the Thanksgiving weekend.",
    ];
    expect(
      findDates(sentences(...text), MAY).dates.map((d) => `${d.stated}: ${d.date}…${d.end}`),
    ).toEqual([
      "Memorial Day weekend: 2025-05-24…2025-05-26",
      "Thanksgiving weekend: 2025-11-27…2025-11-30",
    ]);
  });
});

describe("a stretch that cannot be counted", () => {
  it("“the week to 25 December” in an article with no date: only the end date, kept as written", () => {
    const r = findDates(
      sentences(
        "Sales in the week to 25 December rose 4%.",
        "Profit in the three months to 31 March fell.",
      ),
    );
    expect(r.dates).toEqual([]);
    expect(r.timeMentions.map((t) => [t.kind, t.stated])).toEqual([
      ["unresolved", "25 December"],
      ["unresolved", "31 March"],
    ]);
  });
});

describe("the turn of the year", () => {
  it("December and the January after it: the last one in the past, the next in the future", () => {
    expect(lines(THURSDAY, "Storms closed shops over the turn of the year.")).toEqual([
      "the turn of the year: 2023-12…2024-01",
    ]);
    expect(lines(THURSDAY, "Rates will be reviewed at the turn of the year.")).toEqual([
      "the turn of the year: 2024-12…2025-01",
    ]);
  });
});

describe("seasons south of the equator", () => {
  it("in an article about South Africa or Australia a season is six months from the north's", () => {
    const FEB = "2023-02-14";
    expect(lines(FEB, "South Africa's grid operator had planned for this winter.")).toEqual([
      "this winter: 2023-06…2023-08",
    ]);
    expect(lines("2023-05-10", "Last summer, beaches in Australia were full.")).toEqual([
      "Last summer: 2022-12…2023-02",
    ]);
    // Another country named as often, or none: the northern reckoning as before.
    expect(lines(FEB, "The grid operator had planned for this winter.")).toEqual([
      "this winter: 2022-12…2023-02",
    ]);
  });
});

describe("a quantity's “of” after a verb of saying", () => {
  it("“told thousands of supporters late on Monday”: the Monday before, as the telling is past", () => {
    // 3 September 2024 was a Tuesday.
    expect(
      lines("2024-09-03", "She told thousands of supporters late on Monday that she had won."),
    ).toEqual(["Monday: 2024-09-02"]);
  });
});

describe("a week or weekend of a month (session 19)", () => {
  const WEDNESDAY = "2024-07-03";
  it("“the first week of March 2022”, “the second week of August”: the month's seven days", () => {
    expect(lines(WEDNESDAY, "Storms shut the port in the first week of March 2022.")).toEqual([
      "the first week of March 2022: 2022-03-01…2022-03-07",
    ]);
    expect(lines(WEDNESDAY, "Talks will resume in the second week of August.")).toEqual([
      "the second week of August: 2024-08-08…2024-08-14",
    ]);
  });

  it("“the last week of June”: the month's last seven days", () => {
    expect(lines(WEDNESDAY, "The ferry ran half-empty in the last week of June.")).toEqual([
      "the last week of June: 2024-06-24…2024-06-30",
    ]);
  });

  it("“the first weekend of December”, “the last weekend of April”: that Saturday and Sunday", () => {
    expect(lines(WEDNESDAY, "The market will open the first weekend of December.")).toEqual([
      "the first weekend of December: 2024-12-07…2024-12-08",
    ]);
    expect(lines(WEDNESDAY, "The town held its fair on the last weekend of April.")).toEqual([
      "the last weekend of April: 2024-04-27…2024-04-28",
    ]);
  });
});
