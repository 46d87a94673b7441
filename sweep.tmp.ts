import { readCases, scoreSet, halfOf, analyseArticle, type QuestionCase } from "./scripts/eval/questions.js";
import { tuning } from "./src/answers/questions/core.js";
import { Library } from "./src/library/library.js";
import { indexFollowing } from "./src/search/follow.js";
const corpora = new Map<string, any>();
const single = (c: QuestionCase) => { let x = corpora.get(c.article); if (!x) { const library = new Library([analyseArticle(c.article)]); x = { library, index: indexFollowing(library) }; corpora.set(c.article, x); } return x; };
const tune = [...readCases("polnear.jsonl"), ...readCases("timeml.jsonl"), ...readCases("fresh3.jsonl"), ...readCases("probe-a.jsonl")];
const sets: Record<string, QuestionCase[]> = {
  tuneA: tune.filter(c => halfOf(c.article) === "A"), tuneB: tune.filter(c => halfOf(c.article) === "B"),
  f4A: readCases("fresh4.jsonl").filter(c => halfOf(c.article) === "A"), f5A: readCases("fresh5.jsonl").slice(0, 20),
  bbc: [...readCases("seed.jsonl"), ...readCases("others.jsonl"), ...readCases("heldout.jsonl"), ...readCases("heldout2.jsonl"), ...readCases("fresh.jsonl"), ...readCases("fresh2.jsonl"), ...readCases("fresh-none.jsonl")],
};
for (const t of (process.argv[2] ?? "0.5,0.55,0.6").split(",").map(Number)) {
  tuning.threshold = t;
  const line = Object.entries(sets).map(([n, cs]) => { const s = scoreSet(n, cs, single); const none = cs.filter(c => c.none); const fails = new Set(s.failures.map(f => f.c)); return `${n} ${s.passed}/${s.total} (none ${none.filter(c => !fails.has(c)).length}/${none.length}) mrr ${s.mrr.toFixed(3)}`; });
  console.log(t, line.join(" | "));
}
