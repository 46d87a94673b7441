/**
 * Quarters, halves and seasons (issue 12, point 7): made-up sentences, each for one general rule.
 * 27 October 1989 was a Friday; 10 February 1998 a Tuesday.
 */
import { describe, expect, it } from "vitest";
import type { Sentence } from "../../src/model/analysis.js";
import { findDates } from "../../src/nlp/dates/dates.js";

const sentences = (...texts: string[]): Sentence[] =>
  texts.map((text, index) => ({ index, para: index + 1, text }));
const span = (stated: string, text: string) =>
  findDates(sentences(text), stated).dates.map((d) => (d.end ? `${d.date}…${d.end}` : d.date));
const OCTOBER = "1989-10-27";
const FEBRUARY = "1998-02-10";

describe("quarters and halves", () => {
  it("a quarter with its year is its three months", () => {
    expect(span(OCTOBER, "Profit fell in the fourth quarter of 1987.")).toEqual([
      "1987-10…1987-12",
    ]);
    expect(span(OCTOBER, "Revenue rose in Q2 2003.")).toEqual(["2003-04…2003-06"]);
    expect(span(OCTOBER, "Earnings in 1986's third quarter doubled.")).toEqual(["1986-07…1986-09"]);
    expect(span(OCTOBER, "Sales grew in the first half of 1985.")).toEqual(["1985-01…1985-06"]);
  });

  it("a year-less quarter is this year's once it has begun, whatever the tense", () => {
    expect(span(OCTOBER, "Third-quarter profit rose 12%.")).toEqual(["1989-07…1989-09"]);
    expect(span(OCTOBER, "The firm expects to report a loss for the third quarter.")).toEqual([
      "1989-07…1989-09",
    ]);
  });

  it("a quarter not yet begun is last year's in the past, this year's in the future", () => {
    expect(span(FEBRUARY, "Sales slipped in the fourth quarter.")).toEqual(["1997-10…1997-12"]);
    expect(span(FEBRUARY, "Sales will recover in the fourth quarter, the chief said.")).toEqual([
      "1998-10…1998-12",
    ]);
  });

  it("a quarter named from the article's year or quarter", () => {
    expect(span(OCTOBER, "Profit fell from the year-ago third quarter.")).toEqual([
      "1988-07…1988-09",
    ]);
    expect(span(OCTOBER, "Net income in last year's fourth quarter was flat.")).toEqual([
      "1988-10…1988-12",
    ]);
    expect(span(OCTOBER, "Sales should rise next quarter, the company said.")).toEqual([
      "1990-01…1990-03",
    ]);
  });

  it("a game's quarter, a fraction, a fiscal quarter or one ending on a written day is not one", () => {
    expect(span(OCTOBER, "The Hawks scored 30 points in the fourth quarter.")).toEqual([]);
    expect(span(OCTOBER, "A third quarter of the voters backed the plan.")).toEqual([]);
    expect(span(OCTOBER, "Profit for the fiscal third quarter fell 5%.")).toEqual([]);
    expect(span(OCTOBER, "Profit for the fourth quarter ended Sept. 30 fell.")).toEqual([
      "1989-09-30",
    ]);
  });
});

describe("seasons, shown as their months (northern reckoning; session 17)", () => {
  it("last, this and next season from the article's month", () => {
    expect(span(OCTOBER, "Prices rose last summer.")).toEqual(["1989-06…1989-08"]);
    expect(span(FEBRUARY, "Prices rose last summer.")).toEqual(["1997-06…1997-08"]);
    expect(span(FEBRUARY, "The plant will open next autumn.")).toEqual(["1998-09…1998-11"]);
    expect(span(OCTOBER, "The plant will open next spring.")).toEqual(["1990-03…1990-05"]);
    expect(span(OCTOBER, "The mayor left this summer.")).toEqual(["1989-06…1989-08"]);
  });

  it("a season with its year is that year's months", () => {
    expect(span(OCTOBER, "He moved to Ohio in the summer of 1975.")).toEqual(["1975-06…1975-08"]);
  });

  it("a bare season goes by the tense; a habit, a name or the verb “fall” is none", () => {
    expect(span(FEBRUARY, "In the summer, the mayor moved to Ohio.")).toEqual(["1997-06…1997-08"]);
    expect(span(FEBRUARY, "The mayor will move to Ohio in the summer.")).toEqual([
      "1998-06…1998-08",
    ]);
    expect(span(FEBRUARY, "Prices fall in the spring.")).toEqual([]);
    expect(span(FEBRUARY, "The Prague Spring ended in tanks.")).toEqual([]);
    expect(span(FEBRUARY, "The fall of the old regime was swift.")).toEqual([]);
  });

  it("“this fall in prices” is a drop in an amount; “last fall in Ohio” is the season", () => {
    expect(span(FEBRUARY, "After this fall in prices, the mills slowed, he said.")).toEqual([]);
    expect(span(FEBRUARY, "Since last fall of sales the shop has shut early.")).toEqual([]);
    expect(span(FEBRUARY, "The mayor moved last fall in Ohio.")).toEqual(["1997-09…1997-11"]);
    expect(span(FEBRUARY, "Toys sold well last fall in shops.")).toEqual(["1997-09…1997-11"]);
  });
});

