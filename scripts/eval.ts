/**
 * `npm run eval`: prints every quality measure of the bot on its gold sets.
 * `npm run eval -- quotes` (or summary, questions, polnear, timeml, wire, speakers, dates) runs one section;
 * polnear, timeml and wire take `--part tune|held-out` and `-v` / `--errors N` (test/support/eval/split.ts).
 */
import { requireCorpus } from "./corpus.js";
import { runDatesEval } from "./eval/dates.js";
import { runPolnearEval } from "./eval/polnear.js";
import { runQuestionsEval } from "./eval/questions.js";
import { runQuotesEval } from "./eval/quotes.js";
import { runSpeakersEval } from "./eval/speakers.js";
import { runSummaryEval } from "./eval/summary.js";
import { runTimemlEval } from "./eval/timeml.js";
import { runWireEval } from "./eval/wire.js";

/** Each section and the corpus folders it reads. */
const sections: Record<string, { run: () => Promise<void>; corpus: string[] }> = {
  quotes: { run: runQuotesEval, corpus: ["bbc"] },
  summary: { run: runSummaryEval, corpus: ["bbc-summary", "polnear-train", "timeml"] },
  questions: { run: runQuestionsEval, corpus: ["bbc", "polnear-train", "timeml"] },
  polnear: { run: runPolnearEval, corpus: ["polnear-train"] },
  timeml: { run: runTimemlEval, corpus: ["timeml"] },
  wire: { run: runWireEval, corpus: ["timeml"] },
  dates: { run: runDatesEval, corpus: [] },
  speakers: { run: runSpeakersEval, corpus: [] },
};

const wanted = process.argv.slice(2).filter((a) => a in sections);
const chosen = Object.entries(sections).filter(([name]) => !wanted.length || wanted.includes(name));
requireCorpus("npm run eval", [...new Set(chosen.flatMap(([, s]) => s.corpus))]);
for (const [name, { run }] of chosen) {
  console.log(`\n== ${name} ==`);
  await run();
}
