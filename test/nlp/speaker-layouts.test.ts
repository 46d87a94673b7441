import { describe, expect, it } from "vitest";
import { directQuotes as direct } from "../support/read-quotes.js";

const said = (...paras: string[]) =>
  direct(...paras).map((q) => [q.text.split(/\s+/).slice(0, 3).join(" "), q.speaker ?? null]);

describe("layouts of attribution other than '…,' she said (test/fixtures/speakers-dev-2)", () => {
  it("a transcript's turns under upper-case labels are quotes of the person each label names", () => {
    expect(
      said(
        "Host Nora Penn spoke to the harbour master, Ivo Strand, on Monday.",
        "PENN: Why did you close the harbour?",
        "STRAND: We had no choice. The wall was cracked and I could not risk the boats.",
        "PENN: When will it reopen?",
      ),
    ).toEqual([
      ["Why did you", "Nora Penn"],
      ["We had no", "Ivo Strand"],
      ["When will it", "Nora Penn"],
    ]);
  });

  it("an interview's 'A:' answers are the interviewee's, its 'Q:' questions no one's", () => {
    expect(
      said(
        "Lena Marsh has run the valley's only bakery for thirty years. Marsh spoke to us in her shop.",
        "Q: Why bake at four in the morning?",
        "A: Because bread needs time. You cannot hurry it.",
        "Q: Will you retire?",
        "A: Not while my hands still work.",
      ),
    ).toEqual([
      ["Because bread needs", "Lena Marsh"],
      ["Not while my", "Lena Marsh"],
    ]);
  });

  it("a label that names no one of the article, or a list under names in the third person, is no quote", () => {
    expect(
      said(
        "Coach Ada Brook picked three new players.",
        "BROOK: Solid at the back, won every header.",
        "UPDATE: The match will now start at 3pm.",
        "BROOK: Rarely troubled, though she tired late.",
      ),
    ).toEqual([]);
  });

  it("a quote named in the sentence after it ('That was the message from …', 'So said …')", () => {
    expect(
      said(
        "Residents of Elm Street met on Friday.",
        '"We will not be moved on. This is our street." That was the message from Carla Voss, who chairs the residents\' group.',
        '"Nobody asked us at all." So said the caretaker, Jim Oyelaran, as the meeting ended.',
      ),
    ).toEqual([
      ["We will not", "Carla Voss"],
      ["Nobody asked us", "Jim Oyelaran"],
    ]);
  });

  it("a fronted clause ('Asked …, Ortiz laughed.') does not hide the subject a lone quote goes on from", () => {
    expect(
      said(
        'Ben Ortiz has managed the club for a decade. "It has been a long ride," Ortiz said.',
        "Its owner, Mia Kalder, praised him in a statement.",
        'Asked what he would do next, Ortiz laughed. "Golf, mostly."',
      ),
    ).toEqual([
      ["It has been", "Ben Ortiz"],
      ["Golf, mostly.", "Ben Ortiz"],
    ]);
  });

  it("a quote standing alone after a sentence whose clause joined by 'but' opens on a person is that person's", () => {
    expect(
      said(
        "The mayor spoke to the council on Monday about the harbour budget.",
        "The agency will not go that far, but Lena Marsh wants to use the office as a real check on the council. “I think we know the town and we know how it works.”",
        "“There is a lot left to do. The office is a platform for that kind of work.”",
      ),
    ).toEqual([
      ["I think we", "Lena Marsh"],
      ["There is a", "Lena Marsh"],
    ]);
  });

  it("'another' or 'others' standing for the speakers' noun before it is the speaker", () => {
    expect(
      said(
        "“Yet another town we would have won if everyone could vote,” one supporter wrote on Reddit.",
        "“Better watch out for the mayor since she said the vote was rigged,” tweeted another.",
        "Another tweeted, “The mayor thinks she is above the rules and the law.”",
      ),
    ).toEqual([
      ["Yet another town", "one supporter"],
      ["Better watch out", "another"],
      ["The mayor thinks", "Another"],
    ]);
  });

  it("a sentence after a quote that points back to it through a noun ('That quote from …') names its speaker", () => {
    expect(
      said(
        "“I'd rather have a cat in a kennel than a dog in the house.” That quote from Ohio Parks Commissioner Thomas Kerb appeared on the front page of The Daily Sun in 1980.",
      ),
    ).toEqual([["I'd rather have", "Thomas Kerb"]]);
  });

  it("a colon after a verbless run naming no one ('Then, later that month on radio:') goes on with the speaker before", () => {
    expect(
      said(
        "Ann Cole has changed her story on the war.",
        "For example: “We made a terrible mistake going in,” she told WXYZ in October.",
        "Then, later that month on radio: “I never said we made a mistake going in.”",
      ),
    ).toEqual([
      ["We made a", "Ann Cole"],
      ["I never said", "Ann Cole"],
    ]);
  });
});
