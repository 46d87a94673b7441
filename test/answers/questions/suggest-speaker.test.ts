/**
 * The questions offered when a question gets no answer: their speaker is someone the analysis
 * found, never a day or a stand-in for a capitalised word. Made-up article.
 */
import { describe, expect, it } from "vitest";
import { Library } from "../../../src/library/library.js";
import { shown } from "../../support/ask.js";
import { madeUp } from "../../support/articles.js";

const article = madeUp("dock-arrest", "Police name a suspect in the dock fire", [
  "“Today, I am here to tell you we have our suspect,” said Rhona Tallis, head of the Velmora police.",
  "Dan Kettle, 44, became the subject of a manhunt in November. He was charged Thursday with arson.",
  "Kettle was last seen Nov. 3. Until Thursday, they had not called Kettle a suspect.",
]);
const library = new Library([article]);
const ask = (q: string) => shown(library, q);

describe("suggested questions", () => {
  it("ask what a speaker the analysis found said, not what a weekday said", () => {
    const reply = ask("when did it happen?");
    expect(reply).not.toMatch(/What did Thursday/);
    expect(reply).toMatch(/What did Tallis say/);
  });

  it("call a speaker with a suffix after the name by the surname, not 'Jr'", () => {
    const lawyer = madeUp("dock-lawyer", "Suspect in dock fire to plead not guilty", [
      "Dan Kettle will plead not guilty to arson, his lawyer said on Friday.",
      "Kettle's lawyer, Walter P Ingram Jr, said his client was at home that night. “He looks forward to clearing his name,” he said.",
    ]);
    const reply = shown(new Library([lawyer]), "how old is Kettle?");
    expect(reply).not.toMatch(/What did Jr/);
    expect(reply).toMatch(/What did Ingram say/);
  });
});
