/**
 * `npm run eval -- wire [--part tune|held-out] [-v | --errors N]`: direct quotes and their
 * speakers on 1990s US newswire (TimeBank and AQUAINT documents), scored against a hand-made
 * gold set as test/support/eval/wire-score.ts explains.
 */
import {
  loadWireGold,
  scoreWireDoc,
  wireParts,
  type WireResult,
} from "../../test/support/eval/wire-score.js";
import { printErrorSamples, ratio } from "../../test/support/eval/report.js";
import { errorSamplesFromArgs, partsFromArgs } from "../../test/support/eval/split.js";
import { loadTimeml, timemlDoc } from "./timeml.js";

const sum = (rs: WireResult[], f: (r: WireResult) => number) => rs.reduce((n, r) => n + f(r), 0);

function printPart(label: string, results: WireResult[], samples: number): void {
  console.log(
    `\n${label}: ${results.length} documents, ${sum(results, (r) => r.goldDirect)} direct quotes`,
  );
  console.log(
    `  direct quotes: recall ${ratio(
      sum(results, (r) => r.foundDirect),
      sum(results, (r) => r.goldDirect),
    )}, ` +
      `precision ${ratio(
        sum(results, (r) => r.botRight),
        sum(results, (r) => r.botQuotes - r.botOnMixed),
      )}`,
  );
  console.log(
    `  speaker accuracy (matched direct quotes): ${ratio(
      sum(results, (r) => r.speakerRight),
      sum(results, (r) => r.speakerTotal),
    )}; ` +
      `bot quotes on quoted phrases of reported speech (left out of precision): ${sum(results, (r) => r.botOnMixed)}`,
  );
  const ungrounded = results.flatMap((r) => r.ungrounded.map((q) => `${r.doc}: ${q}`));
  if (ungrounded.length)
    console.log(`  gold lines not found in their document: ${ungrounded.join("; ")}`);
  if (!samples) return;
  printErrorSamples(
    results.flatMap((r) => r.errors),
    samples,
  );
}

export async function runWireEval(): Promise<void> {
  const gold = loadWireGold();
  const ids = [...new Set(gold.map((g) => g.doc))];
  const parts = wireParts(ids);
  const docs = new Map(loadTimeml().map((d) => [d.id, d]));
  const samples = errorSamplesFromArgs();
  console.log(
    "wire (timeml newswire, hand-made speaker gold): direct quotes and speakers (test/support/eval/wire-score.ts explains the scoring)",
  );
  for (const part of partsFromArgs()) {
    const results = ids
      .filter((id) => parts.get(id) === part)
      .sort()
      .map((id) => {
        const d = docs.get(id);
        if (!d) throw new Error(`wire gold names ${id}, which is not a timeml document`);
        return scoreWireDoc(
          timemlDoc(d),
          gold.filter((g) => g.doc === id),
        );
      });
    printPart(
      part === "tune"
        ? "tune part (odd documents by name)"
        : "held-out part (every 2nd document by name)",
      results,
      samples,
    );
  }
  await Promise.resolve();
}
