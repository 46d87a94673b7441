/**
 * A sentence that names the asked person only by a pronoun or a description ("She said …",
 * "The 32-year-old rapper has …") answers a question that asks by the name: the index counts the
 * names the analysis resolved them to as the sentence's words. Made-up article.
 */
import { describe, expect, it } from "vitest";
import { Library } from "../../../src/library/library.js";
import type { Reply } from "../../../src/answers/reply.js";
import { answer } from "../../../src/answers/router.js";
import { renderMessages } from "../../../src/render/messages.js";
import { contextsFor } from "../../support/context.js";
import { madeUp } from "../../support/articles.js";

const article = madeUp("venn", "Rapper sued over party", [
  "Rapper Kal Venn was sued on Friday by a make-up artist from Dunmore.",
  "Tom Reed, a producer, said the tour would earn about $2m.",
  "Jane Doe has run Venn's label since 2019. She said the tour would earn $4m.",
  "The 32-year-old rapper has released nine albums since his first hit in 1995.",
]);
const library = new Library([article]);
const ctx = contextsFor({ now: () => new Date("2026-01-01T12:00:00Z") });
const first = (q: string) =>
  answer({ text: q, chat: "private" }, ctx(library))
    .flatMap((r: Reply) => renderMessages(r).map((m) => m.text))
    .join("\n")
    .split("\n")[0];

describe("the names a sentence's pronouns and descriptions stand for", () => {
  it("a pronoun: what 'she' said is what the person asked by name said", () => {
    expect(first("How much did Doe say the tour would earn?")).toContain("$4m");
    expect(first("How much did Reed say the tour would earn?")).toContain("$2m");
  });

  it("an age before a role: 'the 32-year-old rapper' is the rapper asked by name", () => {
    expect(first("How many albums has Venn released?")).toContain("nine albums");
  });
});
