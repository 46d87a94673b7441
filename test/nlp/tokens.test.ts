import { describe, expect, it } from "vitest";
import { casedWords, terms, words } from "../../src/nlp/tokens.js";

describe("word tokens", () => {
  it("splits plain ASCII text into letters and digits, case kept", () => {
    expect(casedWords("The mayor's 2,000-strong crowd cheered (twice).")).toEqual([
      "The",
      "mayor",
      "s",
      "2",
      "000",
      "strong",
      "crowd",
      "cheered",
      "twice",
    ]);
  });

  it("gives the same words for a text with accents, curly quotes or other letters, accents off", () => {
    expect(casedWords("The café’s owner said “fine”.")).toEqual([
      "The",
      "cafe",
      "s",
      "owner",
      "said",
      "fine",
    ]);
    expect(words("Łódź and Zürich")).toEqual(["łodz", "and", "zurich"]);
    expect(terms("Protesters marched in Zürich")).toEqual(terms("Protesters marched in Zurich"));
  });
});
