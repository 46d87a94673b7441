import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyse, articleSentences } from "../../src/analysis/analyse.js";
import type { Analysis, Sentence } from "../../src/model/analysis.js";
import { formatDate, isUpcoming } from "../../src/answers/dates.js";
import { answer } from "../../src/answers/router.js";
import { articleFromBytes } from "../../src/content/load.js";
import { Library } from "../../src/library/library.js";
import { findDates } from "../../src/nlp/dates/dates.js";
import { renderPlain } from "../../src/render/messages.js";
import { BBC, bbcFiles } from "../support/articles.js";
import { answerContext } from "../support/context.js";

const SEED = path.resolve("content/kazakhstan-russia-alliance.md");

function load(file: string): Analysis {
  return analyse(articleFromBytes(path.dirname(file), file, readFileSync(file), 0));
}

const sentences = (...texts: string[]): Sentence[] =>
  texts.map((text, index) => ({ index, para: index + 1, text }));
const datesOf = (stated: string | undefined, ...texts: string[]) =>
  findDates(sentences(...texts), stated).dates;

function ask(a: Analysis, text: string, now = new Date(2024, 0, 1)): string {
  return answer({ text, chat: "private" }, answerContext(new Library([a]), { now: () => now }))
    .map(renderPlain)
    .join("\n\n");
}

describe("dates on the seed article (no front-matter date)", () => {
  const a = load(SEED);

  it("finds exactly the five dates, resolved to 2019 from the one date written in full", () => {
    expect(a.dates.map((d) => [d.date, d.precision])).toEqual([
      ["2019-03-20", "day"],
      ["2019-04", "month"],
      ["2019-04-03", "day"],
      ["2019-06-02", "day"],
      ["2019-06-09", "day"],
    ]);
    expect(a.dates.map((d) => d.implied)).toEqual([true, true, true, true, false]);
    expect(a.dates.map((d) => d.stated)).toEqual([
      "March 20",
      "back in April",
      "April 3",
      "June 2",
      "June 9, 2019",
    ]);
    expect(a.referenceDateSource).toBe("inferred");
    expect(a.referenceDate?.slice(0, 4)).toBe("2019");
  });

  it("gives each date its clause, shortened, with its paragraph", () => {
    const [resigned, april, visit, interview, election] = a.dates;
    expect(resigned?.event).toMatch(
      /Nursultan Nazarbayev resigned on March 20, the interim presidency .* Tokaev$/,
    );
    expect(resigned?.event).not.toMatch(/almost 30 years/);
    expect(resigned?.para).toBe(4);
    expect(april?.event).toMatch(/Great Eurasia.*said Tokaev back in April$/);
    expect(visit?.event).toBe("Tokaev’s visit to Moscow took place on April 3");
    expect(visit?.para).toBe(11);
    expect(interview?.event).toMatch(
      /^In an interview with Rossiya television 24 that was released on June 2…$/,
    );
    expect(election?.event).toBe(
      "The early elections of the head of the Kazakh State were scheduled for June 9, 2019",
    );
    expect(election?.future).toBe(true);
  });

  it("keeps “almost 30 years” as a duration, not a date", () => {
    expect(a.dates.some((d) => /30 years/.test(d.stated))).toBe(false);
    expect(a.timeMentions).toContainEqual(
      expect.objectContaining({ kind: "duration", stated: "for almost 30 years", para: 4 }),
    );
  });

  it("/dates lists them in order, one line each with its event and ¶", () => {
    const out = ask(a, "/dates");
    const lines = out.split("\n").filter((l) => l.startsWith("• "));
    expect(lines.map((l) => /^• ([^—*]+?)\*? —/.exec(l)?.[1])).toEqual([
      "20 March 2019",
      "April 2019",
      "3 April 2019",
      "2 June 2019",
      "9 June 2019",
    ]);
    expect(lines.map((l) => /\(¶(\d+)\)$/.exec(l)?.[1])).toEqual(["4", "6", "11", "2", "5"]);
    expect(out).toMatch(/Not written in full/);
    expect(out).not.toMatch(/upcoming/);
  });

  it("marks dates after today as upcoming", () => {
    const out = ask(a, "/dates", new Date(2019, 5, 5));
    expect(out).toMatch(/9 June 2019\s+\(upcoming\) —/);
    expect(out).not.toMatch(/2 June 2019\*?\s+\(upcoming\)/);
  });
});

