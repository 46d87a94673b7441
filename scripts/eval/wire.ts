/**
 * `npm run eval -- wire [--part tune|held-out|held-out-2|held-out-3] [--half A|B] [-v | --errors N]`: direct
 * quotes and their speakers on 1990s US newswire (TimeBank and AQUAINT documents), scored against
 * a hand-made gold set as test/support/eval/wire-score.ts explains. The tune part is also reported
 * by halves; `--half A` prints the error samples of half A only (read one half, check the other).
 */
import {
  loadWireGold,
  scoreWireDoc,
  tuneHalves,
  wireParts,
  type WirePart,
  type WireResult,
} from "../../test/support/eval/wire-score.js";
import { printErrorSamples, ratio } from "../../test/support/eval/report.js";
import { errorSamplesFromArgs } from "../../test/support/eval/split.js";
import { loadTimeml, timemlDoc } from "./timeml.js";

const sum = (rs: WireResult[], f: (r: WireResult) => number) => rs.reduce((n, r) => n + f(r), 0);

export function printPart(label: string, results: WireResult[], samples: number): void {
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

const WIRE_PARTS: WirePart[] = ["tune", "held-out", "held-out-2", "held-out-3"];

const LABELS: Record<WirePart, string> = {
  tune: "tune part (batch 1: odd documents by name; batch 2: tune-2)",
  "held-out": "held-out part (batch 1: every 2nd document by name)",
  "held-out-2": "held-out batch 2 (written blind, session 5)",
  "held-out-3": "held-out batch 3 (APW, NYT, Xinhua; written blind, session 7)",
};

function argAfter(flag: string, allowed: readonly string[]): string | undefined {
  const i = process.argv.indexOf(flag);
  if (i < 0) return undefined;
  const value = process.argv[i + 1] ?? "";
  if (allowed.includes(value)) return value;
  console.error(`${flag} must be one of ${allowed.join(", ")}, not ${JSON.stringify(value)}`);
  process.exit(2);
}

export async function runWireEval(): Promise<void> {
  const gold = loadWireGold();
  const ids = [...new Set(gold.map((g) => g.doc))].sort();
  const parts = wireParts(gold);
  const docs = new Map(loadTimeml().map((d) => [d.id, d]));
  const samples = errorSamplesFromArgs();
  const wanted = argAfter("--part", WIRE_PARTS) as WirePart | undefined;
  const half = argAfter("--half", ["A", "B"]);
  console.log(
    "wire (timeml newswire, hand-made speaker gold): direct quotes and speakers (test/support/eval/wire-score.ts explains the scoring)",
  );
  const score = (id: string) => {
    const d = docs.get(id);
    if (!d) throw new Error(`wire gold names ${id}, which is not a timeml document`);
    return scoreWireDoc(
      timemlDoc(d),
      gold.filter((g) => g.doc === id),
    );
  };
  for (const part of wanted ? [wanted] : WIRE_PARTS) {
    const results = ids.filter((id) => parts.get(id) === part).map(score);
    if (part !== "tune") {
      printPart(LABELS[part], results, samples);
      continue;
    }
    printPart(LABELS[part], results, half ? 0 : samples);
    const halves = tuneHalves(results.map((r) => r.doc));
    for (const h of ["A", "B"] as const)
      printPart(
        `  tune half ${h}`,
        results.filter((r) => halves.get(r.doc) === h),
        half === h ? samples : 0,
      );
  }
  await Promise.resolve();
}
