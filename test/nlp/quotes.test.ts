import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { articleSentences } from "../../src/analysis/analyse.js";
import type { Quote } from "../../src/model/analysis.js";
import type { Article } from "../../src/model/article.js";
import { findPeople } from "../../src/nlp/people/people.js";
import { findQuotes } from "../../src/nlp/quotes/quotes.js";
import { analyseFile, loadGold, scoreArticle, totals } from "../support/eval/quote-gold.js";
import { BBC } from "../support/articles.js";

function article(...paragraphs: string[]): Article {
  return { id: "t", file: "/tmp/t.txt", title: "Test", paragraphs, hash: "", mtimeMs: 0 };
}

function quotesOf(...paragraphs: string[]): Quote[] {
  const sentences = articleSentences(article(...paragraphs));
  const people = findPeople(sentences);
  return findQuotes(sentences, people.entities, people);
}

const direct = (...paragraphs: string[]) => quotesOf(...paragraphs).filter((q) => !q.indirect);
const said = (qs: Quote[]) => qs.map((q) => [q.text, q.speaker ?? null, q.cue ?? null]);

const INTRO = "Jane Porter, the chief executive of Acme, spoke on Monday.";

describe("attribution patterns", () => {
  it('"…," X said', () => {
    expect(said(direct(INTRO, '"We will grow," Ms Porter said.'))).toEqual([
      ["We will grow", "Jane Porter", "said"],
    ]);
  });

  it('X said: "…"', () => {
    expect(said(direct(INTRO, 'Ms Porter said: "We will grow next year."'))).toEqual([
      ["We will grow next year.", "Jane Porter", "said"],
    ]);
  });

  it('"…," said X (and the title before the name)', () => {
    expect(said(direct('"Sales are up," said Acme chief executive Jane Porter.'))).toEqual([
      ["Sales are up", "Jane Porter", "said"],
    ]);
  });

  it('"…," he added — the most recent fitting person', () => {
    const qs = direct(
      "Tom Reed met Jane Porter.",
      "Ms Porter said the deal was close.",
      '"It is a good day," she added.',
      '"I agree," he said.',
    );
    expect(said(qs)).toEqual([
      ["It is a good day", "Jane Porter", "added"],
      ["I agree", "Tom Reed", "said"],
    ]);
  });

  it('"…" he explained, with no comma before the verb', () => {
    expect(said(direct(INTRO, "“We believe the plan will work” she explained."))).toEqual([
      ["We believe the plan will work", "Jane Porter", "explained"],
    ]);
  });

  it("according to X, with a partial quote", () => {
    const qs = direct(
      INTRO,
      "According to Ms Porter, the rules are “a real burden” for small firms.",
    );
    expect(said(qs)).toEqual([["a real burden", "Jane Porter", "according to"]]);
    expect(qs[0]!.partial).toBe(true);
  });

  it("the role description stresses: “…”", () => {
    const qs = direct(
      "The acting mayor of the town, Bruno Keller, opened the bridge.",
      "The mayor stressed that the bridge is a “symbol of renewal”.",
    );
    expect(said(qs)).toEqual([["symbol of renewal", "Bruno Keller", "stressed"]]);
  });

  it('"…," added the head of the agency', () => {
    const qs = direct(
      "The head of the agency, Ines Duarte, visited the site.",
      "Workers cheered.",
      '"We will rebuild," added the head of the agency.',
    );
    expect(said(qs)).toEqual([["We will rebuild", "Ines Duarte", "added"]]);
  });

  it("a quote inside a sentence whose subject is the speaker", () => {
    expect(
      said(
        direct(
          "Green MEP Caroline Lucas welcomed the “courage in keeping his word” shown by the minister.",
        ),
      ),
    ).toEqual([["courage in keeping his word", "Caroline Lucas", "welcomed"]]);
  });

  it("a speaker quoting someone else keeps the quote", () => {
    const qs = direct(
      INTRO,
      '"Our founder, Tom Reed, said that we would always be together," Ms Porter added.',
    );
    expect(qs[0]!.speaker).toBe("Jane Porter");
  });

  it("a quote that ends a paragraph unclosed goes on into the next", () => {
    const qs = direct(
      INTRO,
      'Ms Porter said: "The market is hard.',
      '"But we will win," she said.',
    );
    expect(qs).toHaveLength(1);
    expect(qs[0]!.text).toBe("The market is hard. But we will win");
    expect(qs[0]!.speaker).toBe("Jane Porter");
  });

  it('a lost paragraph break (". " then an opening mark) continues the same quote', () => {
    const qs = direct(
      INTRO,
      '"We had a hard year," Ms Porter said. "Sales fell. "Next year will be better."',
    );
    expect(said(qs)).toEqual([
      ["We had a hard year", "Jane Porter", "said"],
      ["Sales fell. Next year will be better.", "Jane Porter", null],
    ]);
  });

  it("a quote standing alone goes on from the quote before it", () => {
    const qs = direct(INTRO, '"We will grow," Ms Porter said. "Our staff are ready."');
    expect(qs[1]!.speaker).toBe("Jane Porter");
  });

  it("a quote followed by the writer's gloss after a dash still goes on from the quote before it", () => {
    const qs = direct(
      INTRO,
      '"We had a hard year," Ms Porter said. "Next year will be better" - a promise she has made before.',
    );
    expect(qs[1]!.speaker).toBe("Jane Porter");
  });

  it("is unattributed where the article does not say who spoke", () => {
    const qs = direct(
      "Police moved the crowd on.",
      '"We have been let down by everyone in charge." The court rose at noon.',
    );
    expect(qs).toHaveLength(1);
    expect(qs[0]!.speaker).toBeUndefined();
  });

  it("a writing that carries the words is what the article says spoke: a banner, a statement", () => {
    const qs = direct(
      '"We have been let down by everyone in charge," read a banner outside the court.',
      '"The matter is closed," the statement reads.',
    );
    expect(qs.map((q) => q.speaker)).toEqual(["a banner outside the court", "the statement"]);
  });

  it("says a spokeswoman spoke when only a phrase names her, and resolves her “she”", () => {
    const qs = direct(
      "A Department for Transport spokeswoman confirmed the line would close.",
      '"No date was ever given," she said.',
    );
    expect(qs[0]!.speaker).toBe("A Department for Transport spokeswoman");
  });

  it("leaves terms and titles in quotation marks out", () => {
    expect(
      direct(
        "The program is known as an “aggregator” by fans.",
        'Voters will back a "yes" vote.',
        'She starred in "The Long Goodbye" last year.',
      ),
    ).toEqual([]);
  });

  it("reads curly and straight marks alike, and nested single quotes stay inside", () => {
    const qs = direct(
      INTRO,
      "“He said ‘no’ to the plan,” Ms Porter said.",
      "\"It's 'fine' now,\" she said.",
    );
    expect(qs.map((q) => q.text)).toEqual(["He said ‘no’ to the plan", "It's 'fine' now"]);
  });

  it("records indirect speech apart, never listed as a direct quote", () => {
    const qs = quotesOf(
      INTRO,
      "Ms Porter said that profits would double by next spring.",
      "Prices will rise in the summer, she added.",
    );
    const indirect = qs.filter((q) => q.indirect);
    expect(said(indirect)).toEqual([
      ["profits would double by next spring", "Jane Porter", "said"],
      ["Prices will rise in the summer", "Jane Porter", "added"],
    ]);
    expect(qs.filter((q) => !q.indirect)).toEqual([]);
  });

  it("never throws on odd text", () => {
    for (const odd of [
      '"',
      '""',
      '" " "',
      "“”",
      'He said: "',
      '"."',
      "'",
      "“a “b” c”",
      '"A," "B," "C"',
    ])
      expect(() => quotesOf(odd, odd)).not.toThrow();
  });
});

