/**
 * Dates as news writes them (issue 12, point 7): made-up sentences, each for one general rule.
 * 27 October 1989 was a Friday.
 */
import { describe, expect, it } from "vitest";
import type { Sentence } from "../../src/model/analysis.js";
import { findDates } from "../../src/nlp/dates/dates.js";

const sentences = (...texts: string[]): Sentence[] =>
  texts.map((text, index) => ({ index, para: index + 1, text }));
const datesOf = (stated: string | undefined, ...texts: string[]) =>
  findDates(sentences(...texts), stated).dates;
const one = (stated: string, text: string) => datesOf(stated, text)[0];
const FRIDAY = "1989-10-27";

describe("year-less dates just ahead of the publication date", () => {
  it("a deadline, a record date or an expiry with no verb cue is this year's, not last year's", () => {
    expect(one(FRIDAY, "The company has set Nov. 10 as the deadline for bids.")?.date).toBe(
      "1989-11-10",
    );
    expect(one(FRIDAY, "The rights, which expire Nov. 21, can be exercised for $100.")?.date).toBe(
      "1989-11-21",
    );
    expect(
      datesOf(FRIDAY, "The board declared a dividend, payable Dec. 1 to holders of record Nov. 10.")
        .map((d) => d.date)
        .sort(),
    ).toEqual(["1989-11-10", "1989-12-01"]);
  });

  it("a past verb that sets a limit points ahead", () => {
    expect(one(FRIDAY, "The offer was extended to Nov. 20.")?.date).toBe("1989-11-20");
    expect(one(FRIDAY, "The firm agreed to pay down the loan by February.")?.date).toBe("1990-02");
  });

  it("a month set as a limit that ended half a year before the day is next year's; a day keeps the nearest", () => {
    expect(one(FRIDAY, "The council signed contracts to rebuild the bridge by June.")?.date).toBe(
      "1990-06",
    );
    expect(one(FRIDAY, "The offer was extended to Sept. 10.")?.date).toBe("1989-09-10");
  });

  it("a past verb on the date itself keeps it behind", () => {
    expect(one(FRIDAY, "The chairman resigned on Nov. 10.")?.date).toBe("1988-11-10");
    expect(one(FRIDAY, "Sales fell in December.")?.date).toBe("1988-12");
  });

  it("irregular past forms come from the lexicon; “is held” is a present", () => {
    expect(one(FRIDAY, "The rebels fought on Nov. 2.")?.date).toBe("1988-11-02");
    expect(one(FRIDAY, "The meeting is held on Nov. 2.")?.date).toBe("1989-11-02");
  });

  it("a month with no verb cue and far ahead stays in the past", () => {
    expect(one(FRIDAY, "In March, the chairman of the group was a banker.")?.date).toBe("1989-03");
  });

  it("a future clause takes the coming month", () => {
    expect(one("1989-12-05", "The plant will reopen in November.")?.date).toBe("1990-11");
  });
});

describe("weekdays in the direction of the sentence's tense", () => {
  it("a past-tense sentence published on that weekday means that very day", () => {
    expect(one(FRIDAY, "The board met on Friday.")?.date).toBe("1989-10-27");
    expect(one(FRIDAY, "The board met on Tuesday.")?.date).toBe("1989-10-24");
  });

  it("a future or present-tense sentence takes the coming one", () => {
    expect(one(FRIDAY, "The board will meet on Tuesday.")?.date).toBe("1989-10-31");
    expect(one(FRIDAY, "The trial opens Monday, officials said.")?.date).toBe("1989-10-30");
  });

  it("“Tuesday 31st”: the weekday with its day of the month written after it, in either direction", () => {
    expect(one(FRIDAY, "The show airs on Tuesday 31st.")).toMatchObject({
      stated: "Tuesday 31st",
      date: "1989-10-31",
    });
    expect(one(FRIDAY, "He left on Monday 16th.")?.date).toBe("1989-10-16");
  });

  it("“the last Saturday before Christmas” is counted from another date, not from the article's", () => {
    expect(
      datesOf(FRIDAY, "Shops did well on the last Saturday before the sale.").map((d) => d.stated),
    ).toEqual([]);
    expect(one(FRIDAY, "He left last Saturday.")?.date).toBe("1989-10-21");
  });

  it("“Thursday through Monday” is one span of days ending on the next such weekday", () => {
    expect(
      one(FRIDAY, "The survey, taken Saturday through Tuesday, had 900 replies."),
    ).toMatchObject({ date: "1989-10-21", end: "1989-10-24" });
    expect(one(FRIDAY, "The fair will run Friday to Sunday.")).toMatchObject({
      date: "1989-10-27",
      end: "1989-10-29",
    });
  });

  it("reads the verbs, not the words that look like them", () => {
    // "next to" is a place; "United" is a name, not a past verb.
    expect(one(FRIDAY, "Bombs exploded next to the embassy on Wednesday.")?.date).toBe(
      "1989-10-25",
    );
    expect(
      one(FRIDAY, "Her lawyer said she would be traveling to the United States Monday.")?.date,
    ).toBe("1989-10-30");
    // A plan made in the past: "planned to" is not a future.
    expect(one(FRIDAY, "On Wednesday, the government planned to hold a vote.")?.date).toBe(
      "1989-10-25",
    );
  });

  it("an -ed word that describes a noun is not the verb (“the proposed merger”)", () => {
    expect(one(FRIDAY, "Shareholders are to approve the proposed merger on Tuesday.")?.date).toBe(
      "1989-10-31",
    );
  });

  it("a modal or an adverb inside the verb group keeps it ahead", () => {
    expect(one(FRIDAY, "The results could be released on Tuesday.")?.date).toBe("1989-10-31");
    expect(one(FRIDAY, "The winner will probably be named on Tuesday.")?.date).toBe("1989-10-31");
  });

  it("a clause with no verb cue of its own takes the sentence's", () => {
    expect(
      one(FRIDAY, "Two ships will sail in June, with the third departing on Tuesday.")?.date,
    ).toBe("1989-10-31");
  });

  it("a past decision about an act to come may point ahead (“agreed to buy … in January”)", () => {
    expect(one(FRIDAY, "The bank agreed to acquire the holding company in January.")?.date).toBe(
      "1990-01",
    );
    expect(one(FRIDAY, "The team planned to leave Nairobi on Saturday.")?.date).toBe("1989-10-28");
    // An act that happened with its verb, and "to" before a name, stay in the past.
    expect(one(FRIDAY, "He failed to appear on Saturday.")?.date).toBe("1989-10-21");
    expect(one(FRIDAY, "He moved to Paris in January.")?.date).toBe("1989-01");
  });

  it("a deadline “until Tuesday” lies ahead, unless the clause looks back from it", () => {
    expect(one(FRIDAY, "Officials postponed until Tuesday any action on the case.")?.date).toBe(
      "1989-10-31",
    );
    expect(one(FRIDAY, "The agency has given them until 9 a.m. Tuesday to reply.")?.date).toBe(
      "1989-10-31",
    );
    expect(one(FRIDAY, "Police had not named him until Tuesday.")?.date).toBe("1989-10-24");
    expect(one(FRIDAY, "Until Tuesday, they had not named him.")?.date).toBe("1989-10-24");
  });

  it("an event named by its day (“Wednesday's ruling”) is past unless it is awaited", () => {
    expect(one(FRIDAY, "Lawyers will appeal against Wednesday's ruling.")?.date).toBe("1989-10-25");
    expect(one(FRIDAY, "Both parties campaigned ahead of Sunday's election.")?.date).toBe(
      "1989-10-29",
    );
    // A future seen from a past ("said they would …") does not put the event ahead.
    expect(
      one(FRIDAY, "His lawyers said they would look for ways to get around Wednesday's ruling.")
        ?.date,
    ).toBe("1989-10-25");
  });
});

