/**
 * "What did X say": a quote or reported statement is credited to its speaker, not to a name
 * standing near the cue. Made-up article.
 */
import { describe, expect, it } from "vitest";
import { Library } from "../../../src/library/library.js";
import type { Reply } from "../../../src/answers/reply.js";
import { answer } from "../../../src/answers/router.js";
import { renderMessages } from "../../../src/render/messages.js";
import { contextsFor } from "../../support/context.js";
import { shown } from "../../support/ask.js";
import { madeUp } from "../../support/articles.js";
import { labelledBy } from "../../../src/answers/questions/say.js";
import type { Quote } from "../../../src/model/analysis.js";

const article = madeUp("harbour-vote", "Harbour vote splits the council", [
  "The Velmora council voted on Tuesday to close the old harbour, a plan backed by Mayor Tom Marsh.",
  "Councillor Ann Cole said Marsh failed to address the flooding in the lower town.",
  "“It seems extremely unlikely” that Ruiz can catch Marsh, said Dana Holt, a local pollster.",
  "“We will rebuild the sea wall before winter,” Marsh said at the town hall.",
]);
const library = new Library([article]);
const ctx = contextsFor({ now: () => new Date("2026-01-01T12:00:00Z") });
const ask = (q: string) => shown(library, q);

describe("what did X say: the speaker, not the nearest name", () => {
  it("a statement the cue gives to someone else is not the named person's", () => {
    const marsh = ask("what did Marsh say");
    expect(marsh).toContain("sea wall");
    expect(marsh).not.toContain("failed to address");
    expect(ask("what did Cole say")).toContain("failed to address");
  });

  it("a quotation credited twice goes to the speaker the cue names", () => {
    expect(ask("what did Marsh say about Ruiz")).not.toContain("extremely unlikely");
    expect(ask("what did Holt say")).toContain("extremely unlikely");
  });
});

describe("the person a role names", () => {
  const awards = new Library([
    madeUp("awards", "Velmora film awards", [
      "Jo Ray and Kim Dale won the Screen Actors Guild Awards on Sunday.",
      "“It is a night for the whole cast,” said veteran actor Ann Lee, who presented the prize.",
    ]),
  ]);
  const askAwards = (q: string) =>
    answer({ text: q, chat: "private" }, ctx(awards))
      .flatMap((r: Reply) => renderMessages(r).map((m) => m.text))
      .join("\n");

  it("'the actor' is the person the article calls an actor, not the Screen Actors Guild", () => {
    expect(askAwards("what did the actor say")).toContain("whole cast");
  });
});

describe("is X a Y?", () => {
  const clinic = new Library([
    madeUp("clinic", "Velmora clinic opens", [
      "A new sports clinic opened in Velmora on Monday.",
      "Sports psychologist Dana Holt said the clinic would treat young runners.",
    ]),
  ]);
  const askClinic = (q: string) =>
    answer({ text: q, chat: "private" }, ctx(clinic))
      .flatMap((r: Reply) => renderMessages(r).map((m) => m.text))
      .join("\n");

  it("is answered by the role the article gives the person, whichever it is", () => {
    expect(askClinic("Is Dana Holt a coach?")).toMatch(/^Dana Holt — Sports psychologist/);
  });
});

describe("a statement under its speaker's label", () => {
  const statements = madeUp("statements", "Statements on the harbour vote", [
    "Following are statements made on Friday by the mayor, Tom Marsh, and by the council.",
    "Council on Thursday. “We will not dignify the leak.” Marsh on Friday. “Once again, I never wanted anything but the truth.”",
  ]);
  const quote = (sentence: number): Quote => ({ text: "…", sentence, para: 2, partial: false });
  it("is the labelled person's when no speaker is given", () => {
    expect(labelledBy(statements, quote(4), new Set(["marsh"]))).toBe(true);
    expect(labelledBy(statements, quote(2), new Set(["marsh"]))).toBe(false);
    expect(labelledBy(statements, { ...quote(4), speaker: "Ann Cole" }, new Set(["marsh"]))).toBe(
      false,
    );
  });
});

describe("what did X say about Y: the heading of the quote's section says what it is about", () => {
  const blog = madeUp("count-night", "Cole wins the harbour byelection", [
    "The result has been declared.",
    "Cole's victory speech",
    "Ann Cole has just spoken after the declaration. She said:",
    "The people of Velmora have chosen the harbour over the bypass. I will work for every one of them.",
    "Tom Marsh, who came second, said he would stand again.",
  ]);
  it("answers with the quote under 'Cole's victory speech' when asked about her victory speech", () => {
    const reply = shown(new Library([blog]), "What did Cole say in her victory speech?");
    expect(reply).toContain("chosen the harbour over the bypass");
    expect(shown(new Library([blog]), "What did Cole say about the bypass?")).toContain(
      "chosen the harbour",
    );
  });
});
