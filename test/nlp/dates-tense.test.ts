/**
 * Which way a year-less date or a weekday points, from the verbs around it (issue 12, point 7):
 * made-up sentences, one general rule each. 27 October 1989 was a Friday.
 */
import { describe, expect, it } from "vitest";
import type { Sentence } from "../../src/model/analysis.js";
import { analyse } from "../../src/analysis/analyse.js";
import { answer } from "../../src/answers/router.js";
import { articleFromBytes } from "../../src/content/load.js";
import { Library } from "../../src/library/library.js";
import { findDates } from "../../src/nlp/dates/dates.js";
import { renderPlain } from "../../src/render/messages.js";
import { answerContext } from "../support/context.js";

const sentences = (...texts: string[]): Sentence[] =>
  texts.map((text, index) => ({ index, para: index + 1, text }));
const one = (stated: string, text: string) => findDates(sentences(text), stated).dates[0];
const FRIDAY = "1989-10-27";

describe("the verb that decides a date's direction", () => {
  it("a comma that only lists names does not cut the date off from its verb", () => {
    expect(
      one(
        "1999-02-10",
        "The alliance has decided to admit Chile, Peru and Bolivia in early March, an official said.",
      )?.date,
    ).toBe("1999-03");
  });

  it("a verb after the date in its own clause counts (“the agency on Sunday issued …”)", () => {
    expect(
      one(FRIDAY, "Ahead of the trip, the ministry on Sunday issued a warning to travellers.")
        ?.date,
    ).toBe("1989-10-22");
  });

  it("an -ed word before a noun after “will” describes the noun (“preferred shares”)", () => {
    expect(
      one(FRIDAY, "The bank said it will redeem two million listed preferred shares on Nov. 3.")
        ?.date,
    ).toBe("1989-11-03");
    expect(one(FRIDAY, "The bank redeemed its preferred shares on Oct. 3.")?.date).toBe(
      "1989-10-03",
    );
  });

  it("the act after “an agreement to” or “asked him to” may lie ahead", () => {
    expect(
      one(FRIDAY, "The retailer announced an agreement to buy the chain in January.")?.date,
    ).toBe("1990-01");
    expect(
      one(
        "2000-01-07",
        "The senator said he subpoenaed the boy to testify before the panel on Feb. 10.",
      )?.date,
    ).toBe("2000-02-10");
    // The announcement itself stays in the past.
    expect(one(FRIDAY, "The retailer announced an agreement in January.")?.date).toBe("1989-01");
  });

  it("a plan named after a date that opens its clause is not its verb", () => {
    expect(
      one(
        FRIDAY,
        "On Tuesday, when the minister cancelled the hastily planned visit, the embassy closed.",
      )?.date,
    ).toBe("1989-10-24");
  });
});

describe("modals", () => {
  it("a modal before a bare verb points ahead; a negated or perfect one looks back", () => {
    const JUNE = "2016-06-01";
    expect(one(JUNE, "He was asked what she could do to win the state in November.")?.date).toBe(
      "2016-11",
    );
    expect(one(JUNE, "She downplayed any effect the report may have in November.")?.date).toBe(
      "2016-11",
    );
    expect(one(JUNE, "Witnesses said they could hear gunfire on Tuesday.")?.date).toBe(
      "2016-05-31",
    );
    expect(one(JUNE, "He said he could not attend on Tuesday.")?.date).toBe("2016-05-31");
  });
});

