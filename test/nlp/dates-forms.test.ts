/**
 * Date forms of sessions 13–14: counts ahead ("in two years"), rough counts back ("about a week
 * ago"), a quote's contracted present progressive ("I'm flying … on Tuesday"), years written
 * with their last two digits ("in '96", "Nov. '97"), and others.
 * Made-up sentences; 7 December 2026 was a Monday.
 */
import { describe, expect, it } from "vitest";
import type { Sentence } from "../../src/model/analysis.js";
import { findDates } from "../../src/nlp/dates/dates.js";

const sentences = (...texts: string[]): Sentence[] =>
  texts.map((text, index) => ({ index, para: index + 1, text }));
const MONDAY = "2026-12-07";
const read = (stated: string | undefined, ...texts: string[]) =>
  findDates(sentences(...texts), stated).dates.map((d) =>
    d.end ? [d.stated, d.date, d.end] : [d.stated, d.date],
  );
const durations = (stated: string | undefined, ...texts: string[]) =>
  findDates(sentences(...texts), stated).timeMentions.map((t) => t.stated);

describe("a count of units ahead: “in two years”", () => {
  it("with “time”, whatever the tense", () => {
    expect(read(MONDAY, "The new bridge opens in two years' time.")).toEqual([
      ["in two years' time", "2028"],
    ]);
    expect(read(MONDAY, "The depot will close in three weeks’ time.")).toEqual([
      ["in three weeks’ time", "2026-12-28", "2027-01-03"],
    ]);
  });

  it("without “time”, only in a clause that looks ahead", () => {
    expect(read(MONDAY, "The council will vote in 10 days.")).toEqual([
      ["in 10 days", "2026-12-17"],
    ]);
    expect(read(MONDAY, "The bakery doubled its sales in five years.")).toEqual([]);
    expect(durations(MONDAY, "The bakery doubled its sales in five years.")).toEqual([
      "in five years",
    ]);
  });

  it("not a stretch up to now: “the first time in five years”, “the highest in 20 years”", () => {
    expect(read(MONDAY, "It will be the first time in five years that the choir tours.")).toEqual(
      [],
    );
    expect(read(MONDAY, "Rents will reach their highest level in 20 years.")).toEqual([]);
  });

  it("not a rank over a stretch: “the ninth manager in eight years”, “its 12th loss in ten years”", () => {
    expect(
      read(MONDAY, "Once confirmed, she will be the club's ninth coach in eight years."),
    ).toEqual([]);
    expect(read(MONDAY, "It would be the team's 12th defeat in ten years.")).toEqual([]);
    expect(read(MONDAY, "The ninth bridge will open in five years.")).toEqual([
      ["in five years", "2031"],
    ]);
  });

  it("not “in a year”, “in a week” without “time”: a rate or a stretch", () => {
    expect(read(MONDAY, "The port can take 900 ships in a year.")).toEqual([]);
    expect(read(MONDAY, "The strike will not end in a week.")).toEqual([]);
  });
});

describe("a rough count back", () => {
  it("“a week or so ago”, “about two years ago”, “around three months ago”", () => {
    expect(read(MONDAY, "A week or so ago, the ferry broke down.")).toEqual([
      ["A week or so ago", "2026-11-30", "2026-12-06"],
    ]);
    expect(read(MONDAY, "The ferry broke down about two years ago.")).toEqual([
      ["about two years ago", "2024"],
    ]);
    expect(read(MONDAY, "Around three months ago the ferry broke down.")).toEqual([
      ["Around three months ago", "2026-09"],
    ]);
  });
});

describe("a contracted present progressive in a quote speaks of what is arranged", () => {
  it("“I'm flying … on Tuesday” is the coming Tuesday", () => {
    expect(read(MONDAY, "“I'm flying to Oslo on Tuesday,” the minister said.")).toEqual([
      ["Tuesday", "2026-12-08"],
    ]);
    expect(read(MONDAY, "“We’re meeting the growers on Friday,” she said.")).toEqual([
      ["Friday", "2026-12-11"],
    ]);
    expect(read(MONDAY, "“She's leaving on Friday,” he said.")).toEqual([["Friday", "2026-12-11"]]);
  });

  it("not “she's left” (has left) nor a past inside the quote", () => {
    expect(read(MONDAY, "“She's left on Friday,” he said.")).toEqual([["Friday", "2026-12-04"]]);
    expect(read(MONDAY, "“We're sure the lorry left on Tuesday,” he said.")).toEqual([
      ["Tuesday", "2026-12-01"],
    ]);
  });
});

