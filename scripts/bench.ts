/**
 * `npm run bench`: how big, how fast to start, how much memory, how fast to answer.
 *
 * Two scenarios: the seed article alone, and the whole BBC corpus (../shared/corpus/bbc,
 * 2,225 articles) plus the seed. For each, in separate child processes (so peak RSS is per
 * scenario) with a fresh temporary DATA_DIR:
 *   1. cold: load with an empty cache — every article analysed (worker threads);
 *   2. warm: load again — every analysis read from the cache — then time the fixed mix of
 *      200 commands and questions through the core answer() (1 warm-up round, 5 timed):
 *      p50/p99 over all 1,000 samples, and over the 200 per-message medians (steadier when
 *      other programs share the cores: a stall hits one sample, not a message's median).
 * Then how analysis time scales with an article's length (160 KB vs 1.6 MB made of corpus
 * articles) and how long a 1.6 MB article holds up the main thread while it loads; then a
 * profile of single-thread analysis over 300 corpus articles: which modules take the time.
 *
 * Options: --only seed|corpus, --runs N (cold/warm repeated, best kept), --no-profile,
 * --no-scaling, --json.
 * Content folders are temporary folders of symbolic links: nothing is copied into the project.
 */
import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { ChildResult } from "./bench/child.js";
import { requireCorpus } from "./corpus.js";
import type { ProfileResult } from "./bench/profile.js";
import type { ScalingResult } from "./bench/scaling.js";
import { fmtInt, fmtMs } from "./bench/stats.js";
import { startFlags } from "./bench/node-flags.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const project = path.resolve(here, "..");
const SEED = path.join(project, "content", "kazakhstan-russia-alliance.md");
const CORPUS = path.resolve(project, "../shared/corpus/bbc");
/** Each scenario runs with the V8 flags of `npm start` (its heap sizes). */
const NODE_FLAGS = startFlags(project);

const GOALS = {
  seedP99: 1,
  corpusP99: 5,
  coldMs: 15_000,
  warmMs: 1000,
  rssMb: 300,
  firstAnswer: 1.5,
  scaling: 12,
  stallMs: 50,
};

interface Scenario {
  name: string;
  content: string;
  cold: ChildResult;
  warm: ChildResult;
}

const USAGE =
  "usage: npm run bench [-- --only seed|corpus] [--runs N] [--no-profile] [--no-scaling] [--json]";

function benchOptions() {
  try {
    return parseArgs({
      options: {
        only: { type: "string" },
        runs: { type: "string", default: "1" },
        "no-profile": { type: "boolean", default: false },
        "no-scaling": { type: "boolean", default: false },
        json: { type: "boolean", default: false },
        help: { type: "boolean", default: false },
      },
    }).values;
  } catch (err) {
    console.error(`${err instanceof Error ? err.message : String(err)}\n${USAGE}`);
    process.exit(2);
  }
}

const opts = benchOptions();
if (opts.help) {
  console.log(USAGE);
  process.exit(0);
}

function runChild<T>(script: string, args: string[]): Promise<T> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [...NODE_FLAGS, ...process.execArgv, path.join(here, "bench", script), ...args],
      {
        cwd: project,
        maxBuffer: 16 * 1024 * 1024,
        timeout: 300_000,
        env: { ...process.env, LOG_LEVEL: "error" },
      },
      (err, stdout, stderr) => {
        if (err)
          return reject(new Error(`${script} ${args.join(" ")} failed: ${err.message}\n${stderr}`));
        const line = stdout.trim().split("\n").at(-1) ?? "";
        try {
          resolve(JSON.parse(line) as T);
        } catch {
          reject(new Error(`${script} printed no result:\n${stdout}\n${stderr}`));
        }
      },
    );
  });
}

/** A temporary content folder of links: the seed alone, or the seed beside the corpus. */
function contentFolder(withCorpus: boolean): string {
  const dir = mkdtempSync(path.join(tmpdir(), "bench-content-"));
  symlinkSync(SEED, path.join(dir, path.basename(SEED)));
  if (withCorpus) symlinkSync(CORPUS, path.join(dir, "bbc"));
  return dir;
}

