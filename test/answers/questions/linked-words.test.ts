/**
 * Words a reader writes that WordNet links to the article's by a relation other than synonymy:
 * a kind of the asked noun ("gun" ~ "handgun", its hyponyms), a people's country ("Britons" ~
 * "the UK", WordNet's member holonym), and a verb with its particle as one verb ("turn the
 * offer down" ~ "rejected"). Made-up articles and words.
 */
import { describe, expect, it } from "vitest";
import { Library } from "../../../src/library/library.js";
import { buildQuery } from "../../../src/answers/questions/terms.js";
import { processTerm } from "../../../src/search/terms.js";
import { KIND_WEIGHT, relatedWords } from "../../../src/answers/questions/related.js";
import { kindsOf, peoplesPlaces } from "../../../src/nlp/lexicon/wordnet.js";
import { placeNames } from "../../../src/nlp/lexicon/countries.js";
import { fixedContexts, shown } from "../../support/ask.js";
import { madeUp } from "../../support/articles.js";

describe("kinds of an asked noun", () => {
  it("are its hyponyms in their commonest sense, not a rarer sense's word", () => {
    expect(kindsOf("gun")).toContain("handgun");
    expect(kindsOf("gun")).toContain("rifle");
    // "piece" is a gun only in a rare sense; "resident" a doctor only in one.
    expect(kindsOf("gun")).not.toContain("piece");
    expect(kindsOf("doctor")).not.toContain("resident");
  });

  it("are none for a wide noun with more kinds than a question can use", () => {
    expect(kindsOf("person")).toEqual([]);
  });

  it("count for the asked noun below a synonym, and not for a verb's form", () => {
    const handgun = relatedWords("gun").find((r) => r.word === "handgun");
    expect(handgun?.weight).toBe(KIND_WEIGHT);
    expect(relatedWords("deciding").map((r) => r.word)).not.toContain("refereeing");
  });

  it("find the sentence that names the kind", () => {
    const library = new Library([
      madeUp("pawn", "Pawn shop raided in Tarrow", [
        "Police raided a pawn shop in Tarrow on Monday.",
        "Officers seized a handgun hidden behind the counter.",
        "The owner, Dale Voss, was released later that day.",
      ]),
    ]);
    expect(shown(library, "What did the officers seize from behind the counter, a gun?")).toMatch(
      /handgun/,
    );
  });
});

describe("a people's country", () => {
  it("is WordNet's member holonym of the people noun, with the country's other names", () => {
    expect(peoplesPlaces("briton")).toContain("great britain");
    expect(peoplesPlaces("filipino")).toContain("philippines");
    expect(placeNames("great britain")).toContain("uk");
    const britons = relatedWords("britons").map((r) => r.word);
    expect(britons).toContain("uk");
    expect(britons).toContain("britain");
  });
});

describe("a verb and its particle", () => {
  const library = new Library([
    madeUp("mill", "Brennock council rejects mill plan", [
      "The Brennock council met on Tuesday to discuss the old mill.",
      "Councillors rejected the developer's plan for flats at the mill.",
      "The developer said he would appeal.",
    ]),
  ]);

  it("count as the one verb WordNet lists, when the article writes one of its synonyms", () => {
    const { index } = fixedContexts(library);
    const query = buildQuery(["did", "council", "turn", "plan", "down"], index);
    const turn = query.groups.find((g) => g.word === "turn");
    expect(turn?.members.has(processTerm("rejected")!)).toBe(true);
    expect(query.groups.map((g) => g.word)).not.toContain("down");
  });

  it("stay apart before a content word, where the particle is a preposition", () => {
    const { index } = fixedContexts(library);
    const query = buildQuery(["did", "council", "turn", "down", "flats"], index);
    expect(query.groups.find((g) => g.word === "turn")?.members.has(processTerm("rejected")!)).toBe(
      false,
    );
  });
});
