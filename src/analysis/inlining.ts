import { setFlagsFromString } from "node:v8";

/**
 * V8's budget of bytecode inlined into one optimised function: its default (920) while analysis
 * workers run, 200 during. The analysis has large functions (the summary ranking, the quote
 * segmenter, the people finder's gender pass) that V8 optimises with many callees inlined,
 * drops on an object shape it had not seen ("wrong map") and optimises again, up to eight
 * times each, ~0.6 s of compilation a time for the largest: with the smaller budget a cold
 * index of the BBC corpus took ~12 % less CPU in all (V8's compiler threads ~4 s less; the
 * analysis itself runs no slower), and peak RSS was ~5 MB lower (docs/performance.md).
 * V8 flags are the process's, not a thread's: the budget is lowered while a pool of workers is
 * open and put back when the last one closes, so answers are compiled as before once the load
 * is over. Left alone when node was started with the flag.
 */
const FLAG = "--max-inlined-bytecode-size-cumulative";
const WHILE_ANALYSING = 200;
const V8_DEFAULT = 920;

let open = 0;

export function analysisInlining(on: boolean): void {
  if (givenByUser()) return;
  const before = open;
  open = Math.max(0, open + (on ? 1 : -1));
  if (before === 0 && open === 1) setFlagsFromString(`${FLAG}=${WHILE_ANALYSING}`);
  else if (before === 1 && open === 0) setFlagsFromString(`${FLAG}=${V8_DEFAULT}`);
}

function givenByUser(): boolean {
  return [...process.execArgv, ...(process.env.NODE_OPTIONS ?? "").split(/\s+/)].some((a) =>
    a.startsWith(FLAG),
  );
}