describe("junk that chrono would read as dates", () => {
  it.each([
    "The minister said the plan was now ready and is currently being tested.",
    "The Shadow Secretary of State for the Family, Theresa May, said the plans were recycled.",
    "Thousands of protesters march through the capital, and prices may rise.",
    "Nearly 3/4 of voters backed the plan.",
    "In an interview with Rossiya television 24 that was released, he spoke for the second time.",
    "The meeting starts at 3pm and ends at 5.30pm.",
    "Chelsea won 2-1 and Gatlin won in 9.87 seconds.",
    "Ms Hewitt told GMTV's Sunday programme about it, and the Sunday Times agreed.",
    "The Sun newspaper and the Mail on Sunday reported it.",
    "He has 2004 shares and 1999 votes were cast.",
  ])("%s", (text) => {
    const r = findDates(sentences(text), "2005-03-01");
    expect(r.dates).toEqual([]);
    expect(r.timeMentions.filter((t) => t.kind === "unresolved")).toEqual([]);
  });
});

describe("year-less dates against a stated date (1 March 2005)", () => {
  const one = (text: string) => datesOf("2005-03-01", text)[0];

  it("moves a past date after the reference back a year, keeps a future one ahead", () => {
    expect(one("He resigned on 20 March.")?.date).toBe("2004-03-20");
    expect(one("He resigned on 20 February.")?.date).toBe("2005-02-20");
    expect(one("The vote will be held on 20 March.")?.date).toBe("2005-03-20");
    expect(one("The election is scheduled for 5 May.")?.date).toBe("2005-05-05");
    expect(one("The report was published in December.")).toMatchObject({
      date: "2004-12",
      precision: "month",
      implied: true,
    });
    expect(one("Talks are expected to resume in January.")?.date).toBe("2006-01");
  });

  it("keeps precision honest and ranges whole", () => {
    expect(one("It happened in April.")).toMatchObject({ date: "2004-04", precision: "month" });
    expect(one("It happened on April 3.")).toMatchObject({ date: "2004-04-03", precision: "day" });
    expect(one("It opened in 2003.")).toMatchObject({
      date: "2003",
      precision: "year",
      implied: false,
    });
    expect(one("The championships run from 18-20 March 2005.")).toMatchObject({
      date: "2005-03-18",
      end: "2005-03-20",
      implied: false,
    });
  });

  it("uses a written weekday to pick the year", () => {
    expect(one("The law came into force on Wednesday, 5 January.")?.date).toBe("2005-01-05");
  });
});

describe("relative dates", () => {
  // 1 March 2005 was a Tuesday.
  const one = (text: string) => datesOf("2005-03-01", text)[0];

  it("resolve against a stated date", () => {
    expect(one("The firm announced the deal on Monday.")).toMatchObject({
      date: "2005-02-28",
      precision: "day",
      relative: true,
      implied: true,
    });
    expect(one("Further details will be outlined on Monday.")?.date).toBe("2005-03-07");
    expect(one("Shares fell yesterday.")?.date).toBe("2005-02-28");
    expect(one("The ruling came last week.")).toMatchObject({
      date: "2005-02-21",
      end: "2005-02-27",
    });
    expect(one("Profits rose last year.")).toMatchObject({ date: "2004", precision: "year" });
    expect(one("The shop opens next month.")).toMatchObject({
      date: "2005-04",
      precision: "month",
    });
    expect(one("They married two years ago.")).toMatchObject({ date: "2003", precision: "year" });
    expect(one("They played last weekend.")).toMatchObject({
      date: "2005-02-26",
      end: "2005-02-27",
    });
  });

  it("are never invented without a stated date: kept as written", () => {
    const r = findDates(
      sentences("The firm announced the deal on Monday.", "Shares fell last week."),
    );
    expect(r.dates).toEqual([]);
    expect(r.timeMentions.map((t) => [t.kind, t.stated])).toEqual([
      ["unresolved", "Monday"],
      ["unresolved", "last week"],
    ]);
  });
});