describe("a year's ends written with a hyphen: “end-2027”, “start-2028”", () => {
  it("is that year, its part kept", () => {
    const d = findDates(sentences("The depot will shut by end-2027."), MONDAY).dates;
    expect(d.map((x) => [x.stated, x.date, x.part])).toEqual([["2027", "2027", "late"]]);
    const s = findDates(sentences("Work starts at start-2028."), MONDAY).dates;
    expect(s.map((x) => [x.date, x.part])).toEqual([["2028", "early"]]);
  });
});

describe("the turn of the century", () => {
  it("told in the past: the last turn; ahead: the next; written with its ordinal: that one", () => {
    expect(read(MONDAY, "The orchard has shrunk since the turn of the century.")).toEqual([
      ["the turn of the century", "2000"],
    ]);
    expect(read("1989-10-26", "By the turn of the century the firm will employ 900.")).toEqual([
      ["the turn of the century", "2000"],
    ]);
    expect(read(MONDAY, "At the turn of the 20th century, the orchard was planted.")).toEqual([
      ["the turn of the 20th century", "1900"],
    ]);
    expect(read(MONDAY, "The orchard dates from the turn of the last century.")).toEqual([
      ["the turn of the last century", "1900"],
    ]);
    expect(read(MONDAY, "Rents have tripled since the turn of the millennium.")).toEqual([
      ["the turn of the millennium", "2000"],
    ]);
  });
});

describe("a part of a year", () => {
  it("“the first half of the year”: the article's year's months", () => {
    expect(read(MONDAY, "Exports in the first half of the year rose 4%.")).toEqual([
      ["the first half of the year", "2026-01", "2026-06"],
    ]);
  });

  it("“Q2 FY26”, “the third quarter of fiscal 2027”: the fiscal year, whose months only the firm knows", () => {
    expect(read(MONDAY, "The firm made a loss in Q2 FY26.")).toEqual([["Q2 FY26", "2026"]]);
    expect(read(MONDAY, "Profit rose in the third quarter of fiscal 2027.")).toEqual([
      ["the third quarter of fiscal 2027", "2027"],
    ]);
  });
});

describe("overnight", () => {
  it("told in the past: the night before the article's day", () => {
    expect(read(MONDAY, "Police arrested two men overnight.")).toEqual([
      ["overnight", "2026-12-06", "2026-12-07"],
    ]);
    expect(read(MONDAY, "Gales battered the harbour overnight, the agency said.")).toEqual([
      ["overnight", "2026-12-06", "2026-12-07"],
    ]);
  });

  it("not a kind, not “suddenly”, not a night another date names", () => {
    expect(read(MONDAY, "The singer became a star almost overnight.")).toEqual([]);
    expect(read(MONDAY, "Nothing will change overnight.")).toEqual([]);
    expect(read(MONDAY, "They booked an overnight stay.")).toEqual([]);
    expect(read(MONDAY, "Overnight, the mayor became a national figure.")).toEqual([]);
    expect(read(MONDAY, "Police arrested two men overnight on Saturday.")).toEqual([
      ["Saturday", "2026-12-05"],
    ]);
  });
});

describe("a limit written with its part: “by the end of March”", () => {
  it("after a past verb, a deadline that may lie ahead: the nearest such month", () => {
    expect(read("2021-02-03", "The board voted to shut two depots by the end of March.")).toEqual([
      ["end of March", "2021-03"],
    ]);
  });
});

describe("“this weekend” in a present-tense clause", () => {
  it("told from Wednesday on, the coming weekend", () => {
    expect(read("2022-01-14", "Heavy rain is forecast for the coast this weekend.")).toEqual([
      ["this weekend", "2022-01-15", "2022-01-16"],
    ]);
    expect(read("2022-01-14", "More rain this weekend.")).toEqual([
      ["this weekend", "2022-01-15", "2022-01-16"],
    ]);
  });

  it("early in the week, or told in the past, the one just gone", () => {
    expect(
      read("2022-01-11", "The siege goes on, with rebels taking two towns over the weekend."),
    ).toEqual([["over the weekend", "2022-01-08", "2022-01-09"]]);
    expect(read("2022-01-14", "Storms hit the coast this weekend.")).toEqual([
      ["this weekend", "2022-01-08", "2022-01-09"],
    ]);
  });
});

