/**
 * A name and its initials meet, on made-up articles: the question's acronym finds the name the
 * article writes out (a sentence-opening "The" is no part of it), and the question's name written
 * out finds the acronym the article uses; WordNet's abbreviations of names count too.
 */
import { describe, expect, it } from "vitest";
import { analyse } from "../../src/analysis/analyse.js";
import { articleFromBytes } from "../../src/content/load.js";
import { buildQuery } from "../../src/answers/questions/terms.js";
import { acronymsIn } from "../../src/search/documents.js";
import { SentenceIndex } from "../../src/search/sentence-index.js";

function indexOf(body: string): SentenceIndex {
  const text = `---\ntitle: Made up\n---\n\n${body}\n`;
  const index = new SentenceIndex();
  index.add(analyse(articleFromBytes("/c", "/c/a.md", Buffer.from(text), 0)));
  return index;
}

const stems = (index: SentenceIndex, q: string) =>
  buildQuery(q.split(" "), index).groups.flatMap((g) => [...g.members.keys()]);

describe("acronyms and the names they stand for", () => {
  it("reads initials without a sentence-opening function word", () => {
    const out = new Map<string, string>();
    acronymsIn("The Federal Bureau of Investigation said it had ended the Grain Board talks.", out);
    expect(out.get("fbi")).toBe("Federal Bureau of Investigation");
    expect(out.has("tfbi")).toBe(false);
    expect(out.get("gb")).toBe("Grain Board");
  });

  it("turns a question's acronym into the name the article writes out", () => {
    const index = indexOf("The Federal Bureau of Investigation counted 900 reports of theft.");
    expect(stems(index, "how many reports did the fbi count")).toEqual(
      expect.arrayContaining(["feder", "bureau", "investig"]),
    );
  });

  it("turns a name the question writes out into the acronym the article uses", () => {
    const index = indexOf("The NRA spent $3 million on the race. Its members met in Ohio.");
    const q = stems(index, "how much did the national rifle association spend");
    expect(q).toContain("nra");
    expect(q).not.toContain("rifl");
    // Words of a name the article itself writes out stay as they are.
    const spelled = indexOf("The National Rifle Association met. The NRA spent $3 million.");
    expect(stems(spelled, "what did the national rifle association do")).toContain("rifl");
  });

  it("reads an abbreviation WordNet lists for a name, both ways (WordNet 3.1)", () => {
    const index = indexOf("The vice president quit. The GOP chose a new leader on Monday.");
    expect(stems(index, "when did the vp quit")).toEqual(
      expect.arrayContaining(["vice", "presid"]),
    );
    expect(stems(index, "who did the republican party choose")).toContain("gop");
  });
});
