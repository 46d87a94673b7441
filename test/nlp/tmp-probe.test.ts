import { it } from "vitest";
import { articleSentences } from "../../src/analysis/analyse.js";
import { findPeople } from "../../src/nlp/people/people.js";
import { findQuotes } from "../../src/nlp/quotes/quotes.js";
const run = (...paragraphs: string[]) => {
  const s = articleSentences({ id: "t", file: "/tmp/t.txt", title: "T", paragraphs, hash: "", mtimeMs: 0 });
  const p = findPeople(s);
  return findQuotes(s, p.entities, p).filter((q) => !q.indirect).map((q) => `${q.text.slice(0, 30)} => ${q.speaker ?? null}`);
};
it("probe", () => {
  console.log(run(
    "“If we don’t expand our reach, we lose,” said Florida’s Rick Wilson, a Republican consultant.",
    "Vermonter Bernie Sanders spoke next. “We need change,” he said.",
    "“I'm sorry,” said Republican Marco Rubio.",
    "“We won big,” Texas Sen. Ted Cruz said.",
  ));
});