describe("the article's own day", () => {
  it("“today”, “tonight” and “this morning” are the publication date", () => {
    expect(one(FRIDAY, "Police said today that the suspect had been arrested.")).toMatchObject({
      date: FRIDAY,
      precision: "day",
      relative: true,
    });
    expect(one(FRIDAY, "The president will speak tonight.")?.date).toBe(FRIDAY);
    expect(one(FRIDAY, "At today's meeting the board voted.")?.date).toBe(FRIDAY);
  });

  it("“Today” with a capital inside a sentence names a programme or a paper, not the day", () => {
    expect(datesOf(FRIDAY, "She told the radio station's Today programme she would stay.")).toEqual(
      [],
    );
    expect(datesOf(FRIDAY, "A Daily News TODAY/Gallup poll found support falling.")).toEqual([]);
    expect(one(FRIDAY, "Today, the mayor said he would stay.")?.date).toBe(FRIDAY);
    expect(one(FRIDAY, 'He said: "Today we start again."')?.date).toBe(FRIDAY);
  });

  it("“in today's world” is any time now, not a date", () => {
    expect(datesOf(FRIDAY, "Privacy matters in today's world.")).toEqual([]);
  });

  it("without a stated publication date “today” is left out, not listed as unplaced", () => {
    const r = findDates(sentences("Police said today that the suspect had been arrested."));
    expect(r.dates).toEqual([]);
    expect(r.timeMentions).toEqual([]);
  });
});

describe("years as news writes them", () => {
  const years = (text: string) =>
    datesOf(FRIDAY, text).map((d) => (d.end ? `${d.date}…${d.end}` : d.date));

  it("a year used as a modifier is a date", () => {
    expect(years("The bank, which completed a 2012 merger, sold her 1998 album rights.")).toEqual([
      "1998",
      "2012",
    ]);
    expect(
      years("He lost his unsuccessful 1996 campaign and the company's 1989 results fell."),
    ).toEqual(["1989", "1996"]);
  });

  it("a year before a noun of a period's accounts or events is a date, whatever precedes it", () => {
    expect(years("Analysts were predicting 1990 Westbrook Bell earnings of $3 a share.")).toEqual([
      "1990",
    ]);
    expect(years("Voters went to the polls in two 2016 elections.")).toEqual(["2016"]);
    expect(years("Fans bought 1990 tickets and sold 2000 shares.")).toEqual([]);
  });

  it("fiscal and calendar years, and years after “for”, “into” and “both”", () => {
    expect(years("In fiscal 1989, the company earned $7.8 million.")).toEqual(["1989"]);
    expect(years("Profits will fall in both 1990 and 1992.")).toEqual(["1990", "1992"]);
    expect(years("For 1988, the group earned $1.7 billion and expects growth into 1990.")).toEqual([
      "1988",
      "1990",
    ]);
  });

  it("ranges of years are one date with an end", () => {
    expect(years("Sales rose in 2014-2015.")).toEqual(["2014…2015"]);
    expect(years("The 1989-90 season was his best.")).toEqual(["1989…1990"]);
    expect(years("He was in office from 1991 to 1997.")).toEqual(["1991…1997"]);
    expect(years("The budget for 1999-00 was cut.")).toEqual(["1999…2000"]);
  });

  it("a decade is its ten years; its early, mid- and late years are 0–3, 4–6 and 7–9", () => {
    expect(years("Prices rose in the 1990s.")).toEqual(["1990…1999"]);
    expect(years("Prices rose in the mid-1990s and the early 2000s.")).toEqual([
      "1994…1996",
      "2000…2003",
    ]);
    expect(
      years("The pier was rebuilt in the late '60s and again in the mid-to-late 1980s."),
    ).toEqual(["1967…1969", "1984…1989"]);
    expect(years("He grew up in 1950s Britain; it cost $1990s.")).toEqual(["1950…1959"]);
  });

  it("counts, prices and dates written in numbers are not years", () => {
    expect(years("He has 2004 shares and 1999 votes were cast.")).toEqual([]);
    expect(years("The 2000 people who attended paid $1990 each.")).toEqual([]);
    expect(years("See figure 1998/7 and the range 2050-1990.")).toEqual([]);
    expect(years("They dropped a 2000 lb bomb; the bill passed 219 votes to 1800.")).toEqual([]);
  });

  it("years listed after a year", () => {
    expect(years("It was seen in 1994, 1995 and 1997.")).toEqual(["1994", "1995", "1997"]);
    expect(years("In 1994, 1995 people came.")).toEqual(["1994"]);
  });
});

