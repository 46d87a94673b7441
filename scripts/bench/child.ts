/**
 * One benchmark scenario in its own process, so peak RSS belongs to it alone. Prints one
 * JSON line on stdout. Modes:
 *   index <content> <data>    load the folder the way `npm start` does (cache in <data>/cache,
 *                             worker threads for cold analysis, sentence index) and time it;
 *                             the sentence index is saved on the way out, as at a stop
 *   answer <content> <data>   the same, then time the first question (which waits for the
 *                             sentence index: loaded from <data>/cache, or built) and the fixed
 *                             mix of 200 messages through answer()
 */
import path from "node:path";
import { answer } from "../../src/answers/router.js";
import type { Reply } from "../../src/answers/reply.js";
import { startContent } from "../../src/library/startup.js";
import { createLogger } from "../../src/log/logger.js";
import { renderMessages } from "../../src/render/messages.js";
import { benchMix } from "./mix.js";
import { percentile } from "./stats.js";

export interface ChildResult {
  mode: string;
  articles: number;
  words: number;
  /** Index load: start of loading → every article indexed. */
  indexMs: number;
  /** Process start → every article indexed (Node + tsx start-up and module loading included). */
  readyMs: number;
  /** CPU time of the whole process (all threads) during the index load. */
  indexCpuMs: number;
  fromCache: number;
  analysed: number;
  skipped: number;
  peakRssMb: number;
  heapUsedMb: number;
  /** The very first question after start (it waits for the sentence index: loaded from disk, or built). */
  firstQuestionMs?: number;
  /** CPU time of the first question (steadier than its wall time when other programs share the cores). */
  firstQuestionCpuMs?: number;
  /** Process start → the first question answered. */
  firstAnswerAtMs?: number;
  /** Start of loading → the sentence index holds every article (cold run). */
  searchIndexMs?: number;
  latency?: {
    samples: number;
    p50: number;
    p99: number;
    max: number;
    /** Over the 200 messages, each timed by its median of the rounds: steadier on a busy machine (a stall is one sample). */
    medianP50: number;
    medianP99: number;
    renderP99: number;
    /** CPU time of this process per answer: what the code costs, whatever else shares the cores. */
    cpuP50: number;
    cpuP99: number;
    errors: number;
    slowest: { text: string; ms: number }[];
  };
}

const ROUNDS = 5;

async function main(): Promise<void> {
  const [mode = "index", contentDir = "content", dataDir = "data"] = process.argv.slice(2);
  const log = createLogger("error");
  const started = performance.now();
  const cpu0 = process.cpuUsage();
  const content = startContent({
    contentDir: path.resolve(contentDir),
    dataDir,
    log,
    watch: false,
    progress: false,
  });
  const sync = await content.ready;
  const ready = performance.now();
  const cpu = process.cpuUsage(cpu0);
  const library = content.library;
  let words = 0;
  for (const a of library.list())
    for (const p of a.article.paragraphs) words += p.split(/\s+/).filter(Boolean).length;

  const result: ChildResult = {
    mode,
    articles: library.size,
    words,
    indexMs: ready - started,
    readyMs: ready,
    indexCpuMs: (cpu.user + cpu.system) / 1000,
    fromCache: sync?.fromCache ?? 0,
    analysed: sync?.analysed ?? 0,
    skipped: sync?.skipped ?? 0,
    peakRssMb: 0,
    heapUsedMb: 0,
  };

  if (mode === "index") {
    await content.indexed;
    result.searchIndexMs = performance.now() - started;
  }

  if (mode === "answer") {
    const ctx = { library, index: content.index, now: () => new Date() };
    const mix = benchMix();
    const run = (
      text: string,
    ): { answerMs: number; cpuMs: number; totalMs: number; failed: boolean } => {
      const cpu0 = process.cpuUsage();
      const t0 = performance.now();
      let replies: Reply[] = [];
      let failed = false;
      try {
        replies = answer({ text, chat: "private" }, ctx);
      } catch {
        failed = true;
      }
      const t1 = performance.now();
      const cpu = process.cpuUsage(cpu0);
      for (const r of replies) renderMessages(r);
      return {
        answerMs: t1 - t0,
        cpuMs: (cpu.user + cpu.system) / 1000,
        totalMs: performance.now() - t0,
        failed,
      };
    };
    const cpuBefore = process.cpuUsage();
    result.firstQuestionMs = run(mix.find((t) => !t.startsWith("/")) ?? "what happened").answerMs;
    const firstCpu = process.cpuUsage(cpuBefore);
    result.firstQuestionCpuMs = (firstCpu.user + firstCpu.system) / 1000;
    result.firstAnswerAtMs = performance.now();
    for (const text of mix) run(text); // warm-up: JIT, lazy caches
    const answerMs: number[] = [];
    const perMessage: number[][] = mix.map(() => []);
    const totalMs: number[] = [];
    const cpuMs: number[] = [];
    const worst = new Map<string, number>();
    let errors = 0;
    for (let round = 0; round < ROUNDS; round++) {
      for (const [i, text] of mix.entries()) {
        const s = run(text);
        answerMs.push(s.answerMs);
        perMessage[i]!.push(s.answerMs);
        totalMs.push(s.totalMs);
        cpuMs.push(s.cpuMs);
        if (s.failed) errors++;
        worst.set(text, Math.max(worst.get(text) ?? 0, s.answerMs));
      }
    }
    answerMs.sort((a, b) => a - b);
    totalMs.sort((a, b) => a - b);
    cpuMs.sort((a, b) => a - b);
    const medians = perMessage
      .map((xs) =>
        percentile(
          [...xs].sort((a, b) => a - b),
          50,
        ),
      )
      .sort((a, b) => a - b);
    result.latency = {
      samples: answerMs.length,
      p50: percentile(answerMs, 50),
      p99: percentile(answerMs, 99),
      max: answerMs.at(-1) ?? 0,
      medianP50: percentile(medians, 50),
      medianP99: percentile(medians, 99),
      renderP99: percentile(totalMs, 99),
      cpuP50: percentile(cpuMs, 50),
      cpuP99: percentile(cpuMs, 99),
      errors,
      slowest: [...worst]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 5)
        .map(([text, ms]) => ({ text, ms })),
    };
  }
  result.peakRssMb = process.resourceUsage().maxRSS / 1024;
  result.heapUsedMb = process.memoryUsage().heapUsed / 1024 / 1024;
  await content.close(); // saves the sentence index when it was built here
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

await main();
