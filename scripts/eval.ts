/**
 * `npm run eval`: prints every quality measure of the bot on its gold sets.
 * `npm run eval -- quotes` (or summary, questions, polnear, timeml) runs one section;
 * polnear and timeml take `--part tune|held-out` and `-v` / `--errors N` (scripts/eval/split.ts).
 */
import { runPolnearEval } from "./eval/polnear.js";
import { runQuestionsEval } from "./eval/questions.js";
import { runQuotesEval } from "./eval/quotes.js";
import { runSummaryEval } from "./eval/summary.js";
import { runTimemlEval } from "./eval/timeml.js";

const sections: Record<string, () => Promise<void>> = {
  quotes: runQuotesEval,
  summary: runSummaryEval,
  questions: runQuestionsEval,
  polnear: runPolnearEval,
  timeml: runTimemlEval,
};

const wanted = process.argv.slice(2).filter((a) => a in sections);
for (const [name, run] of Object.entries(sections)) {
  if (wanted.length && !wanted.includes(name)) continue;
  console.log(`\n== ${name} ==`);
  await run();
}
