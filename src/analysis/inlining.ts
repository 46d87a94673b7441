import { setFlagsFromString } from "node:v8";

/**
 * V8 compiler settings while analysis workers run, put back when the last pool closes (V8 flags
 * are the process's, not a thread's), so answers are compiled as before once the load is over.
 * A setting node was started with is left alone.
 *
 * - Inlining budget: `--max-inlined-bytecode-size-cumulative` 200 instead of 920. The analysis has
 *   large functions (the summary ranking, the quote segmenter, the people finder's gender pass)
 *   that V8 optimises with many callees inlined, drops on an object shape it had not seen ("wrong
 *   map") and optimises again, up to eight times each, ~0.6 s of compilation a time for the
 *   largest: with the smaller budget a cold index of the BBC corpus took ~12 % less CPU in all
 *   (V8's compiler threads ~4 s less; the analysis itself runs no slower), and peak RSS was ~5 MB
 *   lower (docs/performance.md).
 * - Tiering up later: `--interrupt-budget` (how much bytecode a function runs between V8's looks at
 *   whether to optimise it) 4 × its default. A function is optimised after more articles, with
 *   the object shapes of more of them in its feedback, so fewer optimised versions are thrown away
 *   and compiled again: the 2,225 BBC articles analysed on one thread took ~11 % less CPU, all
 *   threads counted (docs/performance.md, session 20).
 */
const SETTINGS: { flag: string; whileAnalysing: number; v8Default: number }[] = [
  { flag: "--max-inlined-bytecode-size-cumulative", whileAnalysing: 200, v8Default: 920 },
  { flag: "--interrupt-budget", whileAnalysing: 4 * 67584, v8Default: 67584 },
];

let open = 0;

export function analysisInlining(on: boolean): void {
  const before = open;
  open = Math.max(0, open + (on ? 1 : -1));
  if ((before === 0) === (open === 0)) return;
  for (const s of SETTINGS)
    if (!givenByUser(s.flag))
      setFlagsFromString(`${s.flag}=${open > 0 ? s.whileAnalysing : s.v8Default}`);
}

function givenByUser(flag: string): boolean {
  return [...process.execArgv, ...(process.env.NODE_OPTIONS ?? "").split(/\s+/)].some((a) =>
    a.startsWith(flag),
  );
}
