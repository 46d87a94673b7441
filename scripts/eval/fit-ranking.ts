/**
 * Fits the ranking weights of question answering (src/answers/questions/weights.ts) from data
 * instead of by hand: coordinate ascent over the weights, scored on the DEV question sets only
 * (probe-11..16, styles, kinds-1..3, why-dev, and half A of the tune sets: polnear + timeml
 * tune, fresh-3, probe-a), every article analysed once and each candidate weighting asked in this
 * process. Regularised toward today's values: each changed weight costs PENALTY points of the
 * objective, so a change must win more than one question to be taken.
 *
 * Validation after every accepted step — score lines only, no case of them is printed: tune half
 * B, the blind sets (fresh-4/5 half B, fresh-6..12) as one sum, the polnear held-out questions,
 * and honest refusals over the eval's no-answer questions (the questions eval's own line).
 *
 *   npx tsx scripts/eval/fit-ranking.ts               # fit, print train/validation curves
 *   npx tsx scripts/eval/fit-ranking.ts --only        # today's weights: train and validation once
 *   npx tsx scripts/eval/fit-ranking.ts --set '{"bm25":0.2}'   # these weights, once (or a list of them)
 *   --passes N (default 2), --params a,b,c (only these weights), --trade-refusals (let a step
 *   refuse fewer train no-answer questions than today's weights do; off by default)
 */
import { halfOf, readCases, runCase, singleLibraries, type QuestionCase } from "./questions.js";
import {
  DEFAULT_WEIGHTS,
  setWeights,
  type RankingWeights,
} from "../../src/answers/questions/weights.js";

type Key = keyof RankingWeights;

/** The train sets: every dev set the questions eval reads, and half A of the tune sets. */
const TRAIN_FILES = [
  "probe-s11.jsonl",
  "probe12.jsonl",
  "probe13.jsonl",
  "probe14.jsonl",
  "probe15.jsonl",
  "probe16.jsonl",
  "styles.jsonl",
  "kinds.jsonl",
  "kinds2.jsonl",
  "kinds3.jsonl",
  "why-dev.jsonl",
];
const TUNE_FILES = ["polnear.jsonl", "timeml.jsonl", "fresh3.jsonl", "probe-a.jsonl"];
/** The blind sets of the per-kind blind line: fresh-4 half B (by article), fresh-5 half B (after case 20), fresh-6..12. */
function blindCases(): QuestionCase[] {
  return [
    ...readCases("fresh4.jsonl").filter((c) => halfOf(c.article) === "B"),
    ...readCases("fresh5.jsonl").filter((_, i) => i >= 20),
    ...[6, 7, 8, 9, 10, 11, 12].flatMap((n) => readCases(`fresh${n}.jsonl`)),
  ];
}
/** The sets whose no-answer questions the eval's honest line counts. */
const HONEST_FILES = [
  "seed.jsonl",
  "others.jsonl",
  "heldout.jsonl",
  "heldout2.jsonl",
  "fresh.jsonl",
  "fresh2.jsonl",
  "fresh3.jsonl",
  "fresh4.jsonl",
  "fresh5.jsonl",
  ...[6, 7, 8, 9, 10, 11, 12].map((n) => `fresh${n}.jsonl`),
  "kinds.jsonl",
  "kinds2.jsonl",
  "kinds3.jsonl",
  "polnear.jsonl",
  "polnear-heldout.jsonl",
  "timeml.jsonl",
  "fresh-none.jsonl",
];

/** Weight of the mean reciprocal rank beside the right answers, and of each honest refusal again. */
const MRR_WEIGHT = 0.5;
const REFUSAL_WEIGHT = 1;
/** Cost of each weight moved off today's value (in questions of the objective). */
const PENALTY = 1;

/** Values tried for each weight (today's value is always a candidate). */
function candidates(k: Key): number[] {
  return [DEFAULT_WEIGHTS[k], ...steps(k)];
}

function steps(k: Key): number[] {
  const w = DEFAULT_WEIGHTS[k];
  const around = (steps: number[]) => steps.map((s) => +(w + s).toFixed(4)).filter((x) => x >= 0);
  if (k === "threshold") return around([-0.1, -0.05, 0.05, 0.1]);
  if (k.startsWith("shift")) return [-0.15, -0.1, -0.05, 0.05].map((s) => +(w + s).toFixed(4));
  if (/^(?:floor|directFloor)/.test(k)) return around([-0.2, -0.1, 0.1]).filter((x) => x <= 1);
  if (/^(?:title|prev|cross)Credit$/.test(k)) return around([-0.2, -0.1, 0.1, 0.2]);
  if (k.startsWith("prefer")) return [1, ...around([-0.2, 0.3, 0.6])].filter((x) => x >= 1);
  // Additive rank credits: off, half, one and a half, double.
  return [0, w / 2, w * 1.5, w * 2].map((x) => +x.toFixed(4));
}

const single = singleLibraries();

interface Score {
  right: number;
  total: number;
  mrr: number;
  refused: number;
  none: number;
}

function score(cases: QuestionCase[]): Score {
  let right = 0;
  let rr = 0;
  let refused = 0;
  let none = 0;
  for (const c of cases) {
    const r = runCase(c, single(c));
    if (r.pass) right++;
    rr += r.rr;
    if (c.none) {
      none++;
      if (r.pass) refused++;
    }
  }
  return { right, total: cases.length, mrr: cases.length ? rr / cases.length : 0, refused, none };
}