describe("holidays (dated by date-holidays' rules)", () => {
  it("a holiday takes the year the tense gives, or the one written", () => {
    expect(span(FEBRUARY, "The mayor was arrested on Christmas Eve.")).toEqual(["1997-12-24"]);
    expect(span(FEBRUARY, "The mayor will resign on Good Friday.")).toEqual(["1998-04-10"]);
    expect(span(FEBRUARY, "The shop opened at Easter 1996.")).toEqual(["1996-04-07"]);
    expect(span(OCTOBER, "The mayor resigned last Christmas.")).toEqual(["1988-12-25"]);
    expect(span(OCTOBER, "They met again on New Year's Day.")).toEqual(["1989-01-01"]);
    expect(span(OCTOBER, "The parade was held on Saint Patrick’s Day.")).toEqual(["1989-03-17"]);
  });

  it("a holiday used as a modifier or in a name is no date", () => {
    expect(span(OCTOBER, "Christmas shopping began early.")).toEqual([]);
    expect(span(OCTOBER, "He sent her a Valentine's Day card.")).toEqual([]);
    expect(span(OCTOBER, "The Easter Rising failed.")).toEqual([]);
    expect(span(OCTOBER, "The band played Last Christmas twice.")).toEqual([]);
    expect(span(OCTOBER, "The bishop will call Christmas a feast of light.")).toEqual([]);
  });

  it("a holiday whose day depends on the country takes the day of the one the article names most", () => {
    const us = [
      "The girl was found on Thanksgiving Day clinging to a raft.",
      "U.S. officials met.",
    ];
    expect(findDates(sentences(...us), "2000-01-07").dates.map((d) => d.date)).toEqual([
      "1999-11-25",
    ]);
    const unsure = findDates(sentences("The mayor spoke on Independence Day."), OCTOBER);
    expect(unsure.dates).toEqual([]);
    expect(unsure.timeMentions.map((t) => t.stated)).toEqual(["Independence Day"]);
  });
});

describe("decades ago", () => {
  it("“a decade ago” is the year ten before the article's", () => {
    expect(span(FEBRUARY, "The plant opened a decade ago.")).toEqual(["1988"]);
    expect(span(FEBRUARY, "Two decades ago, the plant closed.")).toEqual(["1978"]);
  });
});

describe("quarters and seasons in the middle of other words", () => {
  it("“the last quarter of 2004” is its fourth; “the autumn Tests” is no season", () => {
    expect(span(OCTOBER, "Output grew in the last quarter of 1988.")).toEqual(["1988-10…1988-12"]);
    expect(span(OCTOBER, "He played wing in the autumn Tests.")).toEqual([]);
  });
});

describe("weekdays counted from the date just given", () => {
  it("“the following Monday” is the Monday after the last date, not after the article's day", () => {
    const dates = findDates(
      sentences("The board met on March 3, 1989.", "The following Monday, the chairman resigned."),
      OCTOBER,
    ).dates.map((d) => d.date);
    expect(dates).toEqual(["1989-03-03", "1989-03-06"]);
  });
});

describe("spoken dates", () => {
  it("a day written in words (“March twenty-third”, “the first of May”) is that day", () => {
    expect(span(FEBRUARY, "The vote will be held on March twenty-third.")).toEqual(["1998-03-23"]);
    expect(span(FEBRUARY, "The strike ended on the first of May.")).toEqual(["1997-05-01"]);
  });
});

describe("titles that look like dates", () => {
  it("a capitalised “This Week” inside a sentence is a programme", () => {
    expect(span(OCTOBER, 'The senator said on ABC\'s "This Week" that talks would go on.')).toEqual(
      [],
    );
    expect(span(OCTOBER, "This week, the senator said talks would go on.")).toEqual([
      "1989-10-23…1989-10-29",
    ]);
  });
});

describe("a dateline a day before the stated date", () => {
  it("is the day the story was filed, which “yesterday” counts from", () => {
    const dates = findDates(sentences("The minister resigned yesterday."), "1999-03-13", {
      date: "March 12",
      place: "WASHINGTON",
    }).dates;
    expect(dates.find((d) => !d.dateline)?.date).toBe("1999-03-11");
  });
});

describe("centuries", () => {
  it("“the 1800s” and “the 19th century” are the hundred years 1800–1899", () => {
    expect(span(OCTOBER, "The firm was founded in the late 1800s.")).toEqual(["1800…1899"]);
    expect(span(OCTOBER, "The law was passed in the 19th century.")).toEqual(["1800…1899"]);
    expect(span(OCTOBER, "Sales peaked in the 1990s.")).toEqual(["1990…1999"]);
    expect(span(OCTOBER, "She reads 19th-century novels.")).toEqual([]);
  });

  it("an ordinal century is its own hundred years, the 1st from year 1", () => {
    expect(span(OCTOBER, "The temple was built in the 1st century.")).toEqual(["0001…0100"]);
    expect(span(OCTOBER, "It is the great question of the 21st century.")).toEqual(["2000…2099"]);
  });
});

describe("a year-less quarter without a stated date", () => {
  it("takes the year of the latest date the article reports", () => {
    const dates = findDates(
      sentences(
        "Output rose 3.8% in the last quarter of 2004.",
        "Spending grew 4.2% in the final quarter, down from the third quarter's 5.1%.",
      ),
    ).dates.map((d) => `${d.date}…${d.end}`);
    expect(dates).toEqual(["2004-07…2004-09", "2004-10…2004-12", "2004-10…2004-12"]);
  });
});

describe("a season named without a year after time spent or a stretch's start (session 20)", () => {
  const season = (text: string) => {
    const [d] = findDates([{ index: 0, para: 1, text }], "2024-10-14").dates;
    return [d?.stated, d?.date, d?.end];
  };
  it("“spent the winter”, “since the start of spring”", () => {
    expect(season("He spent the winter at a bowling camp.")).toEqual([
      "winter",
      "2023-12",
      "2024-02",
    ]);
    expect(season("She has trained every day since the start of spring.")).toEqual([
      "spring",
      "2024-03",
      "2024-05",
    ]);
  });
});
