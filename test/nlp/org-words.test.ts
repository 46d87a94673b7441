import { describe, expect, it } from "vitest";
import { articleSentences } from "../../src/analysis/analyse.js";
import type { Article } from "../../src/model/article.js";
import { findEntities } from "../../src/nlp/people/people.js";
import { ORG_SUFFIXES } from "../../src/nlp/lexicon/organisations.js";

function entitiesOf(text: string) {
  const article: Article = {
    id: "t",
    file: "/tmp/t.txt",
    title: "Test",
    paragraphs: [text],
    hash: "",
    mtimeMs: 0,
  };
  return findEntities(articleSentences(article));
}

describe("the words that end an organisation's name, from compromise's tagger", () => {
  it("hold compromise's words and the ones added for news", () => {
    for (const w of ["holdings", "bureau", "energy", "museum", "parliament", "senate"])
      expect(ORG_SUFFIXES.has(w), w).toBe(true);
  });

  it("make a capitalised name ending in one an organisation, not a person", () => {
    const found = entitiesOf(
      "Rowan Pike, a director of Tarnell Energy, said the Brisk Valley Museum would close.",
    );
    expect(found.find((e) => e.name === "Rowan Pike")?.kind).toBe("person");
    expect(found.filter((e) => e.kind === "person").map((e) => e.name)).not.toContain(
      "Tarnell Energy",
    );
    expect(found.filter((e) => e.kind === "person").map((e) => e.name)).not.toContain(
      "Brisk Valley Museum",
    );
  });

  it("alone, a word of a thing or an act that ends a name names no body; a group's word does", () => {
    const found = entitiesOf(
      "Mobile firms are keen. Figures came from the Brisk Department of Education, and Hotel, a novel, sold well. The Department said so.",
    );
    const orgs = found.filter((e) => e.kind === "organisation").map((e) => e.name);
    for (const word of ["Mobile", "Education", "Hotel"]) expect(orgs, word).not.toContain(word);
    // "The Department" after "the Brisk Department of Education" is that body (a group's word, alone).
    expect(orgs).toContain("Brisk Department of Education");
    expect(found.find((e) => e.name === "Brisk Department of Education")?.aliases).toContain(
      "Department",
    );
  });
});
