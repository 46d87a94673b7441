/**
 * Acronyms and country names in questions, through the answers layer, on a made-up article:
 * "the U.S.", "the US" and "the United States" are one thing, and "what did X say about the
 * U.S." lists X's quote about it, not every quote of X.
 */
import { describe, expect, it } from "vitest";
import { analyse } from "../../../src/analysis/analyse.js";
import { articleFromBytes } from "../../../src/content/load.js";
import { Library } from "../../../src/library/library.js";
import { questionText } from "../../../src/answers/questions/text.js";
import { shown } from "../../support/ask.js";

const text = [
  "---",
  "title: Island trade talks stall",
  "---",
  "",
  "Trade talks between the island of Velmora and its neighbours stalled on Tuesday.",
  "",
  "“Our fishermen deserve better prices,” said Clara Brandt, the island's trade minister.",
  "",
  "“We will keep the harbour open all winter,” she added.",
  "",
  "“The U.S. has offered nothing new on tariffs,” Ms Brandt said.",
  "",
  "American negotiators are expected to return in March.",
  "",
].join("\n");
const library = new Library([
  analyse(articleFromBytes("/content", "/content/velmora.md", Buffer.from(text), 0)),
]);
const ask = (q: string) => shown(library, q);

describe("acronyms in questions", () => {
  it("reads an acronym as one, even when its letters spell a stop word", () => {
    expect(questionText("what did the U.S. offer?", () => false).acronyms).toEqual(new Set(["us"]));
    expect(questionText("did the US and NATO agree", () => false).acronyms).toEqual(
      new Set(["us", "nato"]),
    );
    expect(questionText("can you tell us more", () => false).acronyms).toEqual(new Set());
    expect(questionText("WHO is the US envoy", () => false).acronyms).toEqual(new Set(["us"]));
  });

  it("lists only the quote about the U.S., however the question writes it", () => {
    for (const q of [
      "what did Brandt say about the U.S.?",
      "what did Brandt say about the US?",
      "what did Brandt say about the United States?",
    ]) {
      const reply = ask(q);
      expect(reply).toContain("offered nothing new on tariffs");
      expect(reply).not.toContain("harbour open all winter");
    }
  });

  it("names an acronym the article lacks as the question typed it", () => {
    expect(ask("what did the U.K. say?")).toContain("“U.K.”");
  });

  it("finds the sentence about the U.S. for a question about the Americans", () => {
    expect(ask("what did the Americans offer on tariffs?")).toContain("offered nothing new");
  });
});
