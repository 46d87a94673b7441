import { describe, expect, it } from "vitest";
import { readQuotes } from "../support/read-quotes.js";

function reported(...paragraphs: string[]): [string, string | null][] {
  return readQuotes(...paragraphs)
    .quotes.filter((q) => q.indirect)
    .map((q) => [q.text, q.speaker ?? null]);
}

const INTRO = "Maria Lopez, the mayor of Springfield, spoke on Monday.";

describe("reported speech after a day or a place: “said Tuesday (that) …”", () => {
  it("the day, the occasion and “that” are not what was said", () => {
    expect(reported(INTRO, "Lopez said Tuesday the bridge would open next year.")).toEqual([
      ["the bridge would open next year", "Maria Lopez"],
    ]);
    expect(reported(INTRO, "Lopez said on Friday that the bridge would open next year.")).toEqual([
      ["the bridge would open next year", "Maria Lopez"],
    ]);
    expect(
      reported(INTRO, "Lopez said in a statement that the bridge would open next year."),
    ).toEqual([["the bridge would open next year", "Maria Lopez"]]);
  });

  it("“…,” X said Tuesday in an interview: no reported clause at all", () => {
    expect(reported(INTRO, '"It is done," Lopez said Tuesday in an interview.')).toEqual([]);
  });
});