describe("a quarter or a half named by its months: “the July-September quarter”", () => {
  it("is those months, in the year a year-less quarter takes", () => {
    expect(read("2025-11-14", "Revenue for the July-September quarter rose 8%.")).toEqual([
      ["the July-September quarter", "2025-07", "2025-09"],
    ]);
    expect(read("2025-11-14", "Sales in the April-June period of 2024 fell.")).toEqual([
      ["the April-June period of 2024", "2024-04", "2024-06"],
    ]);
  });

  it("not months that are no quarter or half, nor a span across two years", () => {
    expect(read("2025-11-14", "Profit in the October-March half rose.")).toEqual([]);
    expect(read("2025-11-14", "Profit in the July-December quarter rose.")).toEqual([]);
  });

  it("a “period” is any stretch of one year's months: “the April-December period” (session 19)", () => {
    expect(read("2025-11-14", "Exports for the January-September period rose 6%.")).toEqual([
      ["the January-September period", "2025-01", "2025-09"],
    ]);
    expect(read("2025-11-14", "Profit in the November-February period fell.")).toEqual([]);
  });
});

describe("a month told in the past in an article without a date", () => {
  it("hanging on a day written in full: the last such month begun by a month after that day", () => {
    expect(
      read(
        undefined,
        "The ferry service was cut in March.",
        "The ruling, dated Nov. 18, 2019, said the port had failed to consult.",
      ),
    ).toEqual([
      ["March", "2019-03"],
      ["Nov. 18, 2019", "2019-11-18"],
    ]);
  });

  it("hanging on a month or a period: the year's reach is kept", () => {
    expect(
      read(
        undefined,
        "Retail sales fell in January.",
        "Growth in the second half of 2004 was strong.",
      ),
    ).toEqual([
      ["the second half of 2004", "2004-07", "2004-12"],
      ["January", "2005-01"],
    ]);
  });

  it("a limit after the day may still lie ahead: “signed deals to add power by September”", () => {
    expect(
      read(
        undefined,
        "On 14 February 2023 the minister said she had signed deals to add 1,200MW by September.",
      ),
    ).toEqual([
      ["14 February 2023", "2023-02-14"],
      ["September", "2023-09"],
    ]);
  });
});

describe("the size of an amount is no year", () => {
  it("“a majority of 1204”, “a crowd of 1800”; but “a majority of 1997's votes”", () => {
    expect(read(MONDAY, "Labour held the seat with a majority of 1204.")).toEqual([]);
    expect(read(MONDAY, "A crowd of 1800 watched the final.")).toEqual([]);
    expect(read(MONDAY, "She won a majority of 1997's votes.")).toEqual([["1997", "1997"]]);
  });
});

describe("a year written with its last two digits", () => {
  it("after a word that makes it a date: “in '96”, “since ’89”, “the class of '04”", () => {
    expect(read(MONDAY, "The mill closed in '96.")).toEqual([["'96", "1996"]]);
    expect(read(MONDAY, "Rents have doubled since ’89.")).toEqual([["’89", "1989"]]);
    expect(read(MONDAY, "She was one of the class of '04.")).toEqual([["'04", "2004"]]);
    expect(read(MONDAY, "The choir toured in '96 and '98.")).toEqual([
      ["'96", "1996"],
      ["'98", "1998"],
    ]);
  });

  it("after a month or a day: “Nov. '97”, “June 3, ’04”", () => {
    expect(read(MONDAY, "The ferry sank in Nov. '97.")).toEqual([["Nov. '97", "1997-11"]]);
    expect(read(MONDAY, "The ferry sank on June 3, ’04.")).toEqual([["June 3, ’04", "2004-06-03"]]);
  });

  it("not a quotation that opens with a number, nor a count after a month and a comma", () => {
    expect(read(MONDAY, "He wrote '96 bottles of ink' on the wall.")).toEqual([]);
    expect(read(MONDAY, "In May, '96 Tears' topped the chart.")).toEqual([["May", "2026-05"]]);
  });
});

describe("a name's plural present, as British news writes a team's or a country's verb", () => {
  // 9 March 2025 was a Sunday.
  const SUNDAY = "2025-03-09";
  it("“Harwick host Castleford on Tuesday”: the coming day", () => {
    expect(read(SUNDAY, "Dunmore host Kelso Rovers on Tuesday.")).toEqual([
      ["Tuesday", "2025-03-11"],
    ]);
    expect(read(SUNDAY, "Norland meet Vespia on Saturday.")).toEqual([["Saturday", "2025-03-15"]]);
    expect(read(SUNDAY, "Dunmore travel to Kelso on Wednesday night.")).toEqual([
      ["Wednesday night", "2025-03-12"],
    ]);
  });

  it("not a base that may be a past, nor a name and a noun before a verb after the day", () => {
    expect(read(SUNDAY, "Dunmore beat Kelso Rovers on Tuesday.")).toEqual([
      ["Tuesday", "2025-03-04"],
    ]);
    expect(read(SUNDAY, "Dunmore boss Ann Reid on Tuesday admitted defeat.")).toEqual([
      ["Tuesday", "2025-03-04"],
    ]);
  });
});

