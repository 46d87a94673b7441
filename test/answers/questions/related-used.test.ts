/**
 * A question word the article uses still brings its WordNet synonyms, at a lower weight: the
 * sentence that writes the synonym ("enlargement" for the asked "expansion") is found, and a
 * sentence with the asked word itself still covers more. Made-up article.
 */
import { describe, expect, it } from "vitest";
import { Library } from "../../../src/library/library.js";
import { buildQuery, coverage, textStems } from "../../../src/answers/questions/terms.js";
import { processTerm } from "../../../src/search/terms.js";
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