describe("reference date inference", () => {
  it("takes the front-matter date when stated", () => {
    const r = findDates(sentences("It happened in April."), "2010-06-01");
    expect(r.referenceDate).toBe("2010-06-01");
    expect(r.referenceDateSource).toBe("stated");
  });

  it("infers from the latest date written in full and resolves year-less dates before it", () => {
    const r = findDates(
      sentences(
        "The company was founded on 2 February 2011.",
        "It hired its first staff in March.",
        "It moved offices on 14 January.",
      ),
    );
    expect(r.referenceDateSource).toBe("inferred");
    expect(r.dates.map((d) => d.date)).toEqual(["2011-02-02", "2011-03", "2012-01-14"]);
  });

  it("infers no window when a year told in the past is later than the full dates (they are history)", () => {
    const r = findDates(
      sentences(
        "The case rests on a meeting in a hotel on 15 December 1953.",
        "The claim was filed in 1999.",
        "Lawyers have until 21 March to appeal.",
      ),
    );
    expect(r.referenceDate).toBeUndefined();
    expect(r.dates.map((d) => d.date)).toEqual(["1953-12-15", "1999"]);
    expect(r.timeMentions.map((t) => t.stated)).toEqual(["21 March"]);
  });

  it("inferred from a month alone, the reference is that month, not a day of it", () => {
    const r = findDates(
      sentences("He was arrested in Norland in March 2002.", "He was freed in May."),
    );
    expect(r.referenceDate).toBe("2002-03");
    expect(r.referenceDateSource).toBe("inferred");
  });

  it("hangs on a future date written in full when that is all there is", () => {
    const r = findDates(
      sentences(
        "The election is scheduled for June 9, 2019.",
        "A runoff would follow on June 23.",
        "The president resigned on March 20.",
      ),
    );
    expect(r.dates.map((d) => d.date)).toEqual(["2019-03-20", "2019-06-09", "2019-06-23"]);
  });

  it("ignores points of comparison when inferring", () => {
    const r = findDates(
      sentences("Shares hit their highest level since June 2003.", "Profits rose in March."),
    );
    expect(r.referenceDate).toBeUndefined();
    expect(r.dates.map((d) => d.date)).toEqual(["2003-06"]);
  });

  it("does not invent a year from bare years alone", () => {
    const r = findDates(
      sentences("Collins won silver in 2003.", "He will race in Birmingham on 18 February."),
    );
    expect(r.dates.map((d) => d.date)).toEqual(["2003"]);
    expect(r.timeMentions).toContainEqual(
      expect.objectContaining({ kind: "unresolved", stated: "18 February" }),
    );
  });
});