async function scenario(name: string, withCorpus: boolean, runs: number): Promise<Scenario> {
  const content = contentFolder(withCorpus);
  let best: Scenario | undefined;
  try {
    for (let run = 0; run < runs; run++) {
      const data = mkdtempSync(path.join(tmpdir(), "bench-data-"));
      try {
        process.stderr.write(
          `${name}: cold index${runs > 1 ? ` (run ${run + 1}/${runs})` : ""}…\n`,
        );
        const cold = await runChild<ChildResult>("child.ts", ["index", content, data]);
        process.stderr.write(`${name}: warm start and 200 messages…\n`);
        let warm = await runChild<ChildResult>("child.ts", ["answer", content, data]);
        for (let retry = 0; retry < 2 && warm.analysed > 0; retry++) {
          // the analysis code changed between the two runs (someone is editing src/): the
          // cache was rebuilt for the new code, so the next start is warm again
          process.stderr.write(
            `  the warm start analysed ${warm.analysed} articles (analysis code changed meanwhile); again…\n`,
          );
          warm = await runChild<ChildResult>("child.ts", ["answer", content, data]);
        }
        const current = { name, content, cold, warm };
        if (!best) best = current;
        else {
          if (cold.indexMs < best.cold.indexMs) best.cold = cold;
          if (warm.indexMs < best.warm.indexMs) best.warm = warm;
        }
      } finally {
        rmSync(data, { recursive: true, force: true });
      }
    }
  } finally {
    rmSync(content, { recursive: true, force: true });
  }
  return best!;
}

function mark(ok: boolean): string {
  return ok ? "✓" : "✗";
}

function table(scenarios: Scenario[]): string {
  const rows = [
    ["", ...scenarios.map((s) => s.name)],
    ["articles", ...scenarios.map((s) => fmtInt(s.warm.articles))],
    ["words", ...scenarios.map((s) => fmtInt(s.warm.words))],
    [
      "cold index (empty cache, worker threads)",
      ...scenarios.map((s) => `${fmtMs(s.cold.indexMs)} ${mark(s.cold.indexMs <= GOALS.coldMs)}`),
    ],
    ["cold index CPU time, all threads", ...scenarios.map((s) => fmtMs(s.cold.indexCpuMs))],
    [
      "warm index (from the cache)",
      ...scenarios.map((s) => `${fmtMs(s.warm.indexMs)} ${mark(s.warm.indexMs <= GOALS.warmMs)}`),
    ],
    ["warm start, process start → ready", ...scenarios.map((s) => fmtMs(s.warm.readyMs))],
    [
      "peak RSS, cold",
      ...scenarios.map(
        (s) => `${s.cold.peakRssMb.toFixed(0)} MB ${mark(s.cold.peakRssMb <= GOALS.rssMb)}`,
      ),
    ],
    [
      "peak RSS, warm + 200 messages",
      ...scenarios.map(
        (s) => `${s.warm.peakRssMb.toFixed(0)} MB ${mark(s.warm.peakRssMb <= GOALS.rssMb)}`,
      ),
    ],
    [
      "answer p50 / p99, all 1,000 samples",
      ...scenarios.map((s) => {
        const l = s.warm.latency;
        if (!l) return "–";
        const goal = s.name === "seed" ? GOALS.seedP99 : GOALS.corpusP99;
        return `${fmtMs(l.p50)} / ${fmtMs(l.p99)} ${mark(l.p99 <= goal)}`;
      }),
    ],
    [
      "answer p50 / p99, per-message medians",
      ...scenarios.map((s) =>
        s.warm.latency
          ? `${fmtMs(s.warm.latency.medianP50)} / ${fmtMs(s.warm.latency.medianP99)}`
          : "–",
      ),
    ],
    [
      "answer CPU time p50 / p99, this process",
      ...scenarios.map((s) =>
        s.warm.latency ? `${fmtMs(s.warm.latency.cpuP50)} / ${fmtMs(s.warm.latency.cpuP99)}` : "–",
      ),
    ],
    [
      "first question after start",
      ...scenarios.map((s) => fmtMs(s.warm.firstQuestionMs ?? Number.NaN)),
    ],
    [
      "process start → first answer (× warm start)",
      ...scenarios.map((s) => {
        const at = s.warm.firstAnswerAtMs ?? Number.NaN;
        const ratio = at / s.warm.readyMs;
        return `${fmtMs(at)} (${ratio.toFixed(2)}×) ${mark(ratio < GOALS.firstAnswer)}`;
      }),
    ],
    [
      "cold: sentence index built",
      ...scenarios.map((s) => fmtMs(s.cold.searchIndexMs ?? Number.NaN)),
    ],
    ["answer max", ...scenarios.map((s) => fmtMs(s.warm.latency?.max ?? Number.NaN))],
    [
      "answer + render p99",
      ...scenarios.map((s) => fmtMs(s.warm.latency?.renderP99 ?? Number.NaN)),
    ],
  ];
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? "").length)));
  const line = (r: string[]) => `| ${r.map((cell, c) => cell.padEnd(widths[c]!)).join(" | ")} |`;
  return [
    line(rows[0]!),
    `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`,
    ...rows.slice(1).map(line),
  ].join("\n");
}

