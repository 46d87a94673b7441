import { describe, expect, it } from "vitest";
import { directQuotes as direct } from "../support/read-quotes.js";
import type { Quote } from "../../src/model/analysis.js";

const speakers = (qs: Quote[]) => qs.map((q) => q.speaker ?? null);

describe("a description names the person it stands for (its head noun a person in WordNet)", () => {
  it("'the Republican said' is the person the story is about", () => {
    const qs = direct(
      "Ben Corrigan suggests cutting rules to fight poverty.",
      '"It might surprise you, but we must cut regulation," the Republican said this week.',
    );
    expect(speakers(qs)).toEqual(["Ben Corrigan"]);
  });

  it("'the presumptive nominee … saying' is a description, not a title", () => {
    const qs = direct(
      "Ben Corrigan spoke in the capital on Monday.",
      'The presumptive nominee appeared to make his case by saying, "I am trying to save lives."',
    );
    expect(speakers(qs)).toEqual(["Ben Corrigan"]);
  });

  it("'said the candidate could win' reports what was said: the candidate is no speaker", () => {
    const qs = direct(
      "Dana Hale spoke on Monday, and Paul Marsh joined her.",
      'Mr. Marsh, citing "the unique magic of Hale," said the candidate could win the state.',
    );
    expect(speakers(qs)).toEqual(["Paul Marsh"]);
  });

  it("'the authors' are many: no one person", () => {
    const qs = direct(
      "Dana Hale spoke on Monday.",
      '"We have to engage them and show our sincerity," wrote the authors of the report.',
    );
    expect(speakers(qs)).not.toEqual(["Dana Hale"]);
  });
});
