import { describe, expect, it } from "vitest";
import { directQuotes as direct } from "../support/read-quotes.js";
import type { Quote } from "../../src/model/analysis.js";
import { typewriterTypography } from "../../src/nlp/quote-marks.js";

const said = (qs: Quote[]) => qs.map((q) => [q.text, q.speaker ?? null]);

describe("wire-service quote frames", () => {
  it('"…," X said, adding: "…": the first quote is X\'s too', () => {
    const qs = direct(
      "Dana Whitfield spoke to farmers on Sunday. ``The river is ours. We will keep it,'' Whitfield said, adding: ``Nobody can take it away.''",
    );
    expect(said(qs)).toEqual([
      ["The river is ours. We will keep it", "Dana Whitfield"],
      ["Nobody can take it away.", "Dana Whitfield"],
    ]);
  });

  it('"he declined to comment, but said: …": the clause\'s subject speaks', () => {
    const qs = direct(
      "Prince Omar Dalen, the king's brother, was asked today about the letter. In an interview on radio, he declined to discuss details, but said: ``I do not think the king would travel now.''",
    );
    expect(said(qs)).toEqual([["I do not think the king would travel now.", "Omar Dalen"]]);
  });

  it('a verb of communication from WordNet frames a quote: "…," the court instructed', () => {
    const qs = direct("The ruling was short.", "``Expect no extensions,'' the court instructed.");
    expect(said(qs)).toEqual([["Expect no extensions", "the court"]]);
  });

  it('"X quoted Y as saying": Y speaks, not the outlet that quoted them', () => {
    const qs = direct(
      "The Daily Post quoted Lara Vance as saying: ``We will not sell the farm.''",
      "The radio station quoted an army officer in Tarin as saying the soldiers were ``guests'' who would stay until spring.",
    );
    expect(said(qs)).toEqual([
      ["We will not sell the farm.", "Lara Vance"],
      ["guests", "an army officer in Tarin"],
    ]);
  });

  it('"…," the agency quoted Y as saying: after the quote too, Y speaks, not the outlet', () => {
    const qs = direct(
      "Defence chief Tomas Ruval visited the border post on Monday.",
      "``The troops are ready,'' the Tarin news agency quoted Ruval as saying.",
      "``We will not go,'' the radio quoted him as telling reporters.",
      "``Nothing has changed,'' Ruval was quoted as saying by the agency.",
    );
    expect(said(qs)).toEqual([
      ["The troops are ready", "Tomas Ruval"],
      ["We will not go", "Tomas Ruval"],
      ["Nothing has changed", "Tomas Ruval"],
    ]);
  });

  it('"quoted" and "reported" alike, before the quote and after it: Y speaks, not the outlet', () => {
    const qs = direct(
      "Defence chief Tomas Ruval visited the border post on Monday.",
      "The Tarin Herald reported Ruval as saying: ``The border is closed.''",
      "``We hold the pass,'' the radio reported Ruval as saying.",
      "``He will stay,'' an aide was reported as saying.",
    );
    expect(said(qs).slice(0, 2)).toEqual([
      ["The border is closed.", "Tomas Ruval"],
      ["We hold the pass", "Tomas Ruval"],
    ]);
    expect(said(qs)[2]?.[1]).not.toBe("Tomas Ruval");
  });

  it('"…," it said: the body the sentence before spoke of, even for a short quote', () => {
    expect(
      said(
        direct(
          "The trade ministry issued a statement on Monday.",
          "``Exports must be licensed,'' it said.",
        ),
      ),
    ).toEqual([["Exports must be licensed", "The trade ministry"]]);
    expect(
      said(
        direct(
          "Norco Corp issued its results on Friday.",
          "``Demand stayed strong all year,'' it said in a filing.",
        ),
      ),
    ).toEqual([["Demand stayed strong all year", "Norco Corp"]]);
  });

  it("a nickname between a given name and a surname is no quote", () => {
    const qs = direct(
      "Earvin ``Magic'' Johnson spoke first. Revolutionary Ernesto “Che” Guevara once said, “The revolution is not an apple.”",
    );
    expect(qs.map((q) => q.text)).toEqual(["The revolution is not an apple."]);
    expect(qs[0]?.speaker).toMatch(/Guevara$/);
  });
});

