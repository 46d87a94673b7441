/**
 * People as a reader names them (session 12): a body speaks through its unnamed spokesperson or
 * statement; "the 48-year-old takes over", "the man who led the club won" open a sentence about
 * the person the article has been speaking of. Made-up articles.
 */
import { describe, expect, it } from "vitest";
import { Library } from "../../../src/library/library.js";
import { shown } from "../../support/ask.js";
import { madeUp } from "../../support/articles.js";
import { speaksFor } from "../../../src/answers/questions/say.js";
import { ageOf, ageOfAThing } from "../../../src/answers/questions/honest.js";
import { findPeople } from "../../../src/nlp/people/people.js";
import { affixedName } from "../../../src/nlp/people/names.js";
import { namesWhoIsInCharge } from "../../../src/answers/questions/named.js";

describe("a body's unnamed voice is the body's speech", () => {
  const library = new Library([
    madeUp("kestrel-suit", "Viewer sues Kestrel TV over cooking show", [
      "Dana Pell is suing Kestrel TV over its programme Burnt Offerings.",
      "She said the show made her ill.",
      "A spokeswoman for Kestrel TV said it would fight the lawsuit, but confirmed the episode was filmed in Velmora.",
    ]),
  ]);

  it("'a spokeswoman for Kestrel TV said' answers 'what did Kestrel TV say'", () => {
    expect(shown(library, "what did Kestrel TV say about the lawsuit")).toContain(
      "would fight the lawsuit",
    );
  });

  it("the phrase must name the body and a noun for its voice", () => {
    expect(speaksFor("A spokesman for Kestrel TV", ["kestrel tv"])).toBe(true);
    expect(speaksFor("an Acme spokeswoman", ["acme"])).toBe(true);
    expect(speaksFor("a statement from Acme", ["acme"])).toBe(true);
    expect(speaksFor("a former Acme worker", ["acme"])).toBe(false);
    expect(speaksFor("a spokesman for Velmora council", ["acme"])).toBe(false);
    expect(speaksFor("A meeting of the Acme board saw loyal members", ["acme"])).toBe(false);
    expect(speaksFor("Acme Director Jo Lane's news", ["acme"])).toBe(false);
  });
});

describe("a description opening a sentence stands for the person spoken of", () => {
  const lines = [
    "Tom Reyes was named coach of the Velmora Rovers on Monday.",
    "Is Reyes the right choice?",
    "The 48-year-old takes over from Ann Berg at a difficult time.",
    "The man who led Harbour Town to promotion won four cups there.",
  ];
  const rovers = madeUp("rovers-coach", "Rovers name Reyes as coach", lines);
  const library = new Library([rovers]);

  it("adds the sentence to that person's, not to someone named in it", () => {
    const p = findPeople(rovers.sentences);
    const at = (start: string) => rovers.sentences.find((s) => s.text.startsWith(start))!.index;
    const reyes = p.entities.find((e) => e.name === "Tom Reyes")!;
    const berg = p.entities.find((e) => e.name === "Ann Berg")!;
    expect(reyes.mentions).toEqual(expect.arrayContaining([at("The 48"), at("The man")]));
    expect(berg.mentions).not.toContain(at("The man"));
    // The quote finder and the pronouns read the same mentions as before.
    expect(p.mentions.filter((m) => m.kind === "description")).toEqual([]);
  });

  it("answers how old and how many about the person by name", () => {
    expect(shown(library, "how old is Tom Reyes")).toContain("48-year-old");
    expect(shown(library, "how many cups did Reyes win")).toContain("four cups");
  });

  it("a verb after an age is the person's doing, a noun the age of a thing", () => {
    expect(ageOfAThing(" takes over from Ann Berg.")).toBe(false);
    expect(ageOfAThing(" laws were repealed.")).toBe(true);
    expect(ageOfAThing(" treaty.")).toBe(true);
  });
});

describe("a name made into an adjective", () => {
  it("'a Dana Baker-style stunt' mentions Dana Baker, not a person 'Baker-style'", () => {
    const a = madeUp("stunts", "Stunt show returns", [
      "Viewers of Velmora TV were promised no Dana Baker-style stunts this year.",
      "Last year Baker jumped from a crane during the live show.",
    ]);
    const people = a.entities.filter((e) => e.kind === "person");
    expect(people.map((e) => e.name)).toEqual(["Dana Baker"]);
    expect(people[0]!.aliases.join(" ")).not.toContain("-style");
  });

  it("a name going on keeps its hyphened part; a participle affix ends it anyway", () => {
    const a = madeUp("formats", "Disc formats", [
      "Velmora Pictures backs the Blu-ray Disc format, said Dana Abish-uly Pell.",
      "Shares in San Francisco-based Kestrel rose.",
    ]);
    const names = a.entities.map((e) => e.name);
    expect(names).toContain("Dana Abish-uly Pell");
    expect(names.some((n) => /Francisco-based/.test(n))).toBe(false);
  });

  it("only a lower-case affix after a capitalised word", () => {
    expect(affixedName("Jackson-style")).toBe("Jackson");
    expect(affixedName("Kremlin-backed")).toBe("Kremlin");
    expect(affixedName("Coca-Cola")).toBeUndefined();
    expect(affixedName("al-Assad")).toBeUndefined();
    expect(affixedName("Smith")).toBeUndefined();
  });
});

describe("the person in charge", () => {
  it("an editor is not a body's boss (WordNet's 'editor in chief' qualifies no one)", () => {
    expect(namesWhoIsInCharge("editor")).toBe(false);
    expect(namesWhoIsInCharge("ceo")).toBe(true);
  });
});

describe("an age that bounds a group is no one's age", () => {
  it("'voters aged 45 and older backed Lee' does not say how old Lee is", () => {
    expect(ageOf("Voters aged 45 and older mostly backed Lee.", ["lee"], "")).toBeUndefined();
    expect(ageOf("Women aged 30 chose Lee by ten points.", ["lee"], "")).toBeUndefined();
    expect(ageOf("Lee, 53, a security guard, is backing Ruiz.", ["lee"], "")).toBe("53");
  });
});
