/**
 * Dates told from the story's own time rather than the article's day (s17-anchor): made-up
 * sentences, one general rule each. The article is dated Friday 15 March 2024; the story's date,
 * Thursday 2 November 2023, is given in the sentence before.
 */
import { describe, expect, it } from "vitest";
import type { Sentence } from "../../src/model/analysis.js";
import { findDates } from "../../src/nlp/dates/dates.js";

const ARTICLE = "2024-03-15";
const STORY = "Heavy rain fell on the valley towns on Thursday, 2 November 2023.";
const sentences = (...texts: string[]): Sentence[] =>
  texts.map((text, index) => ({ index, para: 1, text }));
const after = (text: string, stated: string | undefined = ARTICLE) =>
  findDates(sentences(STORY, text), stated).dates.find((d) => d.sentence === 1);

describe("a weekday pointed at from the date just given", () => {
  it("“the Monday after”, “the Friday before”: the weekday after or before it", () => {
    expect(after("On the Monday after, the schools closed.")).toMatchObject({
      stated: "the Monday after",
      date: "2023-11-06",
    });
    expect(after("The Friday before, the river had risen.")?.date).toBe("2023-10-27");
  });

  it("“That Tuesday”, “Tuesday of that week”: the weekday of that date's week", () => {
    expect(after("That Tuesday, the council met in the church hall.")?.date).toBe("2023-10-31");
    expect(after("On Tuesday of that week, the council met.")?.date).toBe("2023-10-31");
  });

  it("not “that” opening what was said, nor “the Friday before the vote”", () => {
    expect(after("She told reporters that Friday's vote would go ahead.")?.date).toBe(ARTICLE);
    expect(after("He said that Friday was the deadline.")?.date).toBe(ARTICLE);
    expect(after("The Friday before the vote, the council met.")?.date).toBe(ARTICLE);
  });
});

describe("a year counted from the date just given, when the phrase opens the sentence", () => {
  it("“A year earlier, …” is the year before the story's date", () => {
    expect(after("A year earlier, the same streets had flooded.")?.date).toBe("2022");
  });

  it("… but the year before the article's with no date near, or inside a sentence of results", () => {
    const alone = findDates(sentences("A year earlier, the streets had flooded."), ARTICLE);
    expect(alone.dates[0]?.date).toBe("2023");
    expect(after("Sales rose to $5 million from $4 million a year earlier.")?.date).toBe("2023");
  });

  it("“The next year, …” is the year after the story's date; “over the next year” the article's next", () => {
    expect(after("The next year, the town built a flood wall.")?.date).toBe("2024");
    expect(after("Over the next year, the town will build a flood wall.")?.date).toBe("2025");
  });
});

describe("the article's own day in words", () => {
  it("“this morning”, “this afternoon” alone in a sentence are the article's day", () => {
    for (const text of [
      "The minister visited the flooded farms this afternoon.",
      "About 300 homes lost power this morning, the company said.",
    ])
      expect(findDates(sentences(text), ARTICLE).dates[0]?.date).toBe(ARTICLE);
  });
});

describe("two weeks back or ahead", () => {
  it("“the week before last”, “the weekend after next”", () => {
    const on = (text: string) => findDates(sentences(text), ARTICLE).dates[0];
    expect(on("The strike began the week before last.")).toMatchObject({
      date: "2024-02-26",
      end: "2024-03-03",
    });
    expect(on("Protests spread the weekend before last.")).toMatchObject({
      date: "2024-03-02",
      end: "2024-03-03",
    });
    expect(on("The vote is set for the weekend after next.")).toMatchObject({
      date: "2024-03-23",
      end: "2024-03-24",
    });
  });
});
