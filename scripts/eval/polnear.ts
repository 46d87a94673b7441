/**
 * `npm run eval -- polnear [--part tune|held-out] [--half A|B|AB] [-v | --errors N]`: the bot's
 * quotes and speakers on polnear-train (../shared/corpus/SOURCE.md), scored as
 * test/support/eval/polnear-score.ts explains; `--half` reports the tune part's halves
 * (alternate articles in id order, test/support/eval/split.ts).
 */
import { readFileSync } from "node:fs";
import { corpusPath } from "./corpus.js";
import type { PolnearArticle, SpeakerKind } from "../../test/support/eval/polnear-gold.js";
import { KINDS, scoreArticle, type ArticleResult } from "../../test/support/eval/polnear-score.js";
import {
  ANOTHER_CATEGORIES,
  UNATTRIBUTED_CATEGORIES,
} from "../../test/support/eval/polnear-layout.js";
import { pct, printErrorSamples, ratio } from "../../test/support/eval/report.js";
import {
  errorSamplesFromArgs,
  partsFromArgs,
  splitIds,
  tuneHalvesFromArgs,
  type Part,
} from "../../test/support/eval/split.js";

function sum(results: ArticleResult[], f: (r: ArticleResult) => number): number {
  return results.reduce((n, r) => n + f(r), 0);
}

/** Speaker errors where the bot named no speaker at all. */
function unattributedOf(results: ArticleResult[]): number {
  return results
    .flatMap((r) => r.errors)
    .filter((e) => e.what === "speaker" && e.category?.startsWith("unattributed")).length;
}

/**
 * Wrong speakers by coarse layout category (test/support/eval/polnear-layout.ts), and the share
 * of the unattributed ones in the part's 3 articles with most of them: counts only, no article
 * named.
 */
function categoryLine(results: ArticleResult[]): string {
  const wrong = results.flatMap((r) => r.errors.filter((e) => e.what === "speaker"));
  const count = (c: string) => wrong.filter((e) => e.category === c).length;
  const list = (kind: string, cats: readonly string[]) =>
    cats.map((c) => `${c} ${count(`${kind}: ${c}`)}`).join(", ");
  const perArticle = results
    .map((r) => r.errors.filter((e) => e.category?.startsWith("unattributed")).length)
    .sort((a, b) => b - a);
  const total = perArticle.reduce((a, b) => a + b, 0);
  const top3 = perArticle.slice(0, 3).reduce((a, b) => a + b, 0);
  return (
    `by layout — unattributed: ${list("unattributed", UNATTRIBUTED_CATEGORIES)}` +
    ` (${pct(top3, total)} in its 3 worst articles); another speaker: ${list("another", ANOTHER_CATEGORIES)}`
  );
}

function headline(results: ArticleResult[]) {
  const gold = sum(results, (r) => r.goldDirect);
  const found = sum(results, (r) => r.foundDirect);
  const bot = sum(results, (r) => r.botQuotes - r.botOnMixed);
  const right = sum(results, (r) => r.botRight);
  const scored = (k: SpeakerKind) => ({
    right: sum(results, (r) => r.speaker[k].right),
    total: sum(results, (r) => r.speaker[k].total),
  });
  const speaker = KINDS.map(scored).reduce((a, b) => ({
    right: a.right + b.right,
    total: a.total + b.total,
  }));
  return { gold, found, bot, right, speaker, scored };
}