describe("the dateline's date", () => {
  const lead = sentences(
    "The harbour bridge closed to lorries on Friday after engineers found cracks in two of its piers.",
  );

  it("is a day on the timeline, its year from the publication date", () => {
    const { dates } = findDates(lead, "1998-08-09", { date: "August 8", place: "WESTBROOK" });
    expect(dates.find((d) => d.dateline)).toMatchObject({
      date: "1998-08-08",
      precision: "day",
      stated: "August 8",
      event: "Dateline: WESTBROOK",
      para: 1,
    });
  });

  it("with no publication date, it is the day the other dates are resolved from", () => {
    const { dates, referenceDate } = findDates(lead, undefined, { date: "Aug. 8, 1998" });
    expect(referenceDate).toBe("1998-08-08");
    expect(dates.map((d) => d.date)).toEqual(["1998-08-07", "1998-08-08"]);
  });

  it("on /dates, a sentence's event on the same day is shown rather than the dateline", () => {
    const text =
      "---\ntitle: Bridge shut\ndate: 1998-08-08\n---\nWESTBROOK, Aug. 8 (AP) -- The harbour bridge closed to lorries on Saturday after engineers found cracks.\n\nThe mayor said the crossing had been busy on Friday.";
    const a = analyse(articleFromBytes("/c", "/c/bridge.md", Buffer.from(text), 0));
    const out = answer({ text: "/dates", chat: "private" }, answerContext(new Library([a])))
      .map(renderPlain)
      .join("\n");
    expect(out).toMatch(
      /• 8 August 1998\*? — The harbour bridge closed to lorries on Saturday.*\(¶1\)/,
    );
    expect(out).not.toMatch(/Dateline/);
    expect(a.dates.filter((d) => d.dateline)).toHaveLength(1);
  });

  it("on /dates, with a dateline a day before the publication date, the note names the dateline's day", () => {
    const text =
      "---\ntitle: Bridge shut\ndate: 1998-08-09\n---\nWESTBROOK, 8 August (Network) - The harbour bridge closed to lorries yesterday after engineers found cracks.\n\nThe mayor said the crossing would reopen next week.";
    const a = analyse(articleFromBytes("/c", "/c/bridge.md", Buffer.from(text), 0));
    const out = answer({ text: "/dates", chat: "private" }, answerContext(new Library([a])))
      .map(renderPlain)
      .join("\n");
    expect(out).toMatch(/• 7 August 1998\* — The harbour bridge closed/);
    expect(out).toMatch(/inferred from the dateline's date, 8 August 1998/);
  });

  it("with no date written with its month, a year-less dateline takes the latest year the article writes of in the past", () => {
    const { dates, referenceDate } = findDates(
      sentences(
        "The harbour bridge closed to lorries on Friday.",
        "It was built in 1998 and repaired in 2021, the worst year since 1990.",
        "A review is due by 2030.",
        "Drivers are demanding a pay rise for 2023, up from 3 percent in 2022.",
      ),
      undefined,
      { date: "August 8", place: "WESTBROOK" },
    );
    expect(referenceDate).toBe("2021-08-08");
    expect(dates.find((d) => d.stated === "Friday")?.date).toBe("2021-08-06");
  });

  it("… or the year next to it in which a weekday written with a day falls on it", () => {
    const { referenceDate } = findDates(
      sentences(
        "Growers lost beans to smuggling in the 2023/24 season.",
        "They will meet again on Friday, September 20.",
      ),
      undefined,
      { date: "Sept. 12" },
    );
    expect(referenceDate).toBe("2024-09-12");
  });

  it("a dateline without a day or a year to place it adds nothing", () => {
    expect(findDates(lead, undefined, { date: "August 8" }).dates).toEqual([]);
  });
});

describe("a plural present and counted dates", () => {
  it("a plural present of an irregular verb points ahead (“voters go to the polls on Nov. 8”)", () => {
    expect(one("2016-06-15", "Voters go to the polls on Nov. 8.")?.date).toBe("2016-11-08");
    expect(one(FRIDAY, "The two leaders meet separately Monday.")?.date).toBe("1989-10-30");
    // A singular subject's past stays behind.
    expect(one(FRIDAY, "The leader met him on Monday.")?.date).toBe("1989-10-23");
  });

  it("“two years later”, “three days earlier” count from the date just before", () => {
    const dates = findDates(
      sentences("The plant opened on March 3, 1984.", "Two years later it closed."),
      FRIDAY,
    ).dates;
    expect(dates.map((d) => d.date)).toEqual(["1984-03-03", "1986"]);
    expect(
      findDates(
        sentences("The vote was on June 3, 1990, and a week later the count ended."),
        FRIDAY,
      ).dates.map((d) => d.date),
    ).toEqual(["1990-06-03", "1990-06-10"]);
  });

  it("not from a stretch of time, a date far back, or with nothing before them", () => {
    expect(
      findDates(
        sentences(
          "The ruling came on June 3, 1990.",
          "If no appeal is filed within 14 days, he can leave seven days later.",
        ),
        FRIDAY,
      ).dates.map((d) => d.date),
    ).toEqual(["1990-06-03"]);
    expect(findDates(sentences("Two years later it closed."), FRIDAY).dates).toEqual([]);
    // A range before it, or a date written after it.
    expect(
      findDates(
        sentences("They met last week.", "The vote comes two weeks later."),
        FRIDAY,
      ).dates.map((d) => d.stated),
    ).toEqual(["last week"]);
    expect(
      findDates(
        sentences("They met on Oct. 2.", "The vote comes two weeks later, on Oct. 18, in Ohio."),
        FRIDAY,
      ).dates.map((d) => d.date),
    ).toEqual(["1989-10-02", "1989-10-18"]);
    expect(
      findDates(sentences("It was finished two years later than planned."), FRIDAY).dates,
    ).toEqual([]);
  });
});

describe("“last March” with no publication date", () => {
  it("is the last such month by the latest date the article gives in the past", () => {
    const dates = findDates(
      sentences(
        "Sales in December 2004 rose by a fifth.",
        "The chart was launched last September and the election was last November.",
      ),
    ).dates;
    expect(dates.map((d) => d.date)).toEqual(["2004-09", "2004-11", "2004-12"]);
  });

  it("“next March” and “January next year” are not placed: the article's own day is unknown", () => {
    const found = findDates(
      sentences(
        "She has been injured since the final in June 2004.",
        "She hopes to be fit for the games next March and to retire in January next year.",
      ),
    );
    expect(found.dates.map((d) => d.date)).toEqual(["2004-06"]);
    expect(found.timeMentions.map((t) => t.stated)).toEqual(["next March", "January next year"]);
  });
});

describe("a refusal reported", () => {
  it("“wouldn't say Tuesday” is past, even after “next year”", () => {
    const dates = findDates(
      sentences("The party's leader next year wouldn’t say Tuesday how it would vote."),
      FRIDAY,
    ).dates;
    expect(dates.find((d) => d.stated === "Tuesday")?.date).toBe("1989-10-24");
    expect(one(FRIDAY, "A spokesman would not comment on Tuesday.")?.date).toBe("1989-10-24");
  });
});

describe("seasons and the year's end", () => {
  it("a season written with its year is that year's months (“in spring 2015”, “the summer of 2014”)", () => {
    expect(one("2016-06-15", "The plant opened in spring 2015.")?.date).toBe("2015-03");
    expect(one("2016-06-15", "Talks stalled in the summer of 2014.")?.date).toBe("2014-06");
    expect(one("2016-06-15", "Sales fell in fall 2013.")?.date).toBe("2013-09");
  });

  it("“by year end” is the end of the article's year", () => {
    expect(one("2016-06-15", "The deal is expected to close by year end.")?.date).toBe("2016-12");
  });
});

describe("the end of the month and short decades", () => {
  it("“by the end of the month” is the article's month, unless a month is written before it", () => {
    expect(one("1990-08-13", "The new bridge will open by the end of the month.")?.date).toBe(
      "1990-08",
    );
    expect(
      findDates(
        sentences("In March, officials promised to finish by the end of the month."),
        "1990-08-13",
      ).dates.map((d) => d.date),
    ).toEqual(["1990-03"]);
  });

  it("“the '60s” is a decade, “in his 60s” an age", () => {
    expect(one("1990-08-13", "Music of the '60s was played.")).toMatchObject({
      date: "1960",
      end: "1969",
    });
    expect(
      findDates(sentences("The actor, now in his 60s, returned."), "1990-08-13").dates,
    ).toEqual([]);
  });
});

describe("news forms read on US political news (2015–16)", () => {
  // 3 February 2016 was a Wednesday.
  const WED = "2016-02-03";

  it("a verb-like word after a possessive is a noun (“Cruz's Iowa win on Tuesday”)", () => {
    expect(
      one(WED, "The polls failed to predict the governor's Iowa win on Tuesday night.")?.date,
    ).toBe("2016-02-02");
    expect(one(WED, "The mayor's Ohio win on Tuesday surprised many.")?.date).toBe("2016-02-02");
  });

  it("a date in an opening “After …” phrase lies before its present-tense main clause", () => {
    expect(
      one(WED, "After a humbling, narrow defeat in Maine Tuesday, the senator is staggering in.")
        ?.date,
    ).toBe("2016-02-02");
    expect(one(WED, "After the vote on Tuesday, the senator will travel to Ohio.")?.date).toBe(
      "2016-02-09",
    );
  });

  it("“the looming showdown in July” and “let's beat them in November” point ahead", () => {
    expect(one(WED, "He was not hopeful about the looming showdown in July.")?.date).toBe(
      "2016-07",
    );
    expect(one(WED, "The mayor boomed: “Let’s beat them in November.”")?.date).toBe("2016-11");
  });

  it("a weekday that recurs (“on Saturday nights”, “on Sundays”) is not one date", () => {
    expect(
      findDates(sentences("The debates are on Saturday nights, like ours."), WED).dates,
    ).toEqual([]);
    expect(findDates(sentences("The museum is closed on Sundays."), WED).dates).toEqual([]);
  });

  it("a short -ed verb (“died”, “sued”) is a past verb", () => {
    expect(
      one("2016-07-13", "The judge, died in February and the seat has yet to be filled.")?.date,
    ).toBe("2016-02");
    expect(one("2016-07-13", "The firm sued the city in February.")?.date).toBe("2016-02");
  });

  it("a present in a clause of time (“when he speaks on Thursday”) points ahead", () => {
    // 14 June 2016 was a Tuesday.
    expect(
      one(
        "2016-06-14",
        "Few expect him to back her when he speaks to supporters on Thursday night.",
      )?.date,
    ).toBe("2016-06-16");
    expect(one("2016-06-14", "Aides said they will decide when they meet on Thursday.")?.date).toBe(
      "2016-06-16",
    );
    expect(one("2016-06-14", "He was tired when he arrived on Thursday.")?.date).toBe("2016-06-09");
  });

  it("a plan reported in the past (“was set to”, “were due to”) takes the nearest such day", () => {
    // 25 May 2016 was a Wednesday; 15 April 2016 a Friday.
    expect(
      one("2016-05-25", "The dinner, which the mayor was set to host Tuesday, was moved.")?.date,
    ).toBe("2016-05-24");
    expect(
      one("2016-04-15", "The governor was scheduled to speak to delegates Saturday morning.")?.date,
    ).toBe("2016-04-16");
    expect(
      one("2016-04-09", "All applicants were due to file their papers by March 15.")?.date,
    ).toBe("2016-03-15");
  });

  it("a clause of what was said after the date (“the announcement Friday that he would …”) does not set its direction", () => {
    // 8 August 2016 was a Monday.
    expect(
      one(
        "2016-08-08",
        "He spoke just before the governor's announcement Friday that he would endorse her.",
      )?.date,
    ).toBe("2016-08-05");
    // A relative clause does: "the convention in July that would elevate him".
    expect(
      one(
        "2016-04-12",
        "Allies beat back a whisper campaign, favoring a coup at the convention in July that would elevate the speaker.",
      )?.date,
    ).toBe("2016-07");
  });

  it("“when we were …” is a past, not a present in a clause of time", () => {
    expect(
      one("2016-06-05", "By December, when we were looking down the road, the state stood out.")
        ?.date,
    ).toBe("2015-12");
  });

  it("a date after a comma keeps only its own words (“Concord, N.C., on Monday”)", () => {
    expect(one(WED, "The man was ejected from a rally in Concord, N.C., on Monday.")?.stated).toBe(
      "Monday",
    );
  });

  it("an event named by its day lies ahead when its clause looks ahead", () => {
    // 8 February 2016 was a Monday.
    expect(one("2016-02-08", "He is sure that he will do well in Tuesday’s primary.")?.date).toBe(
      "2016-02-09",
    );
    expect(
      one("2016-02-08", "It is hard to say how the ads will affect the Saturday primary.")?.date,
    ).toBe("2016-02-13");
    expect(one("2016-02-08", "The issue could decide the November election.")?.date).toBe(
      "2016-11",
    );
    // A wish, a perfect or “soon after” is no future.
    expect(
      one("2016-02-08", "If you want to understand Thursday night’s debate, read on.")?.date,
    ).toBe("2016-02-04");
    expect(
      one("2016-02-08", "No polls appear to have been conducted before Saturday’s caucuses.")?.date,
    ).toBe("2016-02-06");
    expect(
      one("2016-02-08", "It was no surprise that soon after Sunday's attack he tweeted again.")
        ?.date,
    ).toBe("2016-02-07");
  });

  it("“later Monday”, “earlier Tuesday” are the day the story was written: the nearest such day", () => {
    // A story written on Monday 21 March 2016 and dated the next day.
    expect(
      one("2016-03-22", "He may face a skeptical crowd when he speaks later Monday.")?.date,
    ).toBe("2016-03-21");
    expect(
      one("2016-03-21", "He may face a skeptical crowd when he speaks later Monday.")?.date,
    ).toBe("2016-03-21");
  });

  it("a show's title in capitals (CBS's “This Morning”) is not the article's morning", () => {
    expect(
      findDates(sentences("He spoke in an interview on CBS’s “This Morning” at length."), WED)
        .dates,
    ).toEqual([]);
  });

  it("“June of that year” takes the year of the date written before it", () => {
    expect(
      findDates(
        sentences(
          "The governor won the race in 1992.",
          "He turned his image around between early June of that year and the convention.",
          "He took office in January the following year.",
        ),
        "2016-04-20",
      ).dates.map((d) => `${d.date} ${d.stated}`),
    ).toEqual([
      "1992 1992",
      "1992-06 early June of that year",
      "1993-01 January the following year",
    ]);
  });
});

describe("session 16 (s16-dates): asides and ranges under way", () => {
  it("a date in an aside set off by commas takes the verb after the aside; a future seen from a past saying is the nearest", () => {
    expect(
      one(
        FRIDAY,
        "Residents had argued that the first date, Oct. 28, would clash with the harvest fair.",
      )?.date,
    ).toBe("1989-10-28");
    const plan = findDates(
      sentences(
        "The board said its gritting plan, covering the period from 1 December to 28 February, would be published next week.",
      ),
      "1989-11-14",
    ).dates.find((d) => d.stated.includes("December"));
    expect([plan?.date, plan?.end]).toEqual(["1989-12-01", "1990-02-28"]);
  });

  it("a range told in the present is the one under way until its last day", () => {
    const season = one(
      "1989-09-08",
      "The sailing season, which runs from May 1 to Oct. 31, is the club's busiest.",
    );
    expect([season?.date, season?.end]).toEqual(["1989-05-01", "1989-10-31"]);
  });
});

describe("a clause's own present decides a weekday (25 October 1989 was a Wednesday)", () => {
  const WEDNESDAY = "1989-10-25";
  const day = (text: string, stated: string) =>
    findDates(sentences(text), WEDNESDAY).dates.find((d) => d.stated.includes(stated))?.date;

  it("an -s verb joined by “and” to a past one is the subject's present (“… and returns home on Friday”)", () => {
    expect(day("The squad flew to Lisbon on Monday and returns home on Friday.", "Friday")).toBe(
      "1989-10-27",
    );
  });

  it("a subject qualified by a phrase agrees with the verb after it (“Members of the public meet …”)", () => {
    expect(day("Members of the public meet the minister on Thursday.", "Thursday")).toBe(
      "1989-10-26",
    );
  });
});

describe("“last” as an ordinal inside a month points nowhere (20 November 2024 was a Wednesday)", () => {
  it("“will announce results in the last week of January” is next January's", () => {
    const [d] = findDates(
      sentences("The firm will announce its results in the last week of January."),
      "2024-11-20",
    ).dates;
    expect([d?.date, d?.end]).toEqual(["2025-01-25", "2025-01-31"]);
  });
});
