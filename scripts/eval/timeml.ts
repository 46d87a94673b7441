/**
 * `npm run eval -- timeml [--part tune|held-out] [-v | --errors N]`: the bot's dates on TimeBank
 * and AQUAINT (US newswire, 1989–2000, every time expression annotated with its resolved value;
 * ../shared/corpus/SOURCE.md).
 *
 * Each document goes to the bot as a file with its publication date (`dct`) as front matter
 * `date`, the date relative and year-less dates are resolved against. The bot's dates are
 * `Analysis.dates`: the date finder's output, every one of which /dates shows as a timeline
 * line (one line a date), so "timeline" and "found" are the same list here. Durations and dates
 * it could not place (`timeMentions`) are not on the timeline and count as not found.
 * A bot date's words (`stated`) are found again in the document from its sentence (test/support/eval/locate.ts)
 * and compared with the gold TIMEX3 of type DATE they overlap most.
 *
 * - Value accuracy: over timeline dates on a gold DATE whose value names a period (a day, week,
 *   month, quarter, half, year, decade or century; not PRESENT_REF, not XXXX-10): right when the
 *   gold period lies within the bot's (the bot's granularity: a bot year 1998 on gold 1998-08-07
 *   is right), or the bot's lies within the gold's (a bot day inside a gold week: counted right,
 *   and reported as finer than the annotation).
 * - Recall of calendar dates: gold DATE timexes whose value is a full date (YYYY-MM-DD), a month
 *   (YYYY-MM) or a year (YYYY): found with exactly that value by a timeline date overlapping them,
 *   or with a period inside it (a week inside a gold month: shown more precisely than the
 *   annotation, as value accuracy counts it right; counted apart on the report's line).
 *   Split into dates written with their year in the text ("Aug. 7, 1998", "1995", "'98") and dates
 *   resolved from the publication date ("Friday", "last month", "today"). A range's end counts
 *   as found: "between 1994 and 1997" is one line, 1994–1997, for two gold years.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Analysis, DatedEvent } from "../../src/model/analysis.js";
import { corpusPath } from "./corpus.js";
import { analyseDoc, type CorpusDoc } from "../../test/support/eval/feed.js";
import {
  DocText,
  overlap,
  searchBefore,
  searchFrom,
  sentenceStarts,
  type Span,
} from "../../test/support/eval/locate.js";
import { clip, pct, ratio, spread } from "../../test/support/eval/report.js";
import { compareValue, yearWritten } from "../../test/support/eval/timeml-values.js";
import {
  categoryCounts,
  dateForm,
  formCounts,
  missCategory,
  type DateForm,
  timemlValue,
  type MissCategory,
} from "../../test/support/eval/date-miss.js";
import {
  errorSamplesFromArgs,
  partsFromArgs,
  splitIds,
  tuneHalvesFromArgs,
  type Part,
} from "../../test/support/eval/split.js";

const SOURCES = ["timebank", "aquaint"] as const;
type Source = (typeof SOURCES)[number];

interface TimexRow {
  doc: string;
  text: string;
  type: "DATE" | "TIME" | "DURATION" | "SET";
  value: string;
  offset: number;
  end: number;
}

export interface TimemlDoc {
  source: Source;
  id: string;
  dct: string;
  title: string;
  text: string;
  timexes: TimexRow[];
}

const CALENDAR = /^\d{4}(-\d\d(-\d\d)?)?$/;
type Grain = "day" | "month" | "year";
const grainOf = (value: string): Grain =>
  value.length === 10 ? "day" : value.length === 7 ? "month" : "year";

interface Tally {
  right: number;
  total: number;
}

export interface DocResult {
  id: string;
  source: Source;
  botDates: number;
  onGold: number;
  checked: number;
  right: number;
  finer: number;
  onOtherTimex: number;
  onNothing: number;
  unlocated: number;
  /** Recall of calendar dates, by [year written | from dct] × grain. */
  recall: Record<"written" | "dct", Record<Grain, Tally>>;
  foundOtherValue: number;
  /** Calendar dates found by a timeline date within the gold period ("last week" on a gold month). */
  foundFiner: number;
  mentionedUnplaced: number;
  errors: { what: "value" | "missed" | "extra" | "finer"; line: string }[];
  /** Wrong values by coarse category (test/support/eval/date-miss.ts): counts only. */
  wrongValues: MissCategory[];
  /** Calendar dates found with another value, by the same categories. */
  otherValues: MissCategory[];
  /** The forms of the gold words (test/support/eval/date-miss.ts `dateForm`) of each kind of miss: counts only. */
  missForms: Record<"wrong" | "other" | "notFound", DateForm[]>;
  ms: number;
}

