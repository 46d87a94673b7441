import { describe, expect, it } from "vitest";
import {
  isAdjective,
  isEnglishWord,
  isWordAs,
  placeRelation,
  sharedVerbSense,
  synonyms,
} from "../../src/nlp/lexicon/wordnet.js";

describe("WordNet synonyms", () => {
  it("gives the other words of a word's commonest sense, from any inflected form", () => {
    expect(synonyms("physician")).toContain("doctor");
    expect(synonyms("doctor")).toContain("physician");
    expect(synonyms("car")).toContain("automobile");
    expect(synonyms("sued")).toContain("litigate");
    expect(synonyms("murdered")).toContain("slay");
  });

  it("knows nothing of words WordNet does not have", () => {
    expect(synonyms("qwzx")).toEqual([]);
  });
});

describe("WordNet index lookups", () => {
  it("finds the first and last entries of an index and nothing between two entries", () => {
    expect(isWordAs("'hood", "noun")).toBe(true); // the first line after the licence
    expect(isWordAs("zymurgy", "noun")).toBe(true);
    expect(isWordAs("zyrian", "noun")).toBe(true); // the last line
    expect(isWordAs("zzzz", "noun")).toBe(false);
    expect(isWordAs("doctorx", "noun")).toBe(false);
    expect(isWordAs("doct", "noun")).toBe(false);
  });

  it("compares whole first words, not their beginnings", () => {
    expect(isAdjective("able")).toBe(true);
    expect(isAdjective("abl")).toBe(false);
    expect(isEnglishWord("resigned")).toBe(true);
    expect(isEnglishWord("")).toBe(false);
  });
});

describe("WordNet: the sense two verbs share", () => {
  it("'make' and 'name' share 'charge to be', under 'appoint'", () => {
    const words = sharedVerbSense("make", "name");
    expect(words).toEqual(expect.arrayContaining(["name", "make", "appoint"]));
    expect(words).not.toContain("build");
    expect(sharedVerbSense("make", "swim")).toEqual([]);
  });
});

describe("WordNet: how two places relate", () => {
  it("tells two names of one place, a part, the whole it lies in, and another of its kind", () => {
    expect(placeRelation("uk", "britain")).toBe("same");
    expect(placeRelation("england", "birmingham")).toBe("part");
    expect(placeRelation("birmingham", "england")).toBe("whole");
    expect(placeRelation("japan", "china")).toBe("alternative");
    expect(placeRelation("ohio", "texas")).toBe("alternative");
  });

  it("relates no city to a country it is not in, nor a name WordNet knows as no place", () => {
    expect(placeRelation("nairobi", "japan")).toBeUndefined();
    expect(placeRelation("japan", "qwzx")).toBeUndefined();
  });
});