describe("months named alone", () => {
  it("“last March” is March a year round, not the month just past", () => {
    expect(one("1998-03-01", "Two helicopters crashed last February.")?.date).toBe("1997-02");
    expect(one("1998-03-20", "The committee was appointed last January.")?.date).toBe("1998-01");
    expect(one("1989-10-26", "The committee was appointed last May.")?.date).toBe("1989-05");
    expect(one("1989-10-26", "The election is expected next May.")?.date).toBe("1990-05");
    expect(one("1989-10-26", "Sales rose this March.")?.date).toBe("1989-03");
  });

  it("a month that names an event or a term (“the October slaying”) is a date", () => {
    expect(one("1999-04-19", "Police gathered evidence in the October slaying.")?.date).toBe(
      "1998-10",
    );
    expect(one("1999-02-10", "The March accession will let them sign the documents.")?.date).toBe(
      "1999-03",
    );
    expect(one("2000-01-05", "He gave no reason for the Jan. 14 deadline.")?.date).toBe(
      "2000-01-14",
    );
  });

  it("never a name", () => {
    expect(datesOf(FRIDAY, "Talks sped up after May's chairman resigned.")).toEqual([]);
    expect(datesOf(FRIDAY, "The March of Dimes raised money, April Ryan said.")).toEqual([]);
  });
});

describe("years named against the article's year", () => {
  const dated = (text: string) =>
    datesOf(FRIDAY, text).map((d) => [d.stated, d.end ? `${d.date}…${d.end}` : d.date]);

  it("fiscal and current years, and the end of the year", () => {
    expect(dated("Sales in the next fiscal year will rise.")).toEqual([
      ["the next fiscal year", "1990"],
    ]);
    expect(dated("It expects growth in the current fiscal year.")).toEqual([
      ["the current fiscal year", "1989"],
    ]);
    expect(dated("The merger should close by year-end.")).toEqual([["year-end", "1989-12"]]);
    expect(dated("It will break even by the end of next year.")).toEqual([
      ["end of next year", "1990-12"],
    ]);
  });

  it("the year reported on, and the year before it, named without a number", () => {
    expect(dated("The company expects a loss for the full year.")).toEqual([
      ["the full year", "1989"],
    ]);
    // (Session 17: the months counted, as a quarter or a half is its months.)
    expect(dated("Sales fell in the first nine months of the year.")).toEqual([
      ["the first nine months of the year", "1989-01…1989-09"],
    ]);
    expect(dated("Net income rose 5% from a year earlier.")).toEqual([["a year earlier", "1988"]]);
    expect(dated("The year-earlier results were restated.")).toEqual([["year-earlier", "1988"]]);
    // Another year in the sentence is the one meant; "the year before" is no date by itself.
    expect(dated("In 1995 sales fell; a year earlier they rose.")).toEqual([["1995", "1995"]]);
    expect(dated("It was the year before the war, and he was named man of the year.")).toEqual([]);
    expect(
      dated("He left a year before the war; in the year since the attack, crime fell."),
    ).toEqual([]);
  });

  it("a range from a relative date to a written one is two dates", () => {
    expect(dated("The fund has fallen 2% this year through Oct. 19, Lipper says.")).toEqual([
      ["this year", "1989"],
      ["Oct. 19", "1989-10-19"],
    ]);
  });

  it("“from today through Nov. 17” is two dates; “June 5 through Oct. 19” one range", () => {
    expect(dated("Shares trade at that price from today through Nov. 17.")).toEqual([
      ["today", "1989-10-27"],
      ["Nov. 17", "1989-11-17"],
    ]);
    expect(
      datesOf(FRIDAY, "Trading ran from June 5 through Oct. 19.").map((d) => [d.date, d.end]),
    ).toEqual([["1989-06-05", "1989-10-19"]]);
  });

  it("years as transcripts write them", () => {
    expect(dated("In nineteen ninety-one he was convicted.")).toEqual([
      ["nineteen ninety-one", "1991"],
    ]);
    expect(dated("January nineteen ninety-seven. Atlanta again.")).toEqual([
      ["January nineteen ninety-seven", "1997-01"],
    ]);
    expect(dated("The goal was set for the year two thousand.")).toEqual([
      ["two thousand", "2000"],
    ]);
    expect(dated("Nineteen people met two thousand nineteen twenty-somethings.")).toEqual([]);
  });
});

