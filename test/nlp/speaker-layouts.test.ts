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
});
