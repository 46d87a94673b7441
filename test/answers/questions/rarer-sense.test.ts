/**
 * A reader's word in a rarer sense of its own for what the article writes in its usual one
 * (WordNet: the article word's commonest sense holds the reader's word): "pass" for "die",
 * "dwell" for "live", "flick" for "film"; and an action or judgement the article never words
 * as the reader does weighs less than a thing it never names. Made-up articles.
 */
import { describe, expect, it } from "vitest";
import { analyse } from "../../../src/analysis/analyse.js";
import { articleFromBytes } from "../../../src/content/load.js";
import { Library } from "../../../src/library/library.js";
import { commonSenseHolders, mostlyVerbOrAdjective } from "../../../src/nlp/lexicon/wordnet.js";
import { shown } from "../../support/ask.js";

function madeUp(id: string, title: string, paragraphs: string[]) {
  const text = `---\ntitle: ${title}\n---\n\n${paragraphs.join("\n\n")}\n`;
  return new Library([
    analyse(articleFromBytes("/content", `/content/${id}.md`, Buffer.from(text), 0)),
  ]);
}

const painter = madeUp("painter", "Painter remembered in his home town", [
  "The landscape painter Oren Vasko died in a hospital in Terrin on 3 March, his gallery said.",
  "Vasko, who lived in the hill village of Brask for forty years, was 88.",
  "A short film about his studio, directed by Lena Morrow, opens at the town cinema next week.",
]);

describe("a reader's word in a rarer sense of its own", () => {
  it("finds the words whose commonest sense it shares", () => {
    expect(commonSenseHolders("passed")).toContain("die");
    expect(commonSenseHolders("dwell")).toContain("live");
    expect(commonSenseHolders("flick")).toContain("film");
    expect(commonSenseHolders("bond")).toContain("bail");
  });

  it("answers in the article's word", () => {
    expect(shown(painter, "Where did Vasko pass?")).toMatch(/Terrin/);
    expect(shown(painter, "Who directed the flick about his studio?")).toMatch(/Lena Morrow/);
  });

  it("still refuses what the article does not say", () => {
    expect(shown(painter, "Who won the football match?")).toMatch(/does not|says nothing/);
  });
});

const poll = madeUp("poll", "Reyes leads among younger voters", [
  "Among voters under 45, Senator Dana Reyes leads 61 percent to 30 percent, the Kestrel poll found.",
  "Voters over 45 favour her rival, Tom Ashby, by eight points.",
  "The poll of 1,200 adults was taken in the week before the debate in Fenwick.",
]);

describe("a word the article never writes", () => {
  it("reads verbs and adjectives as actions or judgements, nouns as things", () => {
    expect(mostlyVerbOrAdjective("splitting")).toBe(true);
    expect(mostlyVerbOrAdjective("unhappy")).toBe(true);
    expect(mostlyVerbOrAdjective("population")).toBe(false);
    expect(mostlyVerbOrAdjective("capital")).toBe(false);
  });

  it("lets the rest of the question find an action worded otherwise", () => {
    expect(shown(poll, "How are younger voters splitting in the Kestrel poll?")).toMatch(
      /61 percent/,
    );
  });

  it("refuses a thing the article never names", () => {
    expect(shown(poll, "What is the population of Fenwick?")).toMatch(/does not|says nothing/);
  });
});