interface LocatedDate {
  date: DatedEvent;
  span?: Span;
}

function locateDates(analysis: Analysis, doc: DocText): { dates: LocatedDate[]; unplaced: Span[] } {
  const starts = sentenceStarts(analysis, doc);
  const find = (stated: string, sentence: number, offset = 0) => {
    const from = searchFrom(starts, sentence);
    const before = searchBefore(starts, sentence, 1);
    return (
      doc.find(stated, Math.max(from, from + offset - 10), before) ?? doc.find(stated, from, before)
    );
  };
  return {
    dates: analysis.dates.map((date) => ({
      date,
      // A dateline's date, or a repeated headline's, stands above the first sentence.
      span:
        date.dateline || date.headline
          ? doc.find(date.stated, 0, searchFrom(starts, 0) + 1)
          : find(date.stated, date.sentence, date.offset),
    })),
    unplaced: (analysis.timeMentions ?? []).flatMap(
      (t) => find(t.stated, t.sentence, t.offset) ?? [],
    ),
  };
}

const tallies = (): Record<Grain, Tally> => ({
  day: { right: 0, total: 0 },
  month: { right: 0, total: 0 },
  year: { right: 0, total: 0 },
});

/** The document as the bot is given it: title and creation (publication) date as front matter. */
export function timemlDoc(d: TimemlDoc): CorpusDoc {
  return { id: d.id, title: d.title || d.id, date: d.dct.slice(0, 10), body: d.text };
}

export function scoreDoc(d: TimemlDoc): DocResult {
  const t0 = performance.now();
  const analysis = analyseDoc(timemlDoc(d));
  const ms = performance.now() - t0;
  const doc = new DocText(d.text);
  const { dates, unplaced } = locateDates(analysis, doc);
  const goldDates = d.timexes.filter((t) => t.type === "DATE");
  const spanOf = (t: TimexRow): Span => ({ start: t.offset, end: t.end });
  const r: DocResult = {
    id: d.id,
    source: d.source,
    botDates: dates.length,
    onGold: 0,
    checked: 0,
    right: 0,
    finer: 0,
    onOtherTimex: 0,
    onNothing: 0,
    unlocated: dates.filter((x) => !x.span).length,
    recall: { written: tallies(), dct: tallies() },
    foundOtherValue: 0,
    foundFiner: 0,
    mentionedUnplaced: 0,
    errors: [],
    wrongValues: [],
    otherValues: [],
    missForms: { wrong: [], other: [], notFound: [] },
    ms,
  };
  const bestTimex = (span: Span, timexes: TimexRow[]) => {
    let best: TimexRow | undefined;
    let most = 0;
    for (const t of timexes) {
      const n = overlap(span, spanOf(t));
      if (n > most) [best, most] = [t, n];
    }
    return best;
  };
  const show = (x: LocatedDate) =>
    `“${x.date.stated}” → ${x.date.date}${x.date.end ? `…${x.date.end}` : ""}${x.date.implied ? " (implied)" : ""}`;
  for (const x of dates) {
    if (!x.span) {
      r.errors.push({
        what: "extra",
        line: `${d.id}: ${show(x)} — words not found in the document`,
      });
      continue;
    }
    const gold = bestTimex(x.span, goldDates);
    if (!gold) {
      if (bestTimex(x.span, d.timexes)) r.onOtherTimex++;
      else {
        r.onNothing++;
        r.errors.push({
          what: "extra",
          line: `${d.id}: ${show(x)} — no gold DATE there: “${clip(d.text.slice(Math.max(0, x.span.start - 40), x.span.end + 40), 100)}”`,
        });
      }
      continue;
    }
    r.onGold++;
    const verdict = compareValue(x.date, gold.value);
    if (verdict === "unchecked") continue;
    r.checked++;
    if (verdict === "right" || verdict === "finer") r.right++;
    if (verdict === "finer") {
      r.finer++;
      r.errors.push({
        what: "finer",
        line: `${d.id} (dct ${d.dct.slice(0, 10)}): ${show(x)}, gold “${gold.text}” = ${gold.value}`,
      });
    }
    const goldValue = timemlValue(gold.value);
    if (verdict === "wrong") {
      r.wrongValues.push(goldValue ? missCategory(x.date, goldValue) : "other");
      r.missForms.wrong.push(dateForm(gold.text));
    }
    if (verdict === "wrong")
      r.errors.push({
        what: "value",
        line: `${d.id} (dct ${d.dct.slice(0, 10)}): ${show(x)}, gold “${gold.text}” = ${gold.value}`,
      });
  }
  for (const g of goldDates.filter((t) => CALENDAR.test(t.value))) {
    const tally = r.recall[yearWritten(g.text) ? "written" : "dct"][grainOf(g.value)];
    tally.total++;
    const span = spanOf(g);
    const hits = dates.filter((x) => x.span && overlap(x.span, span) > 0);
    // A range ("from 1991 to 1997") is one timeline line that shows both ends; the gold annotates each.
    if (hits.some((x) => x.date.date === g.value || x.date.end === g.value)) {
      tally.right++;
      continue;
    }
    // Shown more precisely than the annotation: "last week" as 11–17 January on a gold January.
    if (hits.some((x) => compareValue(x.date, g.value) === "finer")) {
      tally.right++;
      r.foundFiner++;
      continue;
    }
    if (hits[0]) {
      r.foundOtherValue++;
      r.otherValues.push(missCategory(hits[0].date, { date: g.value }));
      r.missForms.other.push(dateForm(g.text));
    } else {
      r.missForms.notFound.push(dateForm(g.text));
      if (unplaced.some((u) => overlap(u, span) > 0)) r.mentionedUnplaced++;
    }
    const got = hits.length ? `bot ${hits.map((x) => x.date.date).join(", ")}` : "not found";
    r.errors.push({
      what: "missed",
      line: `${d.id} (dct ${d.dct.slice(0, 10)}): “${g.text}” = ${g.value}, ${got} — “${clip(d.text.slice(Math.max(0, g.offset - 50), g.end + 30), 100)}”`,
    });
  }
  return r;
}

