import { describe, expect, it } from "vitest";
import { synonyms } from "../../src/nlp/lexicon/wordnet.js";

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
