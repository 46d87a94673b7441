/**
 * One name matcher: /quotes, /who, inline mode and questions find the same person for the
 * same typed name — full name, surname, alias, transliteration, possessive, typo — and
 * nobody for a name the article does not use.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Entity } from "../../src/model/analysis.js";
import { matchingQuotes } from "../../src/answers/questions/inline.js";
import { answer } from "../../src/answers/router.js";
import { Library } from "../../src/library/library.js";
import { renderPlain } from "../../src/render/messages.js";
import { analyseFile, BBC, SEED_FILE } from "../support/articles.js";
import { answerContext } from "../support/context.js";

const seed = analyseFile(path.dirname(SEED_FILE), SEED_FILE);
const ctx = answerContext(new Library([seed]));
const say = (text: string) => answer({ text, chat: "private" }, ctx).map(renderPlain).join("\n");
const entity = (name: string): Entity => seed.entities.find((e) => e.name === name)!;

/** Who each path finds for a typed name (undefined: nobody). */
function paths(typed: string) {
  const quotes = /^\d+ quotes? by (.+?)(?: mentioning .*)?:$/m.exec(say(`/quotes ${typed}`))?.[1];
  const whoOut = say(`/who ${typed}`);
  const who = /I found no one called/.test(whoOut) ? undefined : whoOut.split("\n\n")[1];
  const question = /^(.+?) — \d+ matching sentences:$/m.exec(say(`what did ${typed} say`))?.[1];
  const speakerId = matchingQuotes(typed, ctx)[0]?.quote.speakerId;
  const inline = seed.entities.find((e) => e.id === speakerId)?.name;
  return { quotes, who, question, inline };
}

describe("the four paths agree on names", () => {
  const tokaev = entity("Kasim-Zhomart Tokaev").name;
  for (const typed of [
    "Kasim-Zhomart Tokaev",
    "Tokaev",
    "tokaev",
    "Tokayev",
    "Kassym-Jomart Tokayev",
    "Tokaev's",
    "Tokaevv",
    "Tokeav",
    "the Kazakh president",
  ])
    it(typed, () => {
      expect(paths(typed)).toEqual({
        quotes: tokaev,
        who: tokaev,
        question: tokaev,
        inline: tokaev,
      });
    });

  it("a name the article does not use: nobody, on every path", () => {
    const none = paths("Obama");
    expect(none.quotes).toBeUndefined();
    expect(none.who).toBeUndefined();
    expect(none.question).toBeUndefined();
    expect(say("what did Obama say")).toMatch(/does not mention/);
  });

  it("a name with a topic: /quotes and inline read it as the question does", () => {
    expect(say("/quotes Tokayev Russia")).toMatch(
      /^2 quotes by Kasim-Zhomart Tokaev mentioning “Russia”/m,
    );
    const inline = matchingQuotes("tokayev russia", ctx).slice(0, 2);
    expect(inline.map((m) => m.quote.speakerId)).toEqual([
      entity("Kasim-Zhomart Tokaev").id,
      entity("Kasim-Zhomart Tokaev").id,
    ]);
    expect(inline.every((m) => /Russia/.test(m.quote.text))).toBe(true);
    expect(say("what did Tokayev say about Russia")).toMatch(/^Kasim-Zhomart Tokaev on Russia/m);
  });

  it("another article's people too (BBC)", () => {
    const bbc = analyseFile(BBC, path.join(BBC, "politics/408.txt"));
    const c = answerContext(new Library([bbc]));
    const person = bbc.entities.find(
      (e) => e.kind === "person" && bbc.quotes.some((q) => q.speakerId === e.id),
    )!;
    const surname = person.name.split(" ").at(-1)!;
    const out = answer({ text: `/quotes ${surname}`, chat: "private" }, c)
      .map(renderPlain)
      .join("\n");
    expect(out).toContain(`by ${person.name}`);
    expect(matchingQuotes(surname, c)[0]?.quote.speakerId).toBe(person.id);
    const q = answer({ text: `what did ${surname} say`, chat: "private" }, c)
      .map(renderPlain)
      .join("\n");
    expect(q).toContain(person.name);
  });
});
