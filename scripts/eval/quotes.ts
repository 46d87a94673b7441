/**
 * Quote evaluation: precision, recall and speaker accuracy of the direct quotes the analyser
 * finds, and the people (with roles) it finds, against the gold files in test/fixtures/quotes
 * (the seed, and BBC articles annotated by reading them). Also times people + quotes over the
 * whole BBC corpus. `npm run eval -- quotes -v` lists every miss.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { articleSentences } from "../../src/analysis/analyse.js";
import { articleFromBytes } from "../../src/content/load.js";
import { findPeople } from "../../src/nlp/people/people.js";
import { findQuotes } from "../../src/nlp/quotes/quotes.js";
import {
  analyseFile,
  GOLD_DIR,
  loadGold,
  scoreArticle,
  totals,
  type ArticleScore,
  type GoldFile,
} from "../../test/support/eval/quote-gold.js";

const CORPUS = path.resolve("../shared/corpus/bbc");

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

function printTable(label: string, scores: ArticleScore[], verbose: boolean): void {
  console.log(`\n${label}`);
  console.log(`${"article".padEnd(20)} gold found  P      R      speaker  people  roles`);
  for (const s of scores) {
    const p = s.found ? s.matched / s.found : 1;
    const r = s.gold ? s.matched / s.gold : 1;
    console.log(
      `${s.name.padEnd(20)} ${String(s.gold).padStart(4)} ${String(s.found).padStart(5)}  ${pct(p).padStart(6)} ${pct(r).padStart(6)}  ${`${s.speakerRight}/${s.matched}`.padStart(7)}  ${`${s.peopleFound}/${s.peopleExpected}`.padStart(6)}  ${`${s.rolesRight}/${s.rolesExpected}`.padStart(5)}`,
    );
    if (verbose) for (const m of s.misses) console.log(`    ${m}`);
  }
  const t = totals(scores);
  const sum = (f: (s: ArticleScore) => number) => scores.reduce((a, s) => a + f(s), 0);
  console.log(
    `total: precision ${pct(t.precision)}, recall ${pct(t.recall)}, F1 ${pct(t.f1)}, speaker accuracy ${pct(t.speakerAccuracy)} (${t.speakerRight}/${t.matched}); ` +
      `people found ${sum((s) => s.peopleFound)}/${sum((s) => s.peopleExpected)}, roles ${sum((s) => s.rolesRight)}/${sum((s) => s.rolesExpected)}`,
  );
}

/** /quotes through the terminal chat (`npm start -- --local --json`) on the seed: the quotes it lists, and by whom. */
function cliSeedCheck(): void {
  try {
    const out = execFileSync(
      process.execPath,
      ["--import", "tsx", "src/main.ts", "--local", "--json", "--content", "content"],
      {
        input: "/quotes\n",
        encoding: "utf8",
        env: { ...process.env, BOT_TOKEN: "" },
        stdio: ["pipe", "pipe", "ignore"],
        timeout: 60_000,
      },
    );
    const line = JSON.parse(out.trim().split("\n").pop() ?? "{}") as {
      replies?: { text: string }[];
    };
    const text = (line.replies ?? []).map((r) => r.text).join("\n");
    const quoted = text.split("\n").filter((l) => /\(¶\d+\)/.test(l));
    const byTokaev = quoted.filter((l) => /Tokaev/.test(l)).length;
    console.log(
      `CLI /quotes on the seed: ${quoted.length} quotes listed, ${byTokaev} attributed to Tokaev`,
    );
  } catch (err) {
    console.log(
      `CLI check failed to run: ${err instanceof Error ? err.message.split("\n")[0] : String(err)}`,
    );
  }
}

/** Milliseconds for people + quotes over every BBC article (sentences split beforehand). */
export function timeCorpus():
  { articles: number; ms: number; quotes: number; people: number } | undefined {
  if (!existsSync(CORPUS)) return undefined;
  const all = readdirSync(CORPUS, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(path.join(CORPUS, d.name))
        .filter((f) => f.endsWith(".txt"))
        .map((f) => path.join(CORPUS, d.name, f)),
    );
  const inputs = all.map((f) =>
    articleSentences(articleFromBytes(path.dirname(f), f, readFileSync(f), 0)),
  );
  let quotes = 0;
  let people = 0;
  const t0 = performance.now();
  for (const sentences of inputs) {
    const pp = findPeople(sentences);
    quotes += findQuotes(sentences, pp.entities, pp).filter((q) => !q.indirect).length;
    people += pp.entities.filter((e) => e.kind === "person").length;
  }
  return { articles: inputs.length, ms: performance.now() - t0, quotes, people };
}

export async function runQuotesEval(): Promise<void> {
  const verbose = process.argv.includes("-v") || process.argv.includes("--verbose");
  const gold = loadGold();
  if (!gold.length) {
    console.log(`(no gold files in ${GOLD_DIR})`);
    return;
  }
  const seed = gold.filter((g) => !g.article.startsWith("../shared/"));
  const onCorpus = gold.filter(
    (g) => g.article.startsWith("../shared/") && existsSync(path.resolve(g.article)),
  );
  const others = onCorpus.filter((g) => !g.set);
  const world = onCorpus.filter((g) => g.set === "world");
  const world2 = onCorpus.filter((g) => g.set === "world-2");
  const score = (g: GoldFile) => scoreArticle(analyseFile(g.article), g);
  console.log(
    "Direct quotes against gold (prefix match), speaker accuracy over matched quotes; people and roles from the gold lists",
  );
  printTable("seed", seed.map(score), verbose);
  const dev = others.filter((g) => !g.heldOut);
  if (dev.length)
    printTable(
      `BBC articles read while building the analyser (${dev.length})`,
      dev.map(score),
      verbose,
    );
  const batches = [...new Set(others.map((g) => g.heldOut).filter((b): b is number => !!b))].sort(
    (a, b) => a - b,
  );
  for (const b of batches) {
    const batch = others.filter((g) => g.heldOut === b);
    printTable(
      `BBC held-out batch ${b}: annotated after the analyser was written (${batch.length})`,
      batch.map(score),
      verbose,
    );
  }
  if (world.length)
    printTable(
      `BBC world: articles quoting people outside Britain, written blind in session 5 (${world.length})`,
      world.map(score),
      verbose,
    );
  if (world2.length)
    printTable(
      `BBC world batch 2: Asia, Africa, Latin America, written blind in session 7 (${world2.length})`,
      world2.map(score),
      verbose,
    );
  if (others.length) {
    const all = totals(others.map(score));
    console.log(
      `\nall BBC gold (${others.length}): precision ${pct(all.precision)}, recall ${pct(all.recall)}, F1 ${pct(all.f1)}, speaker accuracy ${pct(all.speakerAccuracy)}`,
    );
  } else console.log("(no BBC corpus at ../shared/corpus/bbc)");
  cliSeedCheck();
  const t = timeCorpus();
  if (t)
    console.log(
      `people + quotes over the BBC corpus: ${t.articles} articles in ${(t.ms / 1000).toFixed(2)} s (${(t.ms / t.articles).toFixed(2)} ms an article), ${t.quotes} direct quotes, ${t.people} people`,
    );
  await Promise.resolve();
}
