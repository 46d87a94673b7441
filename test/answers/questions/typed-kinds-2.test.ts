/**
 * Typed answers tied to what was asked (made-up sentences, session 11): an obituary's age in
 * its own short sentence, the asked verb in its base form after "did", the date of the asked
 * subject's event, a cause tied to the asked verb, and "the article does not say" otherwise.
 */
import { describe, expect, it } from "vitest";
import { Library } from "../../../src/library/library.js";
import { madeUp } from "../../support/articles.js";
import { shown } from "../../support/ask.js";

const ask = (q: string, a: ReturnType<typeof madeUp>) => shown(new Library([a]), q);

describe("how old: an obituary's short age sentence", () => {
  const obituary = madeUp("obit", "Campaigner dies", [
    "Margaret Ellery, whose campaigns against the new motorway split the county for a decade, died on Tuesday. She was 88.",
    "Her group, the Valley Trust, was founded by her brother.",
  ]);
  it("takes 'She was 88.' as the age of the person whose death the sentence before tells", () => {
    expect(ask("How old was Margaret Ellery when she died?", obituary)).toMatch(/^88: She was 88/);
  });
  it("gives that age to nobody else", () => {
    const two = madeUp("obit2", "Campaigner dies", [
      "Margaret Ellery, whose campaigns against the new motorway split the county for a decade, died on Tuesday. She was 88.",
      "Her son, Tom Ellery, runs the Valley Trust, which Jane Doe founded.",
    ]);
    expect(ask("How old is Jane Doe?", two)).toMatch(/^The article does not say how old/);
  });
});
