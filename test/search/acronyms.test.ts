/**
 * Acronyms and country names as index terms, on made-up sentences: "U.S." and "US" are the
 * term "us" (never the pronoun), a shouted headline has no acronyms, a country's name with
 * a code adds the code, and a country's other names (world-countries, WordNet) are related.
 */
import { describe, expect, it } from "vitest";
import { processed } from "../../src/search/terms.js";
import { acronymsIn, joinDotted } from "../../src/nlp/tokens.js";
import { countryNames } from "../../src/nlp/lexicon/countries.js";
import { relatedWords } from "../../src/answers/questions/related.js";

describe("acronyms in the index", () => {
  it("joins a dotted abbreviation into one word", () => {
    expect(joinDotted("Talks in the U.S. and the U.K. ended.")).toBe(
      "Talks in the US and the UK ended.",
    );
    expect(joinDotted("at 9 a.m. on Monday")).toBe("at 9 a.m. on Monday");
  });

  it("keeps an acronym that spells a stop word, but not the pronoun", () => {
    expect(processed("The U.S. told us it would wait.").terms).toEqual(["us", "wait"]);
    expect(processed("The US told us it would wait.").terms).toEqual(["us", "wait"]);
    expect(processed("The IT budget doubled.").terms).toEqual(["it", "budget", "doubl"]);
  });

  it("reads no acronyms in a headline in capitals", () => {
    expect(acronymsIn("US AND UK SIGN TRADE DEAL")).toEqual(new Set());
    expect(acronymsIn("Ministers from the US and UK sign a deal")).toEqual(new Set(["us", "uk"]));
  });

  it("adds a country's code where its name is written out", () => {
    expect(processed("The United States sent aid.").terms).toEqual([
      "unit",
      "state",
      "send",
      "aid",
      "us",
    ]);
    expect(processed("the united states of mind").terms).not.toContain("us");
  });

  it("relates a country's names, codes, demonym and capital (world-countries, WordNet)", () => {
    const us = countryNames("american");
    for (const w of ["us", "usa", "america", "washington"]) expect(us.has(w)).toBe(true);
    expect(countryNames("moscow").has("russia")).toBe(true);
    expect(countryNames("scottish").has("scotland")).toBe(true);
    expect(countryNames("norway").has("no")).toBe(false);
    expect(relatedWords("us", false)).toContainEqual({
      word: "american",
      weight: 0.8,
      acronym: false,
    });
    expect(relatedWords("american", false)).toContainEqual({
      word: "us",
      weight: 0.8,
      acronym: true,
    });
  });
});
