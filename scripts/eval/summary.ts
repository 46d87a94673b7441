/**
 * Summary evaluation: ROUGE-1/2/Lsum F1 of the bot's `/summary N`, Lead-N and a plain
 * TextRank against the human extractive summaries in ../shared/corpus/bbc-summary,
 * N = the number of sentences in the human summary, and again at the bot's default length
 * (3–5 sentences) for every method. Tuning topics (business, entertainment, sport) and
 * held-out topics (politics, tech) are reported apart, and the tuning topics again in two
 * halves. Then the default summary on news without human summaries (polnear-train, timeml):
 * scripts/eval/summary-news.ts.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { analyse } from "../../src/analysis/analyse.js";
import { defaultLength, summaryIndexes } from "../../src/answers/summary.js";
import { decodeText } from "../../src/content/decode.js";
import { articleFromBytes } from "../../src/content/load.js";
import { terms } from "../../src/nlp/tokens.js";
import type { Analysis } from "../../src/model/analysis.js";
import { ratio } from "../../test/support/eval/report.js";
import { rouge, type RougeScores } from "../../test/support/eval/rouge.js";
import {
  bareQuote,
  leansBack,
  runNewsSummaryChecks,
  withoutTheirAntecedent,
} from "./summary-news.js";

export const SUMMARY_CORPUS = path.resolve("../shared/corpus/bbc-summary");
export const TUNING_TOPICS = ["business", "entertainment", "sport"];
export const HELD_OUT_TOPICS = ["politics", "tech"];
/** The tuning topics in two halves: read failures on one, keep a change only if the other does not lose. */
export const TUNING_HALVES: [string, string[]][] = [
  ["tune-A: business, entertainment", ["business", "entertainment"]],
  ["tune-B: sport", ["sport"]],
];

export interface SummaryCase {
  topic: string;
  name: string;
  file: string;
  /** Article sentences as the corpus gives them (one a line, title excluded). */
  lines: string[];
  /** The human summary, one sentence a line. */
  reference: string[];
}

export function loadSummaryCases(topics: string[], corpus = SUMMARY_CORPUS): SummaryCase[] {
  const cases: SummaryCase[] = [];
  for (const topic of topics) {
    const dir = path.join(corpus, "article", topic);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)
      .filter((f) => f.endsWith(".txt"))
      .sort()) {
      const file = path.join(dir, name);
      const [, ...body] = decodeText(readFileSync(file)).split("\n");
      const lines = body.map((l) => l.trim()).filter(Boolean);
      const reference = decodeText(readFileSync(path.join(corpus, "summary", topic, name)))
        .split("\n")
        .map((l) => l.trim())
        .filter(Boolean);
      cases.push({ topic, name, file, lines, reference });
    }
  }
  return cases;
}

/** The bot's `/summary N`: the article loaded and analysed by the bot's own pipeline. */
export function botSummary(c: SummaryCase, n: number): string[] {
  const analysis = analyseCase(c);
  return summaryIndexes(analysis, n).map((i) => analysis.sentences[i]?.text ?? "");
}

export function leadSummary(c: SummaryCase, n: number): string[] {
  return c.lines.slice(0, n);
}

/** Lower-case word tokens of two or more characters (scikit-learn's default token pattern). */
const plainTokens = (text: string): string[] => text.toLowerCase().match(/[a-z0-9_]{2,}/g) ?? [];

/**
 * Plain TextRank: TF-IDF vectors (smoothed idf, as scikit-learn's TfidfVectorizer), cosine
 * similarity graph, PageRank (d = 0.85), top N in article order.
 */
export function textRankSummary(c: SummaryCase, n: number): string[] {
  return textRank(c, n, plainTokens, true);
}

/** TextRank with the bot's tokens (stemmed, stop words out) and raw term counts: a stronger variant. */
export function textRankStemmedSummary(c: SummaryCase, n: number): string[] {
  return textRank(c, n, terms, false);
}