describe("the dates of a headline the body repeated at its top", () => {
  const withHeadline = (headline: string, ...texts: string[]) =>
    findDates(sentences(...texts), MONDAY, undefined, undefined, headline).dates.map((d) => [
      d.stated,
      d.date,
      d.headline ?? false,
    ]);
  it("are the article's, unless a sentence gives the same date", () => {
    expect(
      withHeadline("Voters queued for hours on Saturday.", "The count went on all night."),
    ).toEqual([["Saturday", "2026-12-05", true]]);
    expect(
      withHeadline("Voters queued for hours on Saturday.", "Polls closed late on Saturday."),
    ).toEqual([["Saturday", "2026-12-05", false]]);
  });
});

describe("a name's plural present needs a short clause", () => {
  it("not a long clause whose verb lies beyond the words read", () => {
    expect(
      read(
        MONDAY,
        "Prize-winning author Ann Reid made a case for reading widely to understand the world during an interview with late night talk show host Tom Lane in October.",
      ),
    ).toEqual([["October", "2026-10"]]);
  });
});

describe("a month in a repeated headline with no verb cue", () => {
  it("is the nearest one, as a headline's present speaks of what is past or near", () => {
    const dates = findDates(
      sentences("The court ruled on Friday."),
      "2026-06-28",
      undefined,
      undefined,
      "Ruling makes abortion a key factor in November.",
    ).dates.map((d) => [d.stated, d.date]);
    expect(dates).toContainEqual(["November", "2026-11"]);
  });
});

describe("“a high for the year of $42”: the article's year, with an amount after “of”", () => {
  it("is the article's year; “the year of the flood” still is not", () => {
    expect(read(MONDAY, "Shares of the brewer hit a high for the year of $42.50.")).toEqual([
      ["the year", "2026"],
    ]);
    expect(read(MONDAY, "Output fell sharply in the year of the flood.")).toEqual([]);
  });
});

describe("two dates joined, the year written once after the second: both take it", () => {
  it("a span read as one date", () => {
    expect(read(MONDAY, "The survey in Ottawa ran from September to December 2014.")).toEqual([
      ["September to December 2014", "2014-09", "2014-12"],
    ]);
    // Across the new year: the first month is the year before's.
    expect(read(MONDAY, "Exports from Mombasa fell from November to February 1999.")).toEqual([
      ["November to February 1999", "1998-11", "1999-02"],
    ]);
  });

  it("two dates joined by “and”; after “between”, one span (session 16)", () => {
    expect(read(MONDAY, "Sales in Lagos rose between March and June 1998.")).toEqual([
      ["March and June 1998", "1998-03", "1998-06"],
    ]);
    expect(read(MONDAY, "Wool prices in Otago fell in March and June 1998.")).toEqual([
      ["March", "1998-03"],
      ["June 1998", "1998-06"],
    ]);
    expect(read(MONDAY, "The polls in Pune were taken on 3rd March and 5th April, 2001.")).toEqual([
      ["3rd March", "2001-03-03"],
      ["5th April, 2001", "2001-04-05"],
    ]);
  });

  it("not a month and a year that are no pair", () => {
    expect(read(MONDAY, "Sales rose in March, and 2001 was a good year.")).toEqual([
      ["2001", "2001"],
      ["March", "2026-03"],
    ]);
  });
});

describe("a day in a phrase of cause or concession with no verb of its own has passed", () => {
  // 7 December 2026 was a Monday; 9 December a Wednesday.
  const WEDNESDAY = "2026-12-09";
  it("“despite”, “thanks to”, “after” before a present main clause", () => {
    expect(
      read(
        WEDNESDAY,
        "Despite a run of costly defeats on Tuesday night, the senator remains upbeat.",
      ),
    ).toEqual([["Tuesday night", "2026-12-08"]]);
    expect(
      read(
        WEDNESDAY,
        "The Kenyan runner leads the table, thanks to her easy win Tuesday in the Nairobi heats.",
      ),
    ).toEqual([["Tuesday", "2026-12-08"]]);
    expect(read(WEDNESDAY, "Following Tuesday's vote, the council is in disarray.")).toEqual([
      ["Tuesday", "2026-12-08"],
    ]);
  });

  it("not when the phrase looks ahead", () => {
    expect(
      read(WEDNESDAY, "Despite the expected storm on Saturday, the Auckland show goes on."),
    ).toEqual([["Saturday", "2026-12-12"]]);
  });
});