describe("formatting", () => {
  it("uses date-fns patterns by precision", () => {
    expect(formatDate({ date: "2019-03-20", precision: "day" })).toBe("20 March 2019");
    expect(formatDate({ date: "2019-04", precision: "month" })).toBe("April 2019");
    expect(formatDate({ date: "2019", precision: "year" })).toBe("2019");
    expect(formatDate({ date: "1990", precision: "year", end: "1999" })).toBe("1990s");
    expect(formatDate({ date: "1900", precision: "year", end: "1999" })).toBe("1900 – 1999");
    expect(formatDate({ date: "1991", precision: "year", end: "2007" })).toBe("1991 – 2007");
    expect(formatDate({ date: "2005-02-21", precision: "day", end: "2005-02-27" })).toBe(
      "21–27 February 2005",
    );
    expect(formatDate({ date: "2005-02-28", precision: "day", end: "2005-03-06" })).toBe(
      "28 February – 6 March 2005",
    );
    expect(formatDate({ date: "2004-12-30", precision: "day", end: "2005-01-02" })).toBe(
      "30 December 2004 – 2 January 2005",
    );
    expect(formatDate({ date: "2004-07", precision: "month", end: "2004-09" })).toBe(
      "July–September 2004",
    );
    expect(formatDate({ date: "2001", precision: "year", end: "2003" })).toBe("2001 – 2003");
    // A year below 100 is that year, not 19yy, and is written without leading zeros.
    expect(formatDate({ date: "0001", precision: "year", end: "0100" })).toBe("1 – 100");
    // A year of accounts is named as one: its months are the body's own.
    expect(formatDate({ date: "2015", precision: "year", fiscal: true })).toBe("fiscal year 2015");
    expect(formatDate({ date: "2014", precision: "year", end: "2015", fiscal: true })).toBe(
      "fiscal year 2014–15",
    );
    expect(formatDate({ date: "2016", precision: "year", end: "2018", fiscal: true })).toBe(
      "fiscal years 2016–2018",
    );
    expect(formatDate({ date: "2014", precision: "year", part: "early" })).toBe("early 2014");
    expect(formatDate({ date: "2016-06", precision: "month", part: "mid" })).toBe("mid-June 2016");
    expect(formatDate({ date: "1990", precision: "year", end: "1999", part: "late" })).toBe(
      "late 1990s",
    );
    expect(formatDate({ date: "2015", precision: "year", part: "summer" })).toBe("summer 2015");
    // "the late 1990s" holds the years 1997–1999 (nlp/dates/years.ts) and reads as written.
    expect(formatDate({ date: "1997", precision: "year", end: "1999", part: "late" })).toBe(
      "late 1990s",
    );
    expect(formatDate({ date: "1984", precision: "year", end: "1986", part: "mid" })).toBe(
      "mid-1980s",
    );
    expect(isUpcoming({ date: "2019-06" }, new Date(2019, 4, 31))).toBe(true);
    expect(isUpcoming({ date: "2019-06" }, new Date(2019, 5, 1))).toBe(false);
  });

  it("/dates on an article without dates says so", () => {
    const a = analyse(
      articleFromBytes(
        "/tmp",
        "/tmp/plain.txt",
        new TextEncoder().encode("Plain\n\nNothing here has a time. It is all about places."),
        0,
      ),
    );
    expect(ask(a, "/dates")).toMatch(/I found no dates in “Plain”/);
  });

  it("/dates lists placeless mentions apart, never as dates", () => {
    const a = analyse(
      articleFromBytes(
        "/tmp",
        "/tmp/weekday.txt",
        new TextEncoder().encode("Vote\n\nThe vote will be held on Thursday, officials said."),
        0,
      ),
    );
    const out = ask(a, "/dates");
    expect(out).toMatch(/gives no date I can place/);
    expect(out).toMatch(/• Thursday — The vote will be held on Thursday/);
  });
});

describe("bad input never breaks findDates", () => {
  it("survives odd fragments, invalid dates and a stated date that is not a date", () => {
    const pieces = [
      "on Monday",
      "March 20",
      ",",
      "(",
      ")",
      "“",
      '"',
      "which",
      "2019",
      "last week",
      "—",
      ";",
      "5-6 May",
      "3/4/2005",
      "will",
      "…",
      "\u0000",
      "12,000",
      "since",
      "ago",
      "May",
      ".",
    ];
    let seed = 1;
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let i = 0; i < 400; i++) {
      let text = "";
      for (let k = Math.floor(rnd() * 30); k > 0; k--)
        text += pieces[Math.floor(rnd() * pieces.length)] + (rnd() < 0.7 ? " " : "");
      const r = findDates(sentences(text), rnd() < 0.5 ? "2005-03-01" : undefined);
      for (const d of r.dates) expect(d.date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    }
    expect(findDates(sentences("It happened on 31 February."), "2005-02-30").dates).toEqual([]);
    expect(findDates([], "2005-03-01").dates).toEqual([]);
  });
});

describe("on the BBC articles in test/fixtures", () => {
  const all = bbcFiles().map((f) => articleSentences(articleFromBytes(BBC, f, readFileSync(f), 0)));

  it("every date is well formed, every event is short and taken from its sentence", () => {
    expect(all.length).toBeGreaterThan(10);
    for (const s of all) {
      const r = findDates(s, "2005-03-01");
      for (const d of r.dates) {
        expect(d.date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
        expect(d.event.split(/\s+/).length).toBeLessThanOrEqual(27);
        const words = d.event
          .replace(/…/g, " ")
          .split(/\s+/)
          .filter((w) => w.length > 3);
        for (const w of words.slice(1, 4))
          expect(s[d.sentence]?.text).toContain(w.replace(/[.,;:”"]+$/, ""));
      }
    }
  });
});
