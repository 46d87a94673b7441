import { describe, expect, it } from "vitest";
import { directQuotes as direct } from "../support/read-quotes.js";
import type { Quote } from "../../src/model/analysis.js";

const said = (qs: Quote[]) => qs.map((q) => [q.text, q.speaker ?? null]);

describe("attribution through an outlet", () => {
  it('"…," the agency reports Y as saying: Y speaks, not the outlet', () => {
    const qs = direct(
      "``The border will stay shut,'' the Tarin news agency reported Mara Kovic as saying.",
      "``Prices will fall,'' a wire service reports a ministry source as saying.",
    );
    expect(said(qs)).toEqual([
      ["The border will stay shut", "Mara Kovic"],
      ["Prices will fall", "a ministry source"],
    ]);
  });
});

describe("names with their firm", () => {
  it('"…," X, from Firm told Reuters: X speaks, the firm and the outlet do not', () => {
    const qs = direct(
      "``Growth will stay weak this year,'' Lena Ostrova, from Halvard Capital told Reuters.",
    );
    expect(said(qs)).toEqual([["Growth will stay weak this year", "Lena Ostrova"]]);
  });

  it('"…," Firm\'s X told the paper: the person after the possessive speaks', () => {
    const qs = direct(
      "``We are patient investors,'' Halvard's Tomas Brede told the Sunday Courier.",
      "``We will not sell,'' Norvik' Anna Leth told the paper.",
    );
    expect(said(qs)).toEqual([
      ["We are patient investors", "Tomas Brede"],
      ["We will not sell", "Anna Leth"],
    ]);
  });
});

describe("two people who share a family name", () => {
  it("a bare surname is the subject's, not the relative named inside its apposition", () => {
    const qs = direct(
      "Tomas Ruval, younger brother of President Anton Ruval and head of the army, spoke to the crowd.",
      "``Nobody here gives up!'' Ruval declared.",
    );
    expect(said(qs)).toEqual([["Nobody here gives up!", "Tomas Ruval"]]);
  });

  it("a name after a preposition in the next sentence does not outrank the subject before it", () => {
    const qs = direct(
      "Tomas Ruval, head of the army, spoke to the crowd on Sunday.",
      "The port fell in 1956 to rebels led by Anton Ruval.",
      "``Nobody here gives up!'' Ruval declared.",
    );
    expect(said(qs)).toEqual([["Nobody here gives up!", "Tomas Ruval"]]);
  });

  it("the person named last as a subject is still the one a bare surname names", () => {
    const qs = direct(
      "Tomas Ruval spoke first.",
      "Then Anton Ruval, his brother, took the microphone.",
      "``We stay,'' Ruval said.",
    );
    expect(said(qs)).toEqual([["We stay", "Anton Ruval"]]);
  });
});