const objective = (s: Score) => s.right + MRR_WEIGHT * s.mrr * s.total + REFUSAL_WEIGHT * s.refused;

function changed(w: Partial<RankingWeights>): Key[] {
  return (Object.keys(w) as Key[]).filter((k) => w[k] !== DEFAULT_WEIGHTS[k]);
}

/** Honest refusals on the train sets today: a weighting that refuses fewer is not taken (the honest line must not drop). */
let refusedFloor = 0;

function penalised(s: Score, w: Partial<RankingWeights>): number {
  if (s.refused < refusedFloor) return -Infinity;
  return objective(s) - PENALTY * changed(w).length;
}

const tune = TUNE_FILES.flatMap(readCases);
const trainSets = [
  ...TRAIN_FILES.flatMap(readCases),
  ...tune.filter((c) => halfOf(c.article) === "A"),
];
const halfB = tune.filter((c) => halfOf(c.article) === "B");
const blind = blindCases();
const heldOut = readCases("polnear-heldout.jsonl");
const honestNone = HONEST_FILES.flatMap(readCases).filter((c) => c.none);
/** The same, on the sets that are neither blind nor held out (fresh-4..12 and polnear held-out left out). */
const honestDev = HONEST_FILES.filter((f) => !/^fresh(?:[4-9]|1\d)\.|^polnear-heldout\./.test(f))
  .flatMap(readCases)
  .filter((c) => c.none);
/**
 * `--honest-dev`: the no-answer questions of those sets join the train sets (the refusal floor
 * then holds on every no-answer question that is neither blind nor held out; tune half B's are
 * left out, being the check).
 */
const taken = new Set([...trainSets, ...halfB].map((c) => `${c.article}#${c.id}#${c.q}`));
const train = process.argv.includes("--honest-dev")
  ? [...trainSets, ...honestDev.filter((c) => !taken.has(`${c.article}#${c.id}#${c.q}`))]
  : trainSets;

const line = (s: Score) =>
  `${s.right}/${s.total} MRR ${s.mrr.toFixed(3)}${s.none ? ` refused ${s.refused}/${s.none}` : ""}`;

function validate(w: Partial<RankingWeights>): string {
  setWeights(w);
  const b = score(halfB);
  const bl = score(blind);
  const h = score(heldOut);
  const hon = score(honestNone);
  const honDev = score(honestDev);
  return `half B ${line(b)} · blind ${bl.right}/${bl.total} MRR ${bl.mrr.toFixed(3)} · polnear held-out ${h.right}/${h.total} · honest ${hon.refused}/${hon.none} (dev sets ${honDev.refused}/${honDev.none})`;
}

function trainScore(w: Partial<RankingWeights>): Score {
  setWeights(w);
  return score(train);
}

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

const t0 = performance.now();
const elapsed = () => `${((performance.now() - t0) / 1000).toFixed(0)} s`;

if (process.argv.includes("--only") || arg("--set")) {
  const given = JSON.parse(arg("--set") ?? "{}") as
    Partial<RankingWeights> | Partial<RankingWeights>[];
  for (const w of Array.isArray(given) ? given : [given]) {
    const s = trainScore(w);
    console.log(`${JSON.stringify(w)}`);
    console.log(`  train ${line(s)} objective ${objective(s).toFixed(1)} (${elapsed()})`);
    console.log(`  validation ${validate(w)} (${elapsed()})`);
  }
} else {
  const only = arg("--params")?.split(",") as Key[] | undefined;
  const keys = only ?? (Object.keys(DEFAULT_WEIGHTS) as Key[]);
  const passes = Number(arg("--passes") ?? 2);
  let best: Partial<RankingWeights> = {};
  let bestScore = trainScore(best);
  if (!process.argv.includes("--trade-refusals")) refusedFloor = bestScore.refused;
  let bestJ = penalised(bestScore, best);
  console.log(`start   train ${line(bestScore)} J ${bestJ.toFixed(1)} (${elapsed()})`);
  console.log(`        validation ${validate(best)}`);
  for (let pass = 1; pass <= passes; pass++) {
    let moved = false;
    for (const k of keys) {
      const now = best[k] ?? DEFAULT_WEIGHTS[k];
      let stepBest: { w: Partial<RankingWeights>; s: Score; j: number } | undefined;
      for (const v of candidates(k)) {
        if (v === now) continue;
        const w = { ...best, [k]: v };
        const s = trainScore(w);
        const j = penalised(s, w);
        console.log(
          `  try ${k}=${v}: train ${line(s)} J ${j.toFixed(1)}${j > bestJ ? " +" : ""} (${elapsed()})`,
        );
        if (j > bestJ && (!stepBest || j > stepBest.j)) stepBest = { w, s, j };
      }
      if (stepBest) {
        best = stepBest.w;
        bestScore = stepBest.s;
        bestJ = stepBest.j;
        moved = true;
        console.log(
          `STEP pass ${pass} ${k}=${best[k]}: train ${line(bestScore)} J ${bestJ.toFixed(1)}`,
        );
        console.log(`        validation ${validate(best)} (${elapsed()})`);
      }
    }
    if (!moved) break;
  }
  const diff = Object.fromEntries(changed(best).map((k) => [k, best[k]]));
  console.log(`fitted ${JSON.stringify(diff)}`);
}
