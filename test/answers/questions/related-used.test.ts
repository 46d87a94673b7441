/**
 * A question word the article uses still brings its WordNet synonyms, at a lower weight: the
 * sentence that writes the synonym ("enlargement" for the asked "expansion") is found, and a
 * sentence with the asked word itself still covers more. "Step down" stays as asked where the
 * article writes it; a plural WordNet lists as its own word also brings its singular's synonyms.
 * Made-up articles and words.
 */
import { describe, expect, it } from "vitest";
import { Library } from "../../../src/library/library.js";
import { buildQuery, coverage, textStems } from "../../../src/answers/questions/terms.js";
import { processTerm } from "../../../src/search/terms.js";
import { questionText } from "../../../src/answers/questions/text.js";
import { relatedWords } from "../../../src/answers/questions/related.js";
import { fixedContexts, shown } from "../../support/ask.js";
import { madeUp } from "../../support/articles.js";

const library = new Library([
  madeUp("league", "Velmora league grows", [
    "The expansion of the Velmora league was debated by the clubs for years.",
    "After the enlargement the league has 24 members.",
    "Its founders had hoped for a quiet season.",
  ]),
]);

describe("synonyms of a word the article uses", () => {
  it("are members of the word's group, weighed less than the word, and left out of the search", () => {
    const { index } = fixedContexts(library);
    const query = buildQuery(["expansion"], index);
    const group = query.groups[0]!;
    const synonym = processTerm("enlargement")!;
    expect(group.members.get(group.stem)).toBe(1);
    expect(group.members.get(synonym)).toBeGreaterThan(0);
    expect(group.members.get(synonym)).toBeLessThan(0.5);
    expect(query.search.map((t) => t.term)).not.toContain(synonym);
  });

  it("rank a sentence with the asked word above one with its synonym", () => {
    const { index } = fixedContexts(library);
    const query = buildQuery(["expansion"], index);
    const own = coverage(query, textStems("The expansion was debated."));
    const other = coverage(query, textStems("After the enlargement the league grew."));
    expect(other).toBeGreaterThan(0);
    expect(own).toBeGreaterThan(other);
  });

  it("answer a question in the reader's word from the sentence in the article's", () => {
    const first = shown(library, "How many members does the league have after the expansion?");
    expect(first.split("\n\n")[0]).toContain("24 members");
  });
});

describe("a phrasal verb news also writes as one word", () => {
  const club = new Library([
    madeUp("club", "Rowing club treasurer", [
      "The club's accounts were audited on Sunday.",
      "The treasurer, Omar Diaz, will step down in May.",
    ]),
  ]);

  it("keeps the article's phrase when the article writes its verb and not the word", () => {
    const uses = (words: string[]) => (w: string) => words.includes(w);
    expect(questionText("When is Diaz stepping down?", uses(["step"])).words).toContain("stepping");
    expect(questionText("When is Diaz stepping down?", uses([])).words).toContain("resign");
    expect(questionText("When did Diaz step down?", uses(["step", "resign"])).words).toContain(
      "resign",
    );
  });

  it("answers from the sentence with the phrase", () => {
    expect(shown(club, "When is Diaz stepping down?").split("\n\n")[0]).toContain(
      "step down in May",
    );
  });
});

describe("a plural WordNet also lists as a word of its own", () => {
  it("brings the synonyms of its singular too ('Brits' ~ 'Britons')", () => {
    const words = relatedWords("brits").map((r) => r.word);
    expect(words).toContain("briton");
  });
});