describe("days written around their month", () => {
  const all = (stated: string, text: string) =>
    datesOf(stated, text).map((d) => [d.stated, d.date]);

  it("two days of one month written once are two dates, with the year written after them", () => {
    expect(all(FRIDAY, "The talks were held on April 24 and 26, 1998.")).toEqual([
      ["April 24", "1998-04-24"],
      ["26, 1998", "1998-04-26"],
    ]);
    expect(all(FRIDAY, "The summit will be held on 2 and 4 December.")).toEqual([
      ["2", "1989-12-02"],
      ["4 December", "1989-12-04"],
    ]);
    expect(all(FRIDAY, "He scored on April 24 and 25 people died.")).toEqual([
      ["April 24", "1989-04-24"],
    ]);
  });

  it("“between 24 and 26 December”, “from April 3 to 5”, “on 3rd and 4th March”: one span from the first day to the last", () => {
    const span = (stated: string, text: string) =>
      datesOf(stated, text).map((d) => [d.stated, d.date, d.end]);
    expect(span(FRIDAY, "The office was shut between 24 and 26 December.")).toEqual([
      ["24 and 26 December", "1988-12-24", "1988-12-26"],
    ]);
    expect(span(FRIDAY, "The fair ran from April 3 to 5.")).toEqual([
      ["April 3 to 5", "1989-04-03", "1989-04-05"],
    ]);
    expect(span(FRIDAY, "Talks were held on 3rd and 4th March.")).toEqual([
      ["3rd and 4th March", "1989-03-03", "1989-03-04"],
    ]);
  });

  it("“24 December last year”, “March this year”: one date in the year named against the article's", () => {
    const day = (...texts: string[]) => datesOf(FRIDAY, ...texts).map((d) => [d.stated, d.date]);
    expect(day("He died on 24 December last year.")).toEqual([
      ["24 December last year", "1988-12-24"],
    ]);
    expect(day("The law came into force in March this year.")).toEqual([
      ["March this year", "1989-03"],
    ]);
    expect(day("Talks are due in June of next year.")).toEqual([["June of next year", "1990-06"]]);
    expect(day("In May last year's winner lost.")).toEqual([
      ["last year", "1988"],
      ["May", "1989-05"],
    ]);
  });

  it("“a fortnight ago”: the day 14 days back (session 19); “in a fortnight's time”: the week two weeks ahead", () => {
    const shut = one(FRIDAY, "The shop shut a fortnight ago.");
    expect(shut).toMatchObject({ stated: "a fortnight ago", date: "1989-10-13" });
    expect(shut?.end).toBeUndefined();
    expect(one(FRIDAY, "The vote will be held in a fortnight's time.")).toMatchObject({
      stated: "a fortnight's time",
      date: "1989-11-06",
    });
  });

  it("fiscal years written short: “FY20”, “FY2019-20”, “FY 2019/20”", () => {
    const years = (text: string) => datesOf(FRIDAY, text).map((d) => [d.stated, d.date, d.end]);
    expect(years("Revenue rose in FY20.")).toEqual([["FY20", "2020", undefined]]);
    expect(years("The FY2019-20 budget was passed.")).toEqual([["FY2019-20", "2019", "2020"]]);
    expect(years("FY 2019/20 results were weak.")).toEqual([["FY 2019/20", "2019", "2020"]]);
    expect(years("Profit in FY99 fell.")).toEqual([["FY99", "1999", undefined]]);
  });

  it("“the June quarter”: the three months ending with the month named", () => {
    expect(one(FRIDAY, "Exports fell in the June quarter.")).toMatchObject({
      stated: "June quarter",
      date: "1989-04",
      end: "1989-06",
    });
    expect(datesOf(FRIDAY, "He paid a quarter in June.").map((d) => d.stated)).toEqual(["June"]);
  });

  it("“in the year to March”: the end of a period reported, in the past, not a limit ahead", () => {
    // (The period itself, "the year", is a date of its own: test/nlp/dates-period-ends.test.ts.)
    const month = (text: string) =>
      datesOf(FRIDAY, text).find((d) => /^[A-Z]/.test(d.stated))?.date;
    expect(month("Inflation rose 2% in the year to March.")).toBe("1989-03");
    expect(month("Profits fell in the 12 months to November.")).toBe("1988-11");
  });

  it("a numeric date the numbers leave open is read in the order the article writes its dates", () => {
    const day = (...texts: string[]) => datesOf(FRIDAY, ...texts).map((d) => [d.stated, d.date]);
    expect(day("The vote on 05/06/1989 was close.", "Polls closed on 12 October.")).toEqual([
      ["05/06/1989", "1989-06-05"],
      ["12 October", "1989-10-12"],
    ]);
    expect(day("The vote on 05/06/1989 was close.", "Polls closed on October 12.")).toEqual([
      ["05/06/1989", "1989-05-06"],
      ["October 12", "1989-10-12"],
    ]);
    expect(day("The vote on 05/06/1989 was close.", "The count ended on 24/06/1989.")).toEqual([
      ["05/06/1989", "1989-06-05"],
      ["24/06/1989", "1989-06-24"],
    ]);
    expect(day("The vote on 05.06.1989 was close.")).toEqual([["05.06.1989", "1989-06-05"]]);
  });

  it("“the night of Oct. 23” is Oct. 23", () => {
    expect(all(FRIDAY, "He was shot on the night of Oct. 23 as he stood in the kitchen.")).toEqual([
      ["Oct. 23", "1989-10-23"],
    ]);
  });
});

