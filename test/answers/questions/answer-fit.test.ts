/**
 * How well a sentence answers, beyond shared words (fit.ts): the person the question names as
 * the doer, and the question's words said only inside someone's quote. Made-up article.
 */
import { describe, expect, it } from "vitest";
import { Library } from "../../../src/library/library.js";
import { namedAsSubject, onlyQuoted } from "../../../src/answers/questions/fit.js";
import { buildQuery } from "../../../src/answers/questions/terms.js";
import { contextsFor } from "../../support/context.js";
import { madeUp } from "../../support/articles.js";

const article = madeUp("refund", "Senator returns donations", [
  "Senator Dana Whitcombe faced questions over gifts from a Velmora trade group.",
  "“I know her well,” said Ilse Varga, a shop owner from Lakeport, who gave Whitcombe $1,500 last spring.",
  "After weeks of questions about the gifts, Senator Dana Whitcombe handed back $38,200 to the donors on Friday.",
  "Some of the donors giving to Whitcombe that day lived far from Lakeport.",
  "She said the money would go to a food bank.",
]);
const library = new Library([article]);
const ctx = contextsFor({ now: () => new Date("2026-01-01T12:00:00Z") });
const sentence = (i: number) => article.sentences[i]!;
const words = (q: string) => q.toLowerCase().replace(/\?/g, "").split(" ");

describe("the person asked about as the doer", () => {
  const q = words("How much did Whitcombe give back?");

  it("is the doer when the name opens the sentence or follows a fronted clause", () => {
    expect(namedAsSubject(article, q, sentence(0))).toBe(true);
    expect(namedAsSubject(article, q, sentence(2))).toBe(true);
  });

  it("is not the doer after a verb or a preposition", () => {
    expect(namedAsSubject(article, q, sentence(1))).toBe(false);
    expect(namedAsSubject(article, q, sentence(3))).toBe(false);
  });

  it("says nothing of a sentence that does not mention the person", () => {
    expect(namedAsSubject(article, words("How much did Varga give?"), sentence(3))).toBe(undefined);
  });
});

describe("the question's words only in someone's quote", () => {
  it("counts the share of the question said only inside quotation marks", () => {
    const { index } = ctx(library);
    const query = buildQuery(["lakeport", "donors"], index, [], []);
    expect(onlyQuoted(query, "“Lakeport donors are generous,” said Ilse Varga.")).toBe(1);
    expect(onlyQuoted(query, "“They are generous,” said Ilse Varga of the Lakeport donors.")).toBe(
      0,
    );
    expect(onlyQuoted(query, "Lakeport donors are generous, said Ilse Varga.")).toBe(0);
  });
});
