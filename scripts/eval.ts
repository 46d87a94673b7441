/**
 * `npm run eval`: prints every quality measure of the bot on its gold sets.
 * `npm run eval -- quotes` (or summary, questions) runs one section.
 */
import { requireCorpus } from "./corpus.js";
import { runQuestionsEval } from "./eval/questions.js";
import { runQuotesEval } from "./eval/quotes.js";
import { runSummaryEval } from "./eval/summary.js";

const sections: Record<string, () => Promise<void>> = {
  quotes: runQuotesEval,
  summary: runSummaryEval,
  questions: runQuestionsEval,
};

requireCorpus("npm run eval", ["bbc", "bbc-summary"]);
const wanted = process.argv.slice(2).filter((a) => a in sections);
for (const [name, run] of Object.entries(sections)) {
  if (wanted.length && !wanted.includes(name)) continue;
  console.log(`\n== ${name} ==`);
  await run();
}
