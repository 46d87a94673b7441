import { describe, expect, it } from "vitest";
import { ENTITIES_ONLY, matchNames, nameInPhrase } from "../../src/nlp/people/name-match.js";
import { analyseFile } from "../support/eval/quote-gold.js";

const a = analyseFile("content/kazakhstan-russia-alliance.md");
const first = (typed: string) => matchNames(a, typed, ENTITIES_ONLY)[0]?.entity.name;

describe("matchNames", () => {
  it("is case-, alias-, possessive-, transliteration- and typo-tolerant", () => {
    for (const typed of [
      "Tokaev",
      "Tokayev",
      "tokaev",
      "TOKAYEV",
      "Tokaev's",
      "Kassym-Jomart Tokayev",
      "the president",
      "the Kazakh president",
      "Tokaevv",
      "Tokeav",
    ])
      expect(first(typed), typed).toBe("Kasim-Zhomart Tokaev");
    expect(first("Nazarbaev")).toBe("Nursultan Nazarbayev");
    expect(first("putin")).toBe("Vladimir Putin");
    expect(first("President Putin")).toBe("Vladimir Putin");
  });

  it("finds nothing for names the article does not use", () => {
    expect(first("Obama")).toBeUndefined();
    expect(matchNames(a, "")).toEqual([]);
    expect(first("the")).toBeUndefined();
  });

  it("a pronoun names the most quoted person, unless pronouns are off", () => {
    expect(matchNames(a, "he")[0]?.entity.name).toBe("Kasim-Zhomart Tokaev");
    expect(matchNames(a, "he", ENTITIES_ONLY)).toEqual([]);
  });

  it("stand-ins for capitalised words no entity covers, unless they are off", () => {
    expect(matchNames(a, "Eurasia")[0]).toMatchObject({
      fromAnalysis: false,
      entity: { name: "Great Eurasia" },
    });
    expect(matchNames(a, "Eurasia", ENTITIES_ONLY)).toEqual([]);
  });
});

describe("nameInPhrase", () => {
  it("reads a name at the start (else the end) and leaves the topic", () => {
    const found = nameInPhrase(a, "Tokayev Russia", ENTITIES_ONLY);
    expect(found?.matches[0]?.entity.name).toBe("Kasim-Zhomart Tokaev");
    expect(found).toMatchObject({ name: "Tokayev", rest: "Russia" });
    expect(nameInPhrase(a, "pragmatic Tokaev", ENTITIES_ONLY)).toMatchObject({
      name: "Tokaev",
      rest: "pragmatic",
    });
    expect(nameInPhrase(a, "Kasim-Zhomart Tokaev", ENTITIES_ONLY)?.rest).toBe("");
    expect(nameInPhrase(a, "pragmatic sense", ENTITIES_ONLY)).toBeUndefined();
  });
});