function textRank(
  c: SummaryCase,
  n: number,
  tokenise: (s: string) => string[],
  idf: boolean,
): string[] {
  const docs = c.lines.map(tokenise);
  const k = docs.length;
  const df = new Map<string, number>();
  for (const d of docs) for (const t of new Set(d)) df.set(t, (df.get(t) ?? 0) + 1);
  const vectors = docs.map((d) => {
    const v = new Map<string, number>();
    for (const t of d) v.set(t, (v.get(t) ?? 0) + 1);
    if (idf)
      for (const [t, tf] of v) v.set(t, tf * (Math.log((1 + k) / (1 + (df.get(t) ?? 0))) + 1));
    return v;
  });
  const norm = vectors.map((v) => Math.sqrt([...v.values()].reduce((a, x) => a + x * x, 0)));
  const w = vectors.map((a, i) =>
    vectors.map((b, j) => {
      if (i === j || !norm[i] || !norm[j]) return 0;
      let dot = 0;
      for (const [t, x] of a) dot += x * (b.get(t) ?? 0);
      return dot / (norm[i]! * norm[j]!);
    }),
  );
  const out = w.map((row) => row.reduce((a, x) => a + x, 0));
  let rank = new Array<number>(k).fill(1 / k);
  for (let iter = 0; iter < 200; iter++) {
    const next = rank.map((_, i) => {
      let s = 0;
      // A sentence with no similar sentence spreads its rank evenly (dangling node).
      for (let j = 0; j < k; j++) s += out[j] ? (w[j]![i]! / out[j]!) * rank[j]! : rank[j]! / k;
      return (1 - 0.85) / k + 0.85 * s;
    });
    const delta = next.reduce((a, x, i) => a + Math.abs(x - rank[i]!), 0);
    rank = next;
    if (delta < 1e-12) break;
  }
  return rank
    .map((r, i) => ({ r, i }))
    .sort((a, b) => b.r - a.r || a.i - b.i)
    .slice(0, n)
    .map((x) => x.i)
    .sort((a, b) => a - b)
    .map((i) => c.lines[i]!);
}

export type Summariser = (c: SummaryCase, n: number) => string[];

export interface Mean {
  r1: number;
  r2: number;
  rl: number;
}

/** How many sentences a summary of the case has: the human summary's length unless given. */
export type Length = (c: SummaryCase) => number;

const humanLength: Length = (c) => c.reference.length;

function analyseCase(c: SummaryCase): Analysis {
  return analyse(articleFromBytes(path.dirname(c.file), c.file, readFileSync(c.file), 0));
}

/**
 * The reader's rules on the bot's summary of n sentences (scripts/eval/summary-news.ts's own
 * patterns, not the bot's): whether a sentence opens with a pronoun or connective without the
 * sentence before it (a pronoun right after a summary sentence naming its person aside), whether
 * one is a quotation without its speaker, and whether the headline comes back as a sentence.
 */
function readerViolations(c: SummaryCase, n: number): { dangling: boolean; bare: boolean } {
  const analysis = analyseCase(c);
  const texts = analysis.sentences.map((s) => s.text);
  const picked = summaryIndexes(analysis, n);
  const chosen = new Set(picked);
  const at = withoutTheirAntecedent(texts, picked);
  return {
    dangling: at.some((i) => leansBack(texts[i]!)),
    bare: at.some((i) => bareQuote(texts[i]!, chosen.has(i + 1) ? texts[i + 1] : undefined)),
  };
}

/** Whether the bot's default `/summary` keeps the article's first sentence. */
function keepsFirstSentence(c: SummaryCase): boolean {
  const analysis = analyseCase(c);
  return summaryIndexes(analysis, defaultLength(analysis.sentences.length)).includes(0);
}

export function meanRouge(
  cases: SummaryCase[],
  summarise: Summariser,
  length: Length = humanLength,
): Mean {
  const all: RougeScores[] = cases.map((c) =>
    rouge(c.reference.join("\n"), summarise(c, length(c)).join("\n")),
  );
  const avg = (f: (s: RougeScores) => number) =>
    (100 * all.reduce((a, s) => a + f(s), 0)) / Math.max(all.length, 1);
  return {
    r1: avg((s) => s.rouge1.f1),
    r2: avg((s) => s.rouge2.f1),
    rl: avg((s) => s.rougeLsum.f1),
  };
}

const fmt = (m: Mean) =>
  `${m.r1.toFixed(1).padStart(5)} ${m.r2.toFixed(1).padStart(5)} ${m.rl.toFixed(1).padStart(5)}`;