function machine(): string {
  const cpu = cpus()[0]?.model.replace(/\s+/g, " ").trim() ?? "unknown CPU";
  return `${availableParallelism()} × ${cpu}, ${(totalmem() / 2 ** 30).toFixed(1)} GB RAM, Node ${process.version}${NODE_FLAGS.length ? ` (${NODE_FLAGS.join(" ")}, as npm start)` : ""}, ${process.platform}; load average at start ${loadavg()[0]!.toFixed(2)}`;
}

async function main(): Promise<void> {
  if (!existsSync(SEED)) throw new Error(`the seed article is missing: ${SEED}`);
  const runs = Math.max(1, Number(opts.runs) || 1);
  const wanted = opts.only;
  const scenarios: Scenario[] = [];
  const host = machine();
  if (!wanted || wanted === "seed") scenarios.push(await scenario("seed", false, runs));
  if (!wanted || wanted === "corpus") {
    if (existsSync(CORPUS)) scenarios.push(await scenario("BBC corpus + seed", true, runs));
    else process.stderr.write(`skipping the corpus: ${CORPUS} is not there\n`);
  }
  let scaling: ScalingResult | undefined;
  if (!opts["no-scaling"] && existsSync(CORPUS) && wanted !== "seed") {
    process.stderr.write("scaling: 160 KB and 1.6 MB articles…\n");
    scaling = await runChild<ScalingResult>("scaling.ts", [CORPUS, SEED]);
  }
  let profile: ProfileResult | undefined;
  if (!opts["no-profile"] && existsSync(CORPUS) && wanted !== "seed") {
    process.stderr.write("profiling analysis…\n");
    profile = await runChild<ProfileResult>("profile.ts", [CORPUS, "300"]);
  }
  if (opts.json) {
    process.stdout.write(
      `${JSON.stringify({ machine: host, scenarios, scaling, profile }, null, 2)}\n`,
    );
    return;
  }
  const out: string[] = [];
  out.push(
    `Machine: ${host}, at the end ${loadavg()[0]!.toFixed(2)} (a load above 0 means other programs shared the cores)`,
    "",
    table(scenarios),
    "",
  );
  out.push(
    `Goals: seed p99 ≤ ${GOALS.seedP99} ms, corpus p99 ≤ ${GOALS.corpusP99} ms, cold ≤ ${GOALS.coldMs / 1000} s, warm ≤ ${GOALS.warmMs / 1000} s, peak RSS ≤ ${GOALS.rssMb} MB, first answer < ${GOALS.firstAnswer}× the warm start.`,
  );
  for (const s of scenarios) {
    const l = s.warm.latency;
    if (!l) continue;
    out.push(
      `${s.name}: ${l.samples} timed answers${l.errors ? `, ${l.errors} threw` : ""}; slowest: ${l.slowest.map((x) => `${x.text} ${fmtMs(x.ms)}`).join(", ")}`,
    );
    if (s.cold.skipped)
      out.push(`${s.name}: ${s.cold.skipped} files skipped (see the warnings of npm start)`);
  }
  if (scaling) {
    const { small, big } = scaling;
    out.push(
      "",
      "Scaling (one article made of corpus articles, analysed on one thread; CPU time):",
      `  ${fmtInt(small.kb)} KB, ${fmtInt(small.sentences)} sentences: ${fmtMs(small.ms)}`,
      `  ${fmtInt(big.kb)} KB, ${fmtInt(big.sentences)} sentences: ${fmtMs(big.ms)}`,
      `  ratio ${scaling.ratio.toFixed(1)}× for ${(big.kb / small.kb).toFixed(1)}× the length ${mark(scaling.ratio <= GOALS.scaling)} (goal ≤ ${GOALS.scaling}×)`,
      `  seed + the 1.6 MB article, cold start: longest main-thread stall once the seed was in ${fmtMs(scaling.stallMs)} ${mark(scaling.stallMs <= GOALS.stallMs)} (goal ≤ ${GOALS.stallMs} ms); the big one analysed and in the sentence index ${fmtMs(scaling.loadMs)} after the start`,
    );
  }
  if (profile) {
    out.push(
      "",
      `Analysis on one thread: ${profile.msPerArticle.toFixed(2)} ms an article (${fmtInt(Math.round(profile.wordsPerSecond))} words/s) over ${profile.articles} corpus articles. Self time by module:`,
    );
    for (const m of profile.modules)
      out.push(`  ${(m.share * 100).toFixed(1).padStart(5)} %  ${m.name}`);
    out.push("Hottest functions:");
    for (const f of profile.functions)
      out.push(`  ${(f.share * 100).toFixed(1).padStart(5)} %  ${f.name}`);
  }
  process.stdout.write(`${out.join("\n")}\n`);
}

requireCorpus("npm run bench", ["bbc"]);
mkdirSync(tmpdir(), { recursive: true });
await main();
