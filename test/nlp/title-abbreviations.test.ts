import { describe, expect, it } from "vitest";
import { HONORIFIC_ABBREVIATIONS } from "../../src/nlp/lexicon/compromise-tags.js";
import {
  abbreviationsOfTitle,
  TITLE_WORDS,
  titlesAbbreviatedAs,
} from "../../src/nlp/lexicon/titles.js";

describe("abbreviationsOfTitle", () => {
  it("gives a title's abbreviations", () => {
    expect(abbreviationsOfTitle("governor")).toContain("gov");
    expect(abbreviationsOfTitle("senator")).toContain("sen");
    expect(abbreviationsOfTitle("gardener")).toEqual([]);
  });

  it("is, for every title, the abbreviations whose titles hold it, in the list's order", () => {
    for (const title of [...TITLE_WORDS, "gov", "mr", "rep", ""])
      expect(abbreviationsOfTitle(title)).toEqual(
        [...HONORIFIC_ABBREVIATIONS].filter((a) => titlesAbbreviatedAs(a).includes(title)),
      );
  });
});