/** Runs the CLI (`npm start -- --local --json --content DIR`) on one article and returns /summary N's sentences. */
function cliSummary(c: SummaryCase, n: number): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), "summary-eval-"));
  try {
    copyFileSync(c.file, path.join(dir, `${c.topic}-${c.name}`));
    const out = execFileSync(
      process.execPath,
      ["--import", "tsx", "src/main.ts", "--local", "--json", "--content", dir],
      {
        input: `/summary ${n}\n`,
        encoding: "utf8",
        env: { ...process.env, BOT_TOKEN: "" },
        stdio: ["pipe", "pipe", "ignore"],
      },
    );
    const line = JSON.parse(out.trim().split("\n").pop() ?? "{}") as {
      replies?: { text: string }[];
    };
    const text = (line.replies ?? []).map((r) => r.text).join("\n\n");
    return text
      .split("\n\n")
      .slice(1)
      .map((s) => s.replace(/ \(¶\d+\)$/, ""));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function runSummaryEval(): Promise<void> {
  if (!existsSync(SUMMARY_CORPUS)) {
    console.log(`(no corpus at ${SUMMARY_CORPUS})`);
    return;
  }
  const methods: [string, Summariser][] = [
    ["bot /summary", botSummary],
    ["Lead-N", leadSummary],
    ["TextRank", textRankSummary],
    ["TextRank stemmed", textRankStemmedSummary],
  ];
  console.log("ROUGE F1 (x100) against human summaries, N = human summary length");
  console.log(
    "TextRank = TF-IDF cosine + PageRank; TextRank stemmed = the bot's stemmed content terms, raw counts",
  );
  for (const [label, topics] of [
    ["tuning: business, entertainment, sport", TUNING_TOPICS],
    ["held out: politics, tech", HELD_OUT_TOPICS],
  ] as const) {
    const cases = loadSummaryCases([...topics]);
    console.log(`\n${label} (${cases.length} articles)`);
    console.log(`${"".padEnd(16)}    R1    R2 RLsum`);
    for (const [name, f] of methods) console.log(`${name.padEnd(16)} ${fmt(meanRouge(cases, f))}`);
    const lengths = new Map(cases.map((c) => [c, defaultLength(analyseCase(c).sentences.length)]));
    const atDefault: Length = (c) => lengths.get(c)!;
    console.log(`at the default /summary length (3–5 sentences; the human summaries are longer):`);
    const scores = methods.map(([name, f]) => [name, meanRouge(cases, f, atDefault)] as const);
    for (const [name, m] of scores) console.log(`${name.padEnd(16)} ${fmt(m)}`);
    const bot = scores[0]![1].r1;
    console.log(
      `bot default R1 minus TextRank ${(bot - scores[2]![1].r1).toFixed(2)}, minus TextRank stemmed ${(bot - scores[3]![1].r1).toFixed(2)}`,
    );
    console.log(
      `default summaries keeping the article's first sentence: ${ratio(cases.filter(keepsFirstSentence).length, cases.length)}`,
    );
    for (const [what, length] of [
      ["default", atDefault],
      ["human", humanLength],
    ] as const) {
      const v = cases.map((c) => readerViolations(c, length(c)));
      console.log(
        `summaries (${what} length) with a sentence leaning back without the one before: ${ratio(v.filter((x) => x.dangling).length, cases.length)}, with a quote without its speaker: ${ratio(v.filter((x) => x.bare).length, cases.length)}`,
      );
    }
  }
  console.log("\ntuning halves, bot R1 at the human length / at the default length:");
  for (const [label, topics] of TUNING_HALVES) {
    const cases = loadSummaryCases(topics);
    const lengths = new Map(cases.map((c) => [c, defaultLength(analyseCase(c).sentences.length)]));
    const human = meanRouge(cases, botSummary).r1;
    const atDefault = meanRouge(cases, botSummary, (c) => lengths.get(c)!).r1;
    console.log(
      `${label} (${cases.length} articles): ${human.toFixed(1)} / ${atDefault.toFixed(1)}`,
    );
  }
  const checks = loadSummaryCases(HELD_OUT_TOPICS).slice(0, 2);
  for (const c of checks) {
    const n = c.reference.length;
    let same = false;
    try {
      same = cliSummary(c, n).join("\n") === botSummary(c, n).join("\n");
    } catch (err) {
      console.log(
        `CLI check failed to run on ${c.topic}/${c.name}: ${err instanceof Error ? err.message.split("\n")[0] : String(err)}`,
      );
      continue;
    }
    console.log(
      `CLI /summary ${n} on ${c.topic}/${c.name} ${same ? "matches" : "DIFFERS from"} the pipeline above`,
    );
  }
  runNewsSummaryChecks();
  await Promise.resolve();
}
