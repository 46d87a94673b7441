/**
 * The fixed tuning / held-out split of the new development sets (issue 12). Documents are sorted
 * by id; every fifth one (the 5th, 10th, … in that order) is held out from tuning:
 * - polnear-train: by article `id` (publisher_date_slug), so each publisher is held out alike;
 * - timeml: by document name within TimeBank and within AQUAINT separately.
 * Never change the rule after tuning has started: held-out figures are only honest while
 * nobody has looked at those articles to fix the analyser.
 * `--part tune` or `--part held-out` restricts a run to one part (default: both, reported apart).
 */
export type Part = "tune" | "held-out";
export const PARTS: Part[] = ["tune", "held-out"];

/** Each id's part, by the every-fifth rule over the sorted ids. */
export function splitIds(ids: readonly string[]): Map<string, Part> {
  const sorted = [...new Set(ids)].sort();
  return new Map(sorted.map((id, i) => [id, i % 5 === 4 ? "held-out" : "tune"]));
}

/** The parts asked for on the command line (`--part tune|held-out`; default both). */
export function partsFromArgs(argv: readonly string[] = process.argv): Part[] {
  const i = argv.indexOf("--part");
  if (i < 0) return PARTS;
  const wanted = argv[i + 1];
  if (wanted === "tune" || wanted === "held-out") return [wanted];
  console.error(`--part must be "tune" or "held-out", not ${JSON.stringify(wanted ?? "")}`);
  process.exit(2);
}

/** How many sample errors to print: `--errors N`, or 20 with `-v`/`--verbose`, else none. */
export function errorSamplesFromArgs(argv: readonly string[] = process.argv): number {
  const i = argv.indexOf("--errors");
  if (i >= 0) {
    const n = Number(argv[i + 1]);
    if (!Number.isInteger(n) || n < 0) {
      console.error(`--errors needs a count, not ${JSON.stringify(argv[i + 1] ?? "")}`);
      process.exit(2);
    }
    return n;
  }
  return argv.includes("-v") || argv.includes("--verbose") ? 20 : 0;
}

/**
 * `--half A|B|AB`: the tune part in two halves (alternate documents), so a rule read off one
 * half's errors can be checked on the other before the held-out part is looked at.
 */
export function tuneHalvesFromArgs(argv: readonly string[] = process.argv): ("A" | "B")[] {
  const i = argv.indexOf("--half");
  if (i < 0) return [];
  const wanted = argv[i + 1] ?? "";
  if (!/^(?:A|B|AB)$/.test(wanted)) {
    console.error(`--half must be "A", "B" or "AB", not ${JSON.stringify(wanted)}`);
    process.exit(2);
  }
  return [...wanted] as ("A" | "B")[];
}