describe("dates that point back at the last one given", () => {
  it("“that year”, “later that year”, “the same day” take the last date's year or day", () => {
    expect(
      datesOf(FRIDAY, "He fled in June 1980 and returned later that year.").map((d) => [
        d.stated,
        d.date,
      ]),
    ).toContainEqual(["later that year", "1980"]);
    expect(
      datesOf(FRIDAY, "She was born on March 3, 1950.", "Her father died the same day.").map(
        (d) => [d.stated, d.date],
      ),
    ).toContainEqual(["the same day", "1950-03-03"]);
  });

  it("“the next morning”, “the following month”, “the day before” move from the last date", () => {
    const all = (...texts: string[]) => datesOf(FRIDAY, ...texts).map((d) => [d.stated, d.date]);
    expect(
      all("He was arrested on March 3, 1998.", "The next morning he was in court."),
    ).toContainEqual(["The next morning", "1998-03-04"]);
    expect(
      all("The firm was sold in March 1989.", "The following month, it closed."),
    ).toContainEqual(["The following month", "1989-04"]);
    expect(all("He left on Dec. 31, 1998, and was charged the day before.")).toContainEqual([
      "the day before",
      "1998-12-30",
    ]);
    // "the day before the hearing" is counted from the hearing, which has no date here.
    expect(all("He was arrested on March 3, 1998, and freed the day before the hearing.")).toEqual([
      ["March 3, 1998", "1998-03-03"],
    ]);
  });

  it("“that night”, “the following week”, “the day after”, “until then” move from the last date", () => {
    const all = (...texts: string[]) =>
      datesOf(FRIDAY, ...texts).map((d) => [d.stated, d.date, d.end]);
    // Kenyan, British and Indian styles: the narrative's day, not the article's.
    expect(
      all("The fire broke out in Nakuru on 3 March 1988.", "That night, crews fought the blaze."),
    ).toContainEqual(["That night", "1988-03-03", undefined]);
    expect(
      all(
        "The mill in Leeds closed on Thursday 14 April 1988.",
        "The following week, staff marched.",
      ),
    ).toContainEqual(["The following week", "1988-04-18", "1988-04-24"]);
    expect(
      all(
        "The bridge in Pune was shut on 3rd March, 1988.",
        "The week before, engineers had warned.",
      ),
    ).toContainEqual(["The week before", "1988-02-22", "1988-02-28"]);
    expect(all("He was arrested on March 9, 1988.", "The day after, he was freed.")).toContainEqual(
      ["The day after", "1988-03-10", undefined],
    );
    expect(
      all("The offer expires on Nov. 30.", "Until then, the shares remain listed."),
    ).toContainEqual(["Until then", "1989-11-30", undefined]);
    expect(all("He sold the firm in 1985.", "By then he was rich.")).toContainEqual([
      "By then",
      "1985",
      undefined,
    ]);
    // "said that evening crews were tired": "that" opens what was said.
    expect(
      all("The fire began on March 13, 1988.", "Officials said that evening crews were tired.").map(
        (d) => d[0],
      ),
    ).toEqual(["March 13, 1988"]);
    // Any verb of saying reporting-verbs.ts lists, not only "said": "insisted that night shifts …".
    expect(
      all(
        "The fire began on March 13, 1988.",
        "The chief insisted that night shifts would continue.",
      ).map((d) => d[0]),
    ).toEqual(["March 13, 1988"]);
    // "by then" two sentences on, or with no date before it, names nothing.
    expect(
      all("He sold the firm in 1985.", "He moved abroad.", "By then he was rich.").map((d) => d[0]),
    ).toEqual(["1985"]);
  });

  it("with no date before them, or a coarser one, they are not dates", () => {
    expect(datesOf(FRIDAY, "Nothing happened that year.")).toEqual([]);
    expect(datesOf(FRIDAY, "He left in 1980 and died that same day.").map((d) => d.stated)).toEqual(
      ["1980"],
    );
  });
});

describe("a present-tense clause speaks of a date to come", () => {
  // English reports what has happened in the past tense.
  it("a year-less month or day in a present clause is the coming one, not the nearest", () => {
    expect(
      one("2016-05-19", "Once the rule takes effect on Dec. 1, workers get more pay.")?.date,
    ).toBe("2016-12-01");
    expect(
      one("2016-02-10", "The party keeps its seats if the mayor is elected in November.")?.date,
    ).toBe("2016-11");
  });

  it("a date just past keeps its year in a present clause", () => {
    expect(
      one("2016-03-10", "The strike that began on Feb. 20 is now in its third week.")?.date,
    ).toBe("2016-02-20");
  });

  it("an act decided or asked for (“agreed to …”, “asked … to …”) takes the nearest year", () => {
    expect(one("2016-01-05", "The board agreed to sell the plant in late November.")?.date).toBe(
      "2015-11",
    );
    expect(
      one("2016-07-20", "The mayor asked for funds to repair the bridge in February.")?.date,
    ).toBe("2016-02");
  });

  it("“that” after a plural noun opens a relative clause: its past verb counts", () => {
    expect(
      one("1999-05-06", "He is a suspect in attacks that injured two guards in November.")?.date,
    ).toBe("1998-11");
  });
});

