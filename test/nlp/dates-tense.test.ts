/**
 * Which way a year-less date or a weekday points, from the verbs around it (issue 12, point 7):
 * made-up sentences, one general rule each. 27 October 1989 was a Friday.
 */
import { describe, expect, it } from "vitest";
import type { Sentence } from "../../src/model/analysis.js";
import { findDates } from "../../src/nlp/dates/dates.js";

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

  it("a dateline without a day or a year to place it adds nothing", () => {
    expect(findDates(lead, undefined, { date: "August 8" }).dates).toEqual([]);
  });
});
