/**
 * The questions offered when a question gets no answer: their speaker is someone the analysis
 * found, never a day or a stand-in for a capitalised word. Made-up article.
 */
import { describe, expect, it } from "vitest";
import { Library } from "../../../src/library/library.js";
import type { Reply } from "../../../src/answers/reply.js";
import { answer } from "../../../src/answers/router.js";
import { renderMessages } from "../../../src/render/messages.js";
import { contextsFor } from "../../support/context.js";
import { madeUp } from "../../support/articles.js";

const article = madeUp("dock-arrest", "Police name a suspect in the dock fire", [
  "“Today, I am here to tell you we have our suspect,” said Rhona Tallis, head of the Velmora police.",
  "Dan Kettle, 44, became the subject of a manhunt in November. He was charged Thursday with arson.",
  "Kettle was last seen Nov. 3. Until Thursday, they had not called Kettle a suspect.",
]);
const library = new Library([article]);
const ctx = contextsFor({ now: () => new Date("2026-01-01T12:00:00Z") });
const ask = (q: string) =>
  answer({ text: q, chat: "private" }, ctx(library))
    .flatMap((r: Reply) => renderMessages(r).map((m) => m.text))
    .join("\n");

describe("suggested questions", () => {
  it("ask what a speaker the analysis found said, not what a weekday said", () => {
    const reply = ask("when did it happen?");
    expect(reply).not.toMatch(/What did Thursday/);
    expect(reply).toMatch(/What did Tallis say/);
  });
});