describe("which words bound a date's side of the article's day", () => {
  it("“due to the storm” gives a cause, not a future", () => {
    expect(
      one(
        "2016-06-21",
        "The speech, which was cancelled due to the storm on June 12, is expected to run long.",
      )?.date,
    ).toBe("2016-06-12");
    expect(one("2016-06-21", "The report is due to arrive on June 30.")?.date).toBe("2016-06-30");
  });

  it("“as of June 30” names the day a state of things holds: the nearest", () => {
    expect(
      one(
        "2016-07-02",
        "About 9,000 ballots were still to be counted as of June 30, officials said.",
      )?.date,
    ).toBe("2016-06-30");
  });

  it("a date in a “before …” phrase of a past clause is not bounded by its tense", () => {
    expect(
      one("2016-01-18", "The debate came 15 days before the state caucuses on Feb. 1, a key test.")
        ?.date,
    ).toBe("2016-02-01");
    expect(
      one("2016-03-10", "The debate came days before the state caucuses on Feb. 1.")?.date,
    ).toBe("2016-02-01");
  });

  it("“it expects to nearly double”: the “to” after the verb, past an adverb, still looks ahead", () => {
    expect(
      datesOf("2005-02-01", "By 2010, it expects to nearly double its sales.")[0]?.future,
    ).toBe(true);
  });

  it("a third-person present after its subject (“which votes”, “he says”) is a present", () => {
    expect(
      one("2016-01-18", "The mayor is well placed in the town, which votes Feb. 27.")?.date,
    ).toBe("2016-02-27");
  });

  it("an -ed word joined to a noun (“the delegate-packed primary”) is no past verb", () => {
    expect(one("2016-03-23", "Then comes the delegate-packed April 19 primary.")?.date).toBe(
      "2016-04-19",
    );
  });

  it("“challenged him to debate on April 14” asks for an act that may lie ahead", () => {
    expect(
      one("2016-04-05", "The mayor challenged her rival to debate him on April 14.")?.date,
    ).toBe("2016-04-14");
  });

  it("a present found only in another clause does not push the date ahead", () => {
    expect(
      one(
        "2015-11-24",
        "She is vague about where she stands, offering little beyond a speech in October.",
      )?.date,
    ).toBe("2015-10");
  });
});

describe("dates named by what they are the date of", () => {
  it("an event named by its month looks ahead when its own verb does (“the November vote will …”)", () => {
    expect(one("2016-03-02", "Polls suggest the November vote will end in a tie.")?.date).toBe(
      "2016-11",
    );
    expect(one("2016-03-02", "Critics fear the November vote may be close.")?.date).toBe("2016-11");
  });

  it("what was said at an event named by its month is not the event's verb", () => {
    expect(
      one("2016-07-27", "She said at the February meeting that the bank might act sooner.")?.date,
    ).toBe("2016-02");
  });

  it("a capitalised date word alone in quote marks is a title (a show, a book), not a date", () => {
    expect(
      datesOf("2016-04-08", "The senator visited NBC’s “Today” to discuss his remarks."),
    ).toEqual([]);
    expect(datesOf("2016-04-08", "“Today’s speech shows the way,” she said.")).toHaveLength(1);
  });
});

describe("infinitives", () => {
  it("“plans to bring out a model in 2006”: an -ing that is the verb's base is an infinitive", () => {
    expect(datesOf("2005-02-01", "The firm plans to bring out a model in 2006.")[0]?.future).toBe(
      true,
    );
  });
});

describe("“last” and “next” as adjectives, and days the article writes in full elsewhere", () => {
  it("after a possessive, “last year” is someone's final year, not the article's last year", () => {
    expect(datesOf(FRIDAY, "He spent his last year in office touring the provinces.")).toEqual([]);
    expect(datesOf(FRIDAY, "The senator's next week in Geneva will be busy.")).toEqual([]);
    expect(one(FRIDAY, "The firm's sales fell last year.")?.date).toBe("1988");
  });

  it("“the last week of the campaign” is no week of the article; “in the last year” is a stretch of time", () => {
    expect(datesOf(FRIDAY, "Nobody wants to campaign in the last week of the race.")).toEqual([]);
    const r = findDates(sentences("The tool was used five times in the last year."), FRIDAY);
    expect(r.dates).toEqual([]);
    expect(r.timeMentions.map((t) => t.kind)).toEqual(["duration"]);
  });

  it("a day told without its year in the past is the day the article writes with its year", () => {
    const dates = datesOf(
      FRIDAY,
      "The bridge collapsed on Aug. 3, 1971, killing nine.",
      "Engineers studied the Aug. 3 collapse for years.",
    );
    expect(dates.map((d) => [d.stated, d.date, d.implied])).toEqual([
      ["Aug. 3, 1971", "1971-08-03", false],
      ["Aug. 3", "1971-08-03", true],
    ]);
    // A present clause keeps its own year: the day ahead is another one.
    expect(
      datesOf(FRIDAY, "The vote on Nov. 3, 1987 failed.", "The next vote is on Nov. 3.").map(
        (d) => d.date,
      ),
    ).toEqual(["1987-11-03", "1989-11-03"]);
  });
});

describe("verbs the clause's direction hangs on", () => {
  it("“rose” after no determiner is the past verb (“sales rose”), as “fell” is", () => {
    expect(one("1989-12-18", "Sales rose 3% in January.")?.date).toBe("1989-01");
    expect(one("1989-12-18", "Sales in January rose 3%.")?.date).toBe("1989-01");
  });

  it("a plan named in the subject whose own verb is past (“planned for Saturday was canceled”) is the nearest day", () => {
    // 24 October 1999 was a Sunday.
    expect(
      one("1999-10-24", "A service planned for Saturday was canceled after threats.")?.date,
    ).toBe("1999-10-23");
    expect(one("1999-10-24", "A service is planned for Saturday.")?.date).toBe("1999-10-30");
  });

  it("an event an “after” phrase names in a present clause is the nearest, not the coming one", () => {
    expect(one("1989-12-18", "The move comes after a similar decision in October.")?.date).toBe(
      "1989-10",
    );
    expect(one("1989-12-18", "The vote comes after the talks in January.")?.date).toBe("1990-01");
  });
});

