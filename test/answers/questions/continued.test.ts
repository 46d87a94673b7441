/** The asked value in the sentence after the found one, and sums written with a currency's name (made-up sentences). */
import { describe, expect, it } from "vitest";
import { Library } from "../../../src/library/library.js";
import type { Reply } from "../../../src/answers/reply.js";
import { answer } from "../../../src/answers/router.js";
import { renderMessages } from "../../../src/render/messages.js";
import { countedWord, countsFocus } from "../../../src/answers/questions/honest.js";
import { continues } from "../../../src/answers/questions/continued.js";
import { contextsFor } from "../../support/context.js";
import { madeUp } from "../../support/articles.js";

const ctx = contextsFor({ now: () => new Date("2026-01-01T12:00:00Z") });
const REFUSED =
  /^(?:The article (?:does not|says nothing|has no)|None of the articles)|is quoted .* but not about/;

describe("a sum written with a currency's name measures money", () => {
  it("counts the currency past the scale ('612 million pounds')", () => {
    const skip = (w: string) => /^(?:of|the|a|\d+)$/.test(w);
    expect(countedWord(["million", "pounds", "in", "the", "half"], skip)).toBe("pounds");
    expect(countedWord(["billion", "francs"], skip)).toBe("francs");
    // A scale with no currency after it stays what it is ("five million people" is counted on).
    expect(countedWord(["million", "people"], skip)).toBe("million");
    const text = "Brantley Mills said operating profit rose to 48 million pounds in the half.";
    expect(countsFocus(text, "48 million pounds", "profit", true)).toBe(true);
    expect(
      countsFocus(
        "Tolvar paid 300 million francs for the mill.",
        "300 million francs",
        "profit",
        true,
      ),
    ).toBe(true);
    // Money is no count of people.
    expect(countsFocus(text, "48 million pounds", "workers")).toBe(false);
  });
});

describe("the value in the sentence after the one that tells of the asked event", () => {
  it("answers from the next sentence or the next paragraph, with the found sentence after it", () => {
    const library = new Library([
      madeUp("warden", "Council news", [
        "The first river warden for Dunmore has been appointed.",
        "Engineer Ada Quinn was chosen by the council and will start the £90,000-a-year job in June.",
        "The town's old weir will be rebuilt next spring.",
      ]),
    ]);
    const ask = (q: string) =>
      answer({ text: q, chat: "private" }, ctx(library))
        .flatMap((r: Reply) => renderMessages(r).map((m) => m.text))
        .join("\n");
    expect(ask("how much is the river warden paid")).toMatch(/^£90,000/);
    expect(ask("how much is the river warden paid")).toMatch(/first river warden/);
    expect(continues(3, 3)).toBe(true);
    expect(continues(3, 4)).toBe(true);
    expect(continues(3, 5)).toBe(false);
  });

  it("still refuses when the next sentence gives another thing's figure", () => {
    const library = new Library([
      madeUp("ferry", "New ferry for Calder Bay", [
        "Calder Bay council has ordered a new ferry for the island route.",
        "The harbour's 40 fishing boats will get a new pier next year.",
      ]),
    ]);
    const ask = (q: string) =>
      answer({ text: q, chat: "private" }, ctx(library))
        .flatMap((r: Reply) => renderMessages(r).map((m) => m.text))
        .join("\n");
    expect(ask("how many passengers will the new ferry carry")).toMatch(REFUSED);
  });
});
