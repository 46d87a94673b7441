import nlp from "compromise/one";
import { describe, expect, it } from "vitest";
import * as data from "../../src/nlp/lexicon/compromise-tags-data.js";
import {
  HONORIFIC_ABBREVIATIONS,
  PLACE_ABBREVIATIONS,
} from "../../src/nlp/lexicon/compromise-tags.js";
import { isTitleAbbreviation, titlesAbbreviatedAs } from "../../src/nlp/lexicon/titles.js";

type Tag = string | string[];

/** What the table was read from: the words compromise's core lexicon tags with all of `wanted`. */
function taggedByCompromise(...wanted: string[]): string[] {
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, Tag> } }).one.lexicon;
  return Object.entries(lexicon)
    .filter(([word, tag]) => {
      const tags = Array.isArray(tag) ? tag : [tag];
      return /^[a-z]+$/.test(word) && wanted.every((t) => tags.includes(t));
    })
    .map(([word]) => word)
    .sort();
}

describe("compromise's abbreviations, read into a table by npm run gen", () => {
  it("hold what the installed compromise tags (rerun `npm run gen` after upgrading it)", () => {
    expect(data.HONORIFIC_ABBREVIATIONS.split("|")).toEqual(
      taggedByCompromise("Abbreviation", "Honorific"),
    );
    expect(data.PLACE_ABBREVIATIONS.split("|")).toEqual(
      taggedByCompromise("Abbreviation", "Place"),
    );
  });

  it("titles before a name, not the honorifics after one", () => {
    for (const w of ["sen", "rep", "gov", "lt", "capt", "mr", "dr"])
      expect(HONORIFIC_ABBREVIATIONS.has(w)).toBe(true);
    for (const w of ["jr", "sr", "esq", "phd"]) expect(HONORIFIC_ABBREVIATIONS.has(w)).toBe(false);
    expect(isTitleAbbreviation("sen")).toBe(true);
    expect(titlesAbbreviatedAs("sen")).toContain("senator");
    expect(PLACE_ABBREVIATIONS.has("calif")).toBe(true);
  });
});
