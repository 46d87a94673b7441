import { describe, expect, it } from "vitest";
import { articleSentences } from "../../src/analysis/analyse.js";
import type { Article } from "../../src/model/article.js";
import { findPeople } from "../../src/nlp/people/people.js";
import { findQuotes } from "../../src/nlp/quotes/quotes.js";

function reported(...paragraphs: string[]): [string, string | null][] {
  const article: Article = {
    id: "t",
    file: "/tmp/t.txt",
    title: "T",
    paragraphs,
    hash: "",
    mtimeMs: 0,
  };
  const sentences = articleSentences(article);
  const people = findPeople(sentences);
  return findQuotes(sentences, people.entities, people)
    .filter((q) => q.indirect)
    .map((q) => [q.text, q.speaker ?? null]);
}

const INTRO = "Maria Lopez, the mayor of Springfield, spoke on Monday.";

describe("reported speech after a day or a place: “said Tuesday (that) …”", () => {
  it("the day, the occasion and “that” are not what was said", () => {
    expect(reported(INTRO, "Lopez said Tuesday the bridge would open next year.")).toEqual([
      ["the bridge would open next year", "Maria Lopez"],
    ]);
    expect(reported(INTRO, "Lopez said on Friday that the bridge would open next year.")).toEqual([
      ["the bridge would open next year", "Maria Lopez"],
    ]);
    expect(
      reported(INTRO, "Lopez said in a statement that the bridge would open next year."),
    ).toEqual([["the bridge would open next year", "Maria Lopez"]]);
  });

  it("“…,” X said Tuesday in an interview: no reported clause at all", () => {
    expect(reported(INTRO, '"It is done," Lopez said Tuesday in an interview.')).toEqual([]);
  });
});