function sum(results: DocResult[], f: (r: DocResult) => number): number {
  return results.reduce((n, r) => n + f(r), 0);
}

function recallTable(results: DocResult[]): void {
  const cell = (how: "written" | "dct" | "all", grain: Grain | "all") => {
    const hows = how === "all" ? (["written", "dct"] as const) : [how];
    const grains = grain === "all" ? (["day", "month", "year"] as const) : [grain];
    let right = 0;
    let total = 0;
    for (const r of results)
      for (const h of hows)
        for (const g of grains) {
          right += r.recall[h][g].right;
          total += r.recall[h][g].total;
        }
    return ratio(right, total);
  };
  console.log(
    `    ${"".padEnd(18)} ${"full date".padEnd(20)} ${"month".padEnd(20)} ${"year".padEnd(20)} all`,
  );
  for (const [how, label] of [
    ["written", "year written"],
    ["dct", "from the pub. date"],
    ["all", "all"],
  ] as const)
    console.log(
      `    ${label.padEnd(18)} ${cell(how, "day").padEnd(20)} ${cell(how, "month").padEnd(20)} ${cell(how, "year").padEnd(20)} ${cell(how, "all")}`,
    );
}

function printPart(label: string, results: DocResult[], samples: number): void {
  const by = (s: Source) => results.filter((r) => r.source === s).length;
  const ms = sum(results, (r) => r.ms);
  console.log(
    `\n${label}: ${results.length} documents (${by("timebank")} TimeBank, ${by("aquaint")} AQUAINT; analysis ${(ms / Math.max(1, results.length)).toFixed(1)} ms a document)`,
  );
  const dates = sum(results, (r) => r.botDates);
  console.log(
    `  timeline dates: ${dates}; on a gold DATE ${sum(results, (r) => r.onGold)}, on a gold TIME/DURATION/SET ${sum(results, (r) => r.onOtherTimex)}, ` +
      `on no timex ${sum(results, (r) => r.onNothing)}${sum(results, (r) => r.unlocated) ? `, words not found in the document ${sum(results, (r) => r.unlocated)}` : ""}`,
  );
  const checked = sum(results, (r) => r.checked);
  console.log(
    `  value accuracy (timeline dates on a gold DATE with a period value): ${ratio(
      sum(results, (r) => r.right),
      checked,
    )}; ${sum(results, (r) => r.finer)} of the right ones finer than the gold (a day in a gold week…)`,
  );
  for (const s of SOURCES) {
    const mine = results.filter((r) => r.source === s);
    console.log(
      `    ${s}: ${pct(
        sum(mine, (r) => r.right),
        sum(mine, (r) => r.checked),
      )} of ${sum(mine, (r) => r.checked)}`,
    );
  }
  console.log(
    "  recall of calendar dates (gold DATE valued YYYY-MM-DD, YYYY-MM or YYYY, found with that value or within it):",
  );
  recallTable(results);
  console.log(
    `    right: ${sum(results, (r) => r.foundFiner)} of them shown finer than the gold (a week in a gold month); not right: ${sum(results, (r) => r.foundOtherValue)} found with another value or precision, ${sum(results, (r) => r.mentionedUnplaced)} mentioned without a date (time mentions), the rest not found`,
  );
  console.log(
    `  failures: wrong value ${sum(results, (r) => r.wrongValues.length)} (${categoryCounts(results.flatMap((r) => r.wrongValues))}); calendar dates found with another value ${sum(results, (r) => r.otherValues.length)} (${categoryCounts(results.flatMap((r) => r.otherValues))})`,
  );
  const forms = (k: "wrong" | "other" | "notFound") =>
    formCounts(results.flatMap((r) => r.missForms[k]));
  console.log(
    `  misses by the gold's form: wrong value (${forms("wrong")}); found with another value (${forms("other")}); not found (${forms("notFound")})`,
  );
  if (!samples) return;
  const errors = results.flatMap((r) => r.errors);
  for (const what of ["value", "missed", "extra", "finer"] as const) {
    const all = errors.filter((e) => e.what === what);
    console.log(
      `  sample ${what === "finer" ? "right but finer than the gold" : `${what} errors`} (${Math.min(samples, all.length)} of ${all.length}):`,
    );
    for (const e of spread(all, samples)) console.log(`    ${e.line}`);
  }
}

