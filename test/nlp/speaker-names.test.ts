import { describe, expect, it } from "vitest";
import { articleSentences } from "../../src/analysis/analyse.js";
import type { Quote } from "../../src/model/analysis.js";
import type { Article } from "../../src/model/article.js";
import { findPeople, type People } from "../../src/nlp/people/people.js";
import { findQuotes } from "../../src/nlp/quotes/quotes.js";

function read(...paragraphs: string[]): { people: People; quotes: Quote[] } {
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
  return {
    people,
    quotes: findQuotes(sentences, people.entities, people).filter((q) => !q.indirect),
  };
}

const speakers = (...paragraphs: string[]) =>
  read(...paragraphs).quotes.map((q) => q.speaker ?? null);

describe("speakers named with titles, as US news writes them", () => {
  it("an abbreviated title with its full stop: Sen., Rep., Lt. Gov., Navy Capt.", () => {
    expect(
      speakers(
        '"We will vote no," said Sen. Dana Whitfield of Oregon.',
        '"It is over," Rep. Omar Castillo said.',
        '"Not yet," said Lt. Gov. Ellen Marsh.',
        '"No comment," said Navy Capt. Bruno Keller, a spokesman.',
      ),
    ).toEqual(["Dana Whitfield", "Omar Castillo", "Ellen Marsh", "Bruno Keller"]);
  });

  it("a title with 'of': Secretary of State Tom Reyes is Tom Reyes, role Secretary of State", () => {
    const { people, quotes } = read(
      '"I agree," Secretary of State Tom Reyes said.',
      '"We disagree," said Speaker of the House Ann Lee.',
    );
    expect(quotes.map((q) => q.speaker)).toEqual(["Tom Reyes", "Ann Lee"]);
    expect(people.entities.find((e) => e.name === "Tom Reyes")?.role).toBe("Secretary of State");
  });
});