describe("a try that failed, reported with “could not” or “would not”", () => {
  it("is past: “could not be reached for comment Saturday”", () => {
    expect(
      read(MONDAY, "Lawyers for the Ontario firm could not be reached for comment Saturday."),
    ).toEqual([["Saturday", "2026-12-05"]]);
    expect(read(MONDAY, "The minister couldn't be reached on Sunday.")).toEqual([
      ["Sunday", "2026-12-06"],
    ]);
  });

  it("not a modal that looks ahead: “could be reached by Friday”", () => {
    expect(read(MONDAY, "A deal could be reached on Friday.")).toEqual([["Friday", "2026-12-11"]]);
  });
});

describe("more clauses that look back at a weekday", () => {
  // 9 December 2026 was a Wednesday.
  const WEDNESDAY = "2026-12-09";
  it("a plan reported in the past, “was to be issued on Monday”: the nearest", () => {
    expect(
      read(
        WEDNESDAY,
        "Under the rule that was to be issued in Delhi on Tuesday, workers must rest.",
      ),
    ).toEqual([["Tuesday", "2026-12-08"]]);
  });

  it("“until Monday's announcement” before a past clause", () => {
    expect(
      read(WEDNESDAY, "Until Monday's announcement, shares in the Perth miner were trading low."),
    ).toEqual([["Monday", "2026-12-07"]]);
    expect(read(WEDNESDAY, "The shop stays shut until Monday's holiday.")).toEqual([
      ["Monday", "2026-12-14"],
    ]);
  });

  it("an “after” phrase in a clause whose present is another's", () => {
    expect(
      read(
        WEDNESDAY,
        "The worry is that the mayor, after quitting the race Tuesday night, has let his staff go.",
      ),
    ).toEqual([["Tuesday night", "2026-12-08"]]);
  });
});

describe("a weekday inside a subject, before a future verb", () => {
  // 9 December 2026 was a Wednesday.
  it("names when the subject's event was: the nearest such day", () => {
    expect(
      read(
        "2026-12-09",
        "Her wins in Kent, Essex and Surrey on Tuesday will only speed that shift.",
      ),
    ).toEqual([["Tuesday", "2026-12-08"]]);
  });

  it("not a weekday opening its clause: “On Friday, the board will meet”", () => {
    expect(read("2026-12-09", "On Friday, the Toronto board will meet.")).toEqual([
      ["Friday", "2026-12-11"],
    ]);
  });
});

describe("session 16 (s16-dates): forms of other Englishes", () => {
  it("“next week Tuesday”, “last week Thursday”: the weekday of the week named before it", () => {
    expect(read(MONDAY, "The council will vote on the plan next week Tuesday.")).toEqual([
      ["next week Tuesday", "2026-12-15"],
    ]);
    expect(read(MONDAY, "The ferry operator suspended sailings last week Thursday.")).toEqual([
      ["last week Thursday", "2026-12-03"],
    ]);
  });

  it("“Labor Day”, the American spelling of Labour Day, is the US holiday (first Monday of September)", () => {
    expect(read("2026-09-10", "The pier reopened to anglers on Labor Day.")).toEqual([
      ["Labor Day", "2026-09-07"],
    ]);
  });

  it("“between March 28 and April 3”, “between January and June”: one span, its year from the second date", () => {
    expect(read(MONDAY, "Voting takes place between Dec. 14 and Dec. 18.")).toEqual([
      ["Dec. 14 and Dec. 18", "2026-12-14", "2026-12-18"],
    ]);
    expect(read(MONDAY, "The quarry was closed between January and June.")).toEqual([
      ["January and June", "2026-01", "2026-06"],
    ]);
    expect(read(MONDAY, "The survey ran between 2 November and 5 January 2025.")).toEqual([
      ["2 November and 5 January 2025", "2024-11-02", "2025-01-05"],
    ]);
  });

  it("“from 1-15 June”: days before a month are days, not hours", () => {
    expect(read(MONDAY, "The tournament ran from 1-15 June.")).toEqual([
      ["1-15 June", "2026-06-01", "2026-06-15"],
    ]);
  });

  it("“Jan-Mar”, “Oct-Dec 2023”: months joined by a dash are a span, across the new year too", () => {
    expect(read(MONDAY, "Exports of tea rose 4% in Jan-Mar, the board said.")).toEqual([
      ["Jan-Mar", "2026-01", "2026-03"],
    ]);
    expect(read(MONDAY, "Rice imports fell in Nov-Feb 2025.")).toEqual([
      ["Nov-Feb 2025", "2024-11", "2025-02"],
    ]);
    expect(read(MONDAY, "The senator flew to Mar-a-Lago.")).toEqual([]);
  });
});