const readJsonl = <T>(file: string): T[] =>
  readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

export function loadTimeml(): TimemlDoc[] {
  const root = corpusPath("timeml");
  return SOURCES.flatMap((source) => {
    const dir = path.join(root, source);
    const timexes = readJsonl<TimexRow>(path.join(dir, "timexes.jsonl"));
    return readJsonl<{ doc: string; dct: string; title: string; text_file: string }>(
      path.join(dir, "documents.jsonl"),
    ).map((d) => ({
      source,
      id: d.doc,
      dct: d.dct,
      title: d.title,
      text: readFileSync(path.join(dir, d.text_file), "utf8"),
      timexes: timexes.filter((t) => t.doc === d.doc),
    }));
  });
}

/** Every fifth document by name, within TimeBank and within AQUAINT (test/support/eval/split.ts). */
export function timemlParts(docs: TimemlDoc[]): Map<TimemlDoc, Part> {
  const parts = new Map<TimemlDoc, Part>();
  for (const source of SOURCES) {
    const mine = docs.filter((d) => d.source === source);
    const split = splitIds(mine.map((d) => d.id));
    for (const d of mine) parts.set(d, split.get(d.id)!);
  }
  return parts;
}

export async function runTimemlEval(): Promise<void> {
  const docs = loadTimeml();
  const parts = timemlParts(docs);
  const samples = errorSamplesFromArgs();
  console.log(
    "timeml (TimeBank + AQUAINT): the dates the timeline shows (scripts/eval/timeml.ts explains the scoring)",
  );
  if (docs[0]) scoreDoc(docs[0]); // warm-up: the first analysis loads chrono's tables
  const halves = tuneHalvesFromArgs();
  for (const part of partsFromArgs()) {
    const mine = docs.filter((d) => parts.get(d) === part);
    if (part === "tune" && halves.length) {
      for (const half of halves)
        printPart(
          `tune half ${half} (${half === "A" ? "even" : "odd"} places in the tune part by name)`,
          mine.filter((_, i) => (i % 2 === 0) === (half === "A")).map(scoreDoc),
          samples,
        );
      continue;
    }
    printPart(
      part === "tune"
        ? "tune part (4 documents in 5)"
        : "held-out part (every 5th document by name, in each set)",
      mine.map(scoreDoc),
      // Held-out failures are never printed, whatever the flags: its score and category lines only.
      part === "tune" ? samples : 0,
    );
  }
  await Promise.resolve();
}
