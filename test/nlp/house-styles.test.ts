import { describe, expect, it } from "vitest";
import { directQuotes as direct } from "../support/read-quotes.js";
import type { Quote } from "../../src/model/analysis.js";

const said = (qs: Quote[]) => qs.map((q) => [q.text, q.speaker ?? null]);

describe("a block quote in straight marks quoting someone in curly ones", () => {
  it("the excerpt goes to the outlet the colon names; the quote inside it to its own speaker", () => {
    const qs = direct(
      "As the Daily Ledger reported on Friday, the mayor was refusing to call the attack terrorism:",
      '"The city government is still reluctant to call the attack in Marston an act of terrorism.',
      '"At City Hall today, reporters questioned spokesman Tom Reyes about the shooters.',
      '“I don’t want to talk about it while there is still an investigation,” Reyes said."',
      "We have seen this before.",
    );
    expect(said(qs)).toEqual([
      [
        "The city government is still reluctant to call the attack in Marston an act of terrorism. At City Hall today, reporters questioned spokesman Tom Reyes about the shooters.",
        "Daily Ledger",
      ],
      ["I don’t want to talk about it while there is still an investigation", "Tom Reyes"],
    ]);
  });

  it("a quote of several paragraphs, each opening with the same mark, is still one quote", () => {
    const qs = direct(
      "Dana Whitfield, the mayor, spoke on Monday. She said:",
      "“We will win this state and the next one.",
      "“And then we will win the whole country, every part of it.”",
      "Tom Reyes disagreed.",
    );
    expect(said(qs)).toEqual([
      [
        "We will win this state and the next one. And then we will win the whole country, every part of it.",
        "Dana Whitfield",
      ],
    ]);
  });
});

describe("fronted phrases before the speaker", () => {
  it("a time phrase then a clause ('Last month, when I asked …, he … said, “…”')", () => {
    const qs = direct(
      "Last month, when I asked Tom Reyes if he would ever back Dana Whitfield, he looked straight into the camera, frowned and said, “I am going to back YOU!”",
    );
    expect(said(qs)).toEqual([["I am going to back YOU!", "Tom Reyes"]]);
  });

  it("a quote standing after a sentence whose subject follows an opening phrase", () => {
    const qs = direct(
      "Dana Whitfield spoke first.",
      "Speaking about his plans, Tom Reyes said he would move abroad. “I am 30 now and in five years I will not be in this country.”",
      "Asked about the vote on Monday night, Ann Lee was blunt. “We lost it and we know why we lost it.”",
    );
    expect(said(qs)).toEqual([
      ["I am 30 now and in five years I will not be in this country.", "Tom Reyes"],
      ["We lost it and we know why we lost it.", "Ann Lee"],
    ]);
  });

  it("'Reported cases rose, …': a past participle before a noun opens no phrase", () => {
    const qs = direct("Reported cases rose sharply, officials said: “We will see about that.”");
    expect(said(qs)).toEqual([["We will see about that.", "officials"]]);
  });
});

describe("a verb of saying with a noun object frames no quote", () => {
  it("'The U.S. added 215,000 jobs, “…”' is not the U.S. speaking; 'X added, “…”' still frames", () => {
    const qs = direct(
      "The economy grew in March. The U.S. added 215,000 jobs, “a solid number by any measure,” and unemployment fell.",
      "Tom Reyes added, “It is a solid number by any measure.”",
      "Dana Whitfield called 2004 an “outstanding success” for the firm.",
    );
    expect(said(qs)).toEqual([
      ["a solid number by any measure", null],
      ["It is a solid number by any measure.", "Tom Reyes"],
      ["outstanding success", "Dana Whitfield"],
    ]);
  });
});

describe("a pull quote signed inside its marks", () => {
  it("a quote paragraph whose last sentence is a name (after title words) is that person's", () => {
    const qs = direct(
      "Rep. Tom Reyes of Ohio spoke on Monday.",
      '"If the mayor loses Ohio and Iowa, that could create real problems for her here. Ohio Rep. Tom Reyes."',
      "Dana Whitfield disagreed.",
      '"I am not afraid of him," Whitfield said. "I beat him once. Tom Reyes."',
    );
    expect(said(qs)).toEqual([
      [
        "If the mayor loses Ohio and Iowa, that could create real problems for her here.",
        "Tom Reyes",
      ],
      ["I am not afraid of him", "Dana Whitfield"],
      ["I beat him once. Tom Reyes.", "Dana Whitfield"],
    ]);
  });
});

describe("interview transcripts", () => {
  it("'Q:' and 'A:' are labels, not speakers; 'NATO:' and 'Whitfield:' are", () => {
    const qs = direct(
      "Dana Whitfield sat down with us on Monday.",
      'Q: "Will you run again for the seat?"',
      'A: "I will not run again for it."',
      'NATO: "We will not move our troops from the border."',
      'Whitfield: "We will not move either."',
    );
    expect(qs.map((q) => q.speaker ?? null)).toEqual([null, null, "NATO", "Dana Whitfield"]);
  });
});