describe("present verbs that ask, let or pledge an act to come", () => {
  it("the act after “allows them to”, “asks him to” lies on either side: the nearest; after “vows to”, ahead", () => {
    const AUG = "2016-08-12";
    expect(one(AUG, "“That allows us to win a mandate in November,” the group wrote.")?.date).toBe(
      "2016-11",
    );
    expect(one(AUG, "The mayor asks the council to act in July.")?.date).toBe("2016-07");
    expect(one(AUG, "The governor vows to return in March.")?.date).toBe("2017-03");
  });
});

describe("a date in a reported clause", () => {
  it("takes the direction of the reported clause's own verb, seen from the saying: the nearest", () => {
    const AUG = "2016-08-22";
    expect(one(AUG, "He said the gathering in September would be the group's last.")?.date).toBe(
      "2016-09",
    );
    expect(one(AUG, "He said the vote in March was rigged.")?.date).toBe("2016-03");
    expect(one(AUG, "He said in March that he would run.")?.date).toBe("2016-03");
    // The day of the saying, and what would have been, keep the past (22 August 2016 was a Monday).
    expect(one(AUG, "He was announcing on Wednesday he would meet them.")?.date).toBe("2016-08-17");
    expect(one(AUG, "She noted that Saturday would have been his birthday.")?.date).toBe(
      "2016-08-20",
    );
  });
});

describe("a present verb after an aside", () => {
  it("is the subject's own verb: the aside's past does not decide (“The inquiry, announced in January, reports in June”)", () => {
    const MAR = "2026-03-10";
    const dates = datesOf(MAR, "The inquiry, announced in January, reports in June.");
    expect(dates.map((d) => [d.stated, d.date])).toEqual([
      ["January", "2026-01"],
      ["June", "2026-06"],
    ]);
  });
});

describe("numbers chrono reads in part", () => {
  it("two digits after a month and a comma are an age or a count, not a year", () => {
    expect(datesOf(FRIDAY, "Ana Lucia May, 60, a teacher, said she was elated.")).toEqual([]);
    const march = datesOf(
      FRIDAY,
      "In the state's primary in March, 74 percent of voters were over 45.",
    );
    expect(march.map((d) => [d.stated, d.date])).toEqual([["March", "1989-03"]]);
    expect(one(FRIDAY, "She was born in March, 1954.")?.date).toBe("1954-03");
  });

  it("“twenty-five years ago” counts the tens before the hyphen", () => {
    const d = one(FRIDAY, "Twenty-five years ago, the two parties signed a truce.");
    expect([d?.stated, d?.date]).toEqual(["Twenty-five years ago", "1964"]);
  });
});

describe("weekdays as British and American news write them", () => {
  // 4 December 2026 is a Friday.
  const FRI = "2026-12-04";
  it("“this Sunday” is the coming one unless the clause is past", () => {
    expect(one(FRI, "Polls close this Sunday.")?.date).toBe("2026-12-06");
    expect(one(FRI, "Talks this Wednesday failed.")?.date).toBe("2026-12-02");
  });

  it("“this past week”, “this past weekend”, “the past weekend” are the last ones; “over the past week” is a stretch", () => {
    expect(one(FRI, "The senators voted this past week.")).toMatchObject({
      stated: "this past week",
      date: "2026-11-23",
      end: "2026-11-29",
    });
    expect(one(FRI, "The fire broke out this past weekend.")?.date).toBe("2026-11-28");
    expect(one(FRI, "The fire broke out during the past weekend.")?.date).toBe("2026-11-28");
    expect(one(FRI, "Sales rose this past month.")?.date).toBe("2026-11");
    expect(datesOf(FRI, "Sales rose over the past week.")).toEqual([]);
  });

  it("“Thursday next week”, “Monday last week”: that weekday of the week named", () => {
    expect(one(FRI, "The vote will be held Thursday next week.")?.date).toBe("2026-12-10");
    expect(one(FRI, "The vote was held on Monday last week.")?.date).toBe("2026-11-23");
    expect(one(FRI, "The vote was held on Monday this week.")?.date).toBe("2026-11-30");
  });

  it("“the day before yesterday” and “the day after tomorrow” are two days away", () => {
    expect(one(FRI, "The vote was held the day before yesterday.")?.date).toBe("2026-12-02");
    expect(one(FRI, "The vote will be held the day after tomorrow.")?.date).toBe("2026-12-06");
  });

  it("“on the weekend” is the last or the coming weekend, as “at the weekend” is", () => {
    expect(one(FRI, "The vote was held on the weekend.")).toMatchObject({
      date: "2026-11-28",
      end: "2026-11-29",
    });
    expect(one(FRI, "The vote will be held on the weekend.")?.date).toBe("2026-12-05");
    expect(datesOf(FRI, "Shops closed on the weekend of the fair.")).toEqual([]);
  });

  it("“Sunday week” is a week after the coming Sunday", () => {
    const d = one(FRI, "The final is on Sunday week.");
    expect([d?.stated, d?.date]).toEqual(["Sunday week", "2026-12-13"]);
  });
});

