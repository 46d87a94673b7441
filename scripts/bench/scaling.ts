/**
 * How analysis time grows with an article's length, and whether a big article holds up the
 * main thread. Articles of 160 KB and 1.6 MB are made by joining corpus articles (in file
 * order, each one's title dropped). Prints one JSON line. Usage: scaling <corpus folder> <seed file>
 *   1. analyse() of each on this thread, in CPU time (steadier than wall time when other
 *      programs share the cores), after a warm-up: the 160 KB one best of five, the 1.6 MB
 *      one best of two;
 *   2. a content folder with the seed and the 1.6 MB article loaded as `npm start` does
 *      (cold, worker threads, sentence index): the longest the main thread stalled once
 *      the seed was in, until the big article was indexed too.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { analyse } from "../../src/analysis/analyse.js";
import { startContent } from "../../src/library/startup.js";
import { articleFromBytes, loadContentDir, scanArticleFiles } from "../../src/content/load.js";
import { createLogger } from "../../src/log/logger.js";

export interface ScalingResult {
  /** ms: CPU time of analyse(). */
  small: { kb: number; sentences: number; ms: number };
  big: { kb: number; sentences: number; ms: number };
  /** big.ms / small.ms: 10 for time that grows linearly with length. */
  ratio: number;
  /** Seed + 1.6 MB article, cold: the longest main-thread stall after the seed was in (ms). */
  stallMs: number;
  /** Start of loading → the big article in the sentence index (ms). */
  loadMs: number;
}

/** Corpus articles joined into one of about `bytes` bytes: a title line, then their paragraphs. */
export function joinedArticle(corpus: string, bytes: number): string {
  const parts = [`${Math.round(bytes / 1000)} KB of BBC news`, ""];
  let size = 0;
  for (const { file } of scanArticleFiles(corpus)) {
    const body = readFileSync(file, "latin1").split("\n").slice(1).join("\n").trim();
    parts.push(body, "");
    size += body.length + 2;
    if (size >= bytes) break;
  }
  return parts.join("\n");
}

function timeAnalysis(text: string, runs: number): { sentences: number; ms: number } {
  const article = articleFromBytes("/bench", "/bench/joined.txt", Buffer.from(text), 0);
  let best = Infinity;
  let sentences = 0;
  for (let i = 0; i < runs; i++) {
    const cpu = process.cpuUsage();
    sentences = analyse(article).sentences.length;
    const used = process.cpuUsage(cpu);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return { sentences, ms: best };
}

async function loadStall(
  seed: string,
  bigText: string,
): Promise<{ stallMs: number; loadMs: number }> {
  const content = mkdtempSync(path.join(tmpdir(), "bench-big-content-"));
  const data = mkdtempSync(path.join(tmpdir(), "bench-big-data-"));
  try {
    copyFileSync(seed, path.join(content, path.basename(seed)));
    writeFileSync(path.join(content, "big.txt"), bigText);
    const seedId = path.basename(seed).replace(/\.[^.]+$/, "");
    const started = performance.now();
    const run = startContent({
      contentDir: content,
      dataDir: data,
      log: createLogger("error"),
      progress: false,
      watch: false,
    });
    const delay = monitorEventLoopDelay({ resolution: 5 });
    run.library.subscribe((change) => {
      if (change.analysis.article.id === seedId) delay.enable();
    });
    await run.indexed;
    const loadMs = performance.now() - started;
    delay.disable();
    await run.close();
    return { stallMs: delay.max / 1e6, loadMs };
  } finally {
    rmSync(content, { recursive: true, force: true });
    rmSync(data, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const [corpus = "../shared/corpus/bbc", seed = "content/kazakhstan-russia-alliance.md"] =
    process.argv.slice(2);
  const { articles } = await loadContentDir(path.join(corpus, "business"));
  for (const a of articles.slice(0, 40)) analyse(a); // warm-up
  const smallText = joinedArticle(corpus, 160_000);
  const bigText = joinedArticle(corpus, 1_600_000);
  timeAnalysis(smallText, 1); // warm-up at this length
  const small = { kb: Math.round(smallText.length / 1000), ...timeAnalysis(smallText, 5) };
  const big = { kb: Math.round(bigText.length / 1000), ...timeAnalysis(bigText, 2) };
  const { stallMs, loadMs } = await loadStall(path.resolve(seed), bigText);
  const result: ScalingResult = { small, big, ratio: big.ms / small.ms, stallMs, loadMs };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

await main();