function printPart(label: string, results: ArticleResult[], samples: number): void {
  const h = headline(results);
  const ms = sum(results, (r) => r.ms);
  console.log(
    `\n${label}: ${results.length} articles, ${h.gold} direct quotes (analysis ${(ms / Math.max(1, results.length)).toFixed(1)} ms an article)`,
  );
  console.log(
    `  direct quotes: recall ${ratio(h.found, h.gold)}, precision ${ratio(h.right, h.bot)}`,
  );
  console.log(
    `  speaker accuracy (matched direct quotes): ${ratio(h.speaker.right, h.speaker.total)}`,
  );
  console.log(
    `    by how the gold names the speaker: ${KINDS.map((k) => `${k} ${ratio(h.scored(k).right, h.scored(k).total)}`).join(", ")}`,
  );
  const speakerErrors = results.flatMap((r) => r.errors.filter((e) => e.what === "speaker"));
  const unattributed = unattributedOf(results);
  console.log(
    `    wrong speakers: ${unattributed} quotes left unattributed, ${speakerErrors.length - unattributed} given to another speaker`,
  );
  console.log(`    ${categoryLine(results)}`);
  const unresolved = sum(results, (r) => r.speaker.unresolved.total);
  const none = sum(results, (r) => r.speaker.none.total);
  console.log(
    `    not scored: ${unresolved} matched quotes whose gold speaker the scorer cannot resolve to one person (they, it, I, we…; “the senator” when the article names no senator; “Ms. Lee” when several Lees are named in full), ${none} with no gold speaker`,
  );
  const mixedGold = sum(results, (r) => r.goldMixed);
  console.log(
    `  mixed quotes (reported speech with a quoted part): quoted part found ${ratio(
      sum(results, (r) => r.foundMixed),
      mixedGold,
    )}, ` +
      `speaker ${ratio(
        sum(results, (r) => r.mixedSpeaker.right),
        sum(results, (r) => r.mixedSpeaker.total),
      )}; bot quotes on them (left out of precision): ${sum(results, (r) => r.botOnMixed)}`,
  );
  const unlocated = sum(results, (r) => r.unlocated);
  if (unlocated)
    console.log(
      `  bot quotes whose text the scorer could not find in the document (counted as extra): ${unlocated}`,
    );
  console.log(
    `  ${"publisher".padEnd(13)} ${"articles".padStart(8)} ${"direct".padStart(6)} ${"recall".padStart(7)} ${"precision".padStart(9)} ${"speaker".padStart(8)}`,
  );
  for (const pub of [...new Set(results.map((r) => r.publisher))].sort()) {
    const p = headline(results.filter((r) => r.publisher === pub));
    const n = results.filter((r) => r.publisher === pub).length;
    console.log(
      `  ${pub.padEnd(13)} ${String(n).padStart(8)} ${String(p.gold).padStart(6)} ${pct(p.found, p.gold).padStart(7)} ${pct(p.right, p.bot).padStart(9)} ${pct(p.speaker.right, p.speaker.total).padStart(8)}  (wrong: ${unattributedOf(results.filter((r) => r.publisher === pub))} unattributed)`,
    );
  }
  if (!samples) return;
  printErrorSamples(
    results.flatMap((r) => r.errors),
    samples,
  );
}

export function loadPolnear(): PolnearArticle[] {
  const file = corpusPath("polnear-train/polnear_train.jsonl");
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as PolnearArticle);
}

export async function runPolnearEval(): Promise<void> {
  const articles = loadPolnear();
  const split = splitIds(articles.map((a) => a.id));
  const samples = errorSamplesFromArgs();
  console.log(
    "polnear-train: direct quotes and their speakers (test/support/eval/polnear-score.ts explains the scoring)",
  );
  if (articles[0]) scoreArticle(articles[0]); // warm-up: the first analysis loads chrono's and the lexicons' tables
  const halves = tuneHalvesFromArgs();
  for (const part of partsFromArgs()) {
    const mine = articles
      .filter((a) => split.get(a.id) === part)
      .sort((a, b) => (a.id < b.id ? -1 : 1));
    if (part === "tune" && halves.length) {
      // Read failures of one half only; check a change on the other.
      for (const half of halves)
        printPart(
          `tune half ${half} (${half === "A" ? "even" : "odd"} places in the tune part by id)`,
          mine.filter((_, i) => (i % 2 === 0) === (half === "A")).map(scoreArticle),
          samples,
        );
      continue;
    }
    printPart(partLabel(part), mine.map(scoreArticle), samples);
  }
  await Promise.resolve();
}

const partLabel = (part: Part) =>
  part === "tune" ? "tune part (4 articles in 5)" : "held-out part (every 5th article by id)";
