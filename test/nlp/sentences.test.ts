/**
 * The sentence splitter on made-up news sentences: a company's abbreviation ("Co.", "Inc.")
 * ends a sentence only when the next word opens one.
 */
import { describe, expect, it } from "vitest";
import { splitSentences } from "../../src/nlp/sentences.js";

const texts = (p: string) => splitSentences(p).map((s) => s.text);

describe("splitSentences", () => {
  it("keeps a company's name with the words that go on after it", () => {
    expect(texts("Shares of Brandt Paper Co. Chairman Ann Lowe sold rose 4%.")).toHaveLength(1);
    expect(texts("Lowe left Brandt Paper Inc. Tuesday, the company said.")).toHaveLength(1);
    expect(texts("It bought Orr Mills Ltd., a rival, in May.")).toHaveLength(1);
    // A press release's ticker after the company's name.
    expect(texts("Brandt Paper Inc. (NASDAQ: BRPC) today announced a loss. Shares fell.")).toEqual([
      "Brandt Paper Inc. (NASDAQ: BRPC) today announced a loss.",
      "Shares fell.",
    ]);
    expect(texts("Orr Mills Co. (formerly Orr Textiles) sold its mill.")).toHaveLength(1);
  });

  it("ends a sentence after a company's name when the next one opens", () => {
    expect(texts("Lowe joined Brandt Paper Co. The company makes boxes.")).toEqual([
      "Lowe joined Brandt Paper Co.",
      "The company makes boxes.",
    ]);
    expect(texts("She ran Orr Mills Inc. Mr. Lowe said so.")).toHaveLength(2);
    expect(texts("She ran Orr Mills Inc. “We grew,” she said.")).toHaveLength(2);
    expect(texts("She ran Orr Mills Inc. (The mill closed in May.) Lowe left.")).toHaveLength(3);
  });

  it("keeps a court case's name whole: 'v.' is versus", () => {
    expect(
      texts("The ruling overturned Lane v. Hollis, the judge said. Both sides appealed."),
    ).toEqual(["The ruling overturned Lane v. Hollis, the judge said.", "Both sides appealed."]);
  });

  it("keeps 'no.' before a number ('grant no. 4471') but ends a sentence at 'said no.'", () => {
    expect(texts("It was funded by the Lowe Trust (grant no. 4471). Work began in May.")).toEqual([
      "It was funded by the Lowe Trust (grant no. 4471).",
      "Work began in May.",
    ]);
    expect(texts("The council said no. The mayor said yes.")).toHaveLength(2);
    expect(texts("She lives at No. 10 Harbour Street.")).toHaveLength(1);
  });

  it("keeps plural titles with the names after them ('Sens. Ann Lowe and Tom Reyes')", () => {
    expect(
      texts("Sens. Ann Lowe and Tom Reyes voted no. Reps. Ida Hart and Bo Kim did too."),
    ).toEqual(["Sens. Ann Lowe and Tom Reyes voted no.", "Reps. Ida Hart and Bo Kim did too."]);
  });

  it("still splits after a plain sentence and keeps titles and initials", () => {
    expect(texts("The vote was held. Dr. J. Smith won it.")).toEqual([
      "The vote was held.",
      "Dr. J. Smith won it.",
    ]);
  });
});
