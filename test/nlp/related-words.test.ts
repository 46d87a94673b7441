/**
 * Related words from data (WordNet links kept where GloVe vectors agree), on made-up questions:
 * the words news uses for the same thing, never through a rare sense, never a commoner word
 * standing in for a rarer one.
 */
import { describe, expect, it } from "vitest";
import { relatedWords } from "../../src/answers/questions/related.js";
import { dictionaryForms } from "../../src/nlp/lexicon/wordnet.js";

const related = (w: string) => relatedWords(w, false).map((r) => r.word);

describe("related words", () => {
  it("finds the words news uses for the same thing, from any inflected form", () => {
    expect(related("resigned")).toContain("resignation");
    expect(related("election")).toContain("vote");
    expect(related("doctor")).toContain("physician");
    expect(related("rising")).toContain("climb");
    expect(related("buy")).toContain("purchase");
    expect(related("dad")).toContain("father");
  });

  it("leaves out links through a rare sense and words commoner than the question's", () => {
    expect(related("make")).not.toContain("take");
    expect(related("population")).not.toContain("people");
  });

  it("weighs them below the word itself", () => {
    for (const r of relatedWords("election", false)) expect(r.weight).toBeLessThan(1);
  });

  it("for a word no article uses, adds the words linked to its derived forms, weighed below synonyms", () => {
    const far = relatedWords("accused", true).find((r) => r.word === "allegation");
    expect(far?.weight).toBeGreaterThan(0);
    expect(far?.weight).toBeLessThan(0.6);
    expect(related("accused")).not.toContain("allegation");
  });

  it("never links opposites or names through a derived form", () => {
    const far = (w: string) => relatedWords(w, true).map((r) => r.word);
    expect(far("rise")).not.toContain("fall");
    expect(far("able")).not.toContain("unable");
    expect(far("england")).not.toContain("scottish");
  });

  it("gives a word's possible dictionary forms", () => {
    expect(dictionaryForms("rising")).toEqual(expect.arrayContaining(["rising", "rise"]));
    expect(dictionaryForms("bought")).toContain("buy");
  });
});