describe("real articles", () => {
  it("the seed: 7 quotes, all by Tokaev, with their cues", () => {
    const a = analyseFile("content/kazakhstan-russia-alliance.md");
    const qs = a.quotes.filter((q) => !q.indirect);
    expect(qs.map((q) => q.speaker)).toEqual(new Array(7).fill("Kasim-Zhomart Tokaev"));
    expect(qs.map((q) => q.text.slice(0, 20))).toEqual([
      "pragmatic",
      "favorable external e",
      "Why do we talk about",
      "We believe that the ",
      "the growing tendenci",
      "standard of intersta",
      "Our first president ",
    ]);
    expect(qs.map((q) => q.cue)).toEqual([
      "said",
      "said",
      "told",
      "explained",
      "according to",
      "stressed",
      "added",
    ]);
    expect(qs.map((q) => q.partial)).toEqual([true, true, false, false, true, true, false]);
    expect(qs.map((q) => q.para)).toEqual([1, 2, 3, 8, 9, 9, 10]);
  });

  it("the seed's reported speech is kept for questions", () => {
    const a = analyseFile("content/kazakhstan-russia-alliance.md");
    const reported = a.quotes.filter((q) => q.indirect);
    expect(
      reported.some(
        (q) =>
          q.text.startsWith("Kazakhstan expects the normalization of relations") &&
          q.speaker === "Kasim-Zhomart Tokaev",
      ),
    ).toBe(true);
    expect(
      reported.some((q) => q.text.startsWith("Kazakhstan would like to build") && q.cue === "said"),
    ).toBe(true);
  });

  it("the BBC gold articles copied into test/fixtures: ≥ 90% precision, ≥ 85% recall, ≥ 90% speaker accuracy", () => {
    // the whole gold set is scored by `npm run eval -- quotes`, on ../shared/corpus
    const copied = loadGold()
      .map((g) => ({ ...g, article: g.article.replace("../shared/corpus/bbc/", `${BBC}/`) }))
      .filter((g) => g.article.startsWith(BBC) && existsSync(g.article));
    expect(copied.length).toBeGreaterThanOrEqual(2);
    const t = totals(copied.map((g) => scoreArticle(analyseFile(g.article), g)));
    expect(t.precision).toBeGreaterThanOrEqual(0.9);
    expect(t.recall).toBeGreaterThanOrEqual(0.85);
    expect(t.speakerAccuracy).toBeGreaterThanOrEqual(0.9);
  });

  it("BBC style: a run-on quote, a role description and Mr + surname", () => {
    const a = analyseFile(path.join(BBC, "sport/235.txt"));
    const qs = a.quotes.filter((q) => !q.indirect);
    const boss = qs.find((q) => q.text.startsWith("I have no diplomatic relations"))!;
    expect(boss.speaker).toBe("Arsene Wenger");
    expect(boss.cue).toBe("quoted as saying");
    const runOn = qs.find((q) => q.text.startsWith("What I don't understand"))!;
    expect(runOn.text).toContain("no matter what people say.");
    const b = analyseFile(path.join(BBC, "politics/408.txt"));
    expect(b.quotes.find((q) => q.text.startsWith("Something tells me"))?.speaker).toBe(
      "Michael Howard",
    );
  });
});