describe("a relative clause's own present", () => {
  // 20 February 2016 was a Saturday.
  it("a base-form verb after “who”/“that” and a plural noun or a name looks ahead, past the main clause's past", () => {
    expect(
      one(
        "2016-02-20",
        "He has focused on states in the Midwest and Northeast that host contests in March.",
      )?.date,
    ).toBe("2016-03");
    expect(one("2016-05-12", "Voters who go to the polls in November face a choice.")?.date).toBe(
      "2016-11",
    );
    // A past verb in the relative clause keeps the date behind.
    expect(one("2016-05-12", "He met the officials who resigned in March.")?.date).toBe("2016-03");
    // A weekday goes with the main clause: "who oppose him … Thursday" is when he met them.
    expect(
      one("2016-07-08", "He clashed with senators who oppose him on Capitol Hill Thursday.")?.date,
    ).toBe("2016-07-07");
    // "that year" is no verb.
    expect(one("2016-05-12", "Officials that year said the plant closed in November.")?.date).toBe(
      "2015-11",
    );
  });
});

describe("years of accounts", () => {
  const fiscal = (text: string) =>
    datesOf("2016-05-10", text).map((d) => [d.date, d.end, d.fiscal ?? false]);
  it("“fiscal 2015”, “FY2015”, “the 2015 fiscal year”, “the 2014-15 financial year” are years of accounts", () => {
    expect(fiscal("The firm reported a loss in fiscal 2015.")).toEqual([["2015", undefined, true]]);
    expect(fiscal("Revenue rose 4% in FY2015.")).toEqual([["2015", undefined, true]]);
    expect(fiscal("Revenue rose 4% in the 2015 fiscal year.")).toEqual([["2015", undefined, true]]);
    expect(fiscal("Sales fell in the 2014-15 financial year.")).toEqual([["2014", "2015", true]]);
    expect(fiscal("Revenue will rise in the next fiscal year.")).toEqual([
      ["2017", undefined, true],
    ]);
    expect(fiscal("The plan covers fiscal years 2016 through 2018.")).toEqual([
      ["2016", undefined, true],
      ["2018", undefined, true],
    ]);
  });

  it("a calendar year is not one", () => {
    expect(fiscal("Sales fell in 2015, the firm said.")).toEqual([["2015", undefined, false]]);
    expect(fiscal("Sales fell last year.")).toEqual([["2015", undefined, false]]);
  });
});

describe("the part of a year or month the text names", () => {
  const shown = (text: string) => datesOf("2016-05-10", text).map((d) => [d.date, d.part ?? ""]);
  it("early, mid and late; the start, middle and end of", () => {
    expect(shown("The plant opened in early 2014.")).toEqual([["2014", "early"]]);
    expect(shown("The plant opened in mid-2014.")).toEqual([["2014", "mid"]]);
    expect(shown("The plant opened at the end of 2014.")).toEqual([["2014", "late"]]);
    expect(shown("Prices fell sharply late last month.")).toEqual([["2016-04", "late"]]);
    expect(shown("He arrived in the middle of March.")).toEqual([["2016-03", "mid"]]);
    // ("the late 1990s" is 1997–1999, its own years; the part names them for the line.)
    expect(shown("Crime fell in the late 1990s.")).toEqual([["1997", "late"]]);
    expect(shown("Crime fell in the mid-to-late 1960s.")).toEqual([["1964", ""]]);
    // Already the month it ends in; a day is a day.
    expect(shown("The road will be finished by the end of next year.")).toEqual([["2017-12", ""]]);
    expect(shown("The plant closed late Tuesday.")).toEqual([["2016-05-10", ""]]);
  });

  it("a season in the article's own word", () => {
    expect(shown("The plant opened last fall.")).toEqual([["2015-09", "fall"]]);
    expect(shown("The plant opened in the summer of 2011.")).toEqual([["2011-06", "summer"]]);
  });

  it("“at the end of last year” is last December, not a stretch of time", () => {
    expect(shown("The plant was finished at the end of last year.")).toEqual([["2015-12", ""]]);
  });
});

describe("an event named by its day that the clause's subject takes part in", () => {
  // 30 April 2016 was a Saturday.
  it("a subject's own present with “in”/“at” before the day's event: the nearest such day", () => {
    expect(one("2016-04-30", "Cruz badly needs a win in Tuesday's primary.")?.date).toBe(
      "2016-05-03",
    );
    expect(one("2016-04-30", "Cruz won in Tuesday's primary.")?.date).toBe("2016-04-26");
    expect(one("2016-04-30", "Cruz says he did well in Tuesday's primary.")?.date).toBe(
      "2016-04-26",
    );
    expect(one("2016-04-30", "Police are investigating Tuesday's shooting.")?.date).toBe(
      "2016-04-26",
    );
  });
});

describe("a month in the subject of a present of state", () => {
  // Figures are published after the month they are of: the nearest such month, not the coming one.
  it("“Sales in December are up”, “the December figures show”: the last December, two months back", () => {
    expect(one("2017-02-15", "Sales in December are up 5%.")?.date).toBe("2016-12");
    expect(one("2017-02-15", "The December figures show a rise in sales.")?.date).toBe("2016-12");
    expect(one("2017-03-15", "Inflation in January is 2%.")?.date).toBe("2017-01");
  });

  it("a present after the verb still looks ahead", () => {
    expect(one("2017-02-15", "The rule takes effect in March.")?.date).toBe("2017-03");
    expect(one("2017-06-15", "The rule takes effect in March.")?.date).toBe("2018-03");
  });
});