describe("names with a particle joined by a hyphen", () => {
  it('"al-", "el-": Nadir al-Hassani is one person, and "al-Hassani said" is him', () => {
    const qs = direct(
      "``The talks will go on,'' said Nadir al-Hassani, the foreign minister.",
      "Later the cleric Omar el-Sayed spoke. ``We want peace,'' el-Sayed said.",
      "``The bridge is open,'' al-Hassani said on Tuesday.",
    );
    expect(said(qs)).toEqual([
      ["The talks will go on", "Nadir al-Hassani"],
      ["We want peace", "Omar el-Sayed"],
      ["The bridge is open", "Nadir al-Hassani"],
    ]);
  });
});

describe("names written family name first", () => {
  it('"Mr Wu" after "Wu Zhenhai" is him: no given name takes "Mr"', () => {
    const qs = direct(
      "Trade minister Wu Zhenhai arrived in Geneva on Monday.",
      "``The talks have just begun,'' Mr Wu said.",
    );
    expect(said(qs)).toEqual([["The talks have just begun", "Wu Zhenhai"]]);
  });
});

describe("company names that end in an abbreviation", () => {
  it('"Ford Motor Co. said: …": the stop of "Co." ends the speaker\'s name', () => {
    const qs = direct("Norco Motor Co. said: ``We regret the decision and will appeal.''");
    expect(said(qs)).toEqual([["We regret the decision and will appeal.", "Norco Motor Co"]]);
  });
});

describe("single straight quote marks as the main marks", () => {
  it("'…' quotes when a paragraph has no double marks; apostrophes, elisions and subheads are none", () => {
    const qs = direct(
      "'We will win this seat,' said Priya Sharma, the party's candidate.",
      "Sharma added: 'The voters are tired of broken promises and the players' union knows it.'",
      "'A fighter to the end.'",
      "Rock 'n' roll fans of the '90s don't care, the Smiths' manager said.",
      "Four players joined the new 'All Golds' rugby side soon after the tour of 1905.",
    );
    expect(said(qs)).toEqual([
      ["We will win this seat", "Priya Sharma"],
      ["The voters are tired of broken promises and the players' union knows it.", "Priya Sharma"],
    ]);
  });
});

describe("quotes within quotes, single marks outside", () => {
  it("‘… “…” …’: the outer quote is the speaker's, the inner one is part of it", () => {
    const qs = direct(
      "‘The minister told me, “You will be fine,” and I believed him,’ said Priya Sharma.",
    );
    expect(said(qs)).toEqual([
      ["The minister told me, “You will be fine,” and I believed him", "Priya Sharma"],
    ]);
  });
});

describe("typewriter marks as a reader sees them", () => {
  it("``…'' and ''…'' become “…”, a single ` becomes ‘; apostrophes stay", () => {
    expect(typewriterTypography("The crowd shouted ``traitor'' at him.")).toBe(
      "The crowd shouted “traitor” at him.",
    );
    expect(typewriterTypography("''No one gives up!'' Ruiz declared.")).toBe(
      "“No one gives up!” Ruiz declared.",
    );
    expect(typewriterTypography("``As they say, `Hallelujah,''' she said.")).toBe(
      "“As they say, ‘Hallelujah,’” she said.",
    );
    expect(typewriterTypography("It's the farmers' land.")).toBe("It's the farmers' land.");
    expect(typewriterTypography("The family will recover _ at least partly _ in time.")).toBe(
      "The family will recover — at least partly — in time.",
    );
  });
});
