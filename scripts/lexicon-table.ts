/**
 * Writes docs/lexicon.md's inventory of the typed word lists outside nlp/lexicon/ ("Lists
 * elsewhere in src/"): `npx tsx scripts/lexicon-table.ts`. Each list's where, name, form, size,
 * first words, compromise's commonest tags and its class. A class written on the page by hand
 * (a reason, a source) is kept for the same list (file, name and first words); a new list gets
 * the class its compromise tags give. test/lexicon-inventory.test.ts fails when a list is missing.
 */
import { readFileSync, writeFileSync } from "node:fs";
import nlp from "compromise";
import { BEGIN, END, inventoried, type TypedList } from "./lexicon/inventory.js";

const ROOT = new URL("..", import.meta.url).pathname;
const PAGE = `${ROOT}docs/lexicon.md`;

/** Tags of the grammar's closed classes. */
const CLOSED = new Set([
  "Determiner",
  "Pronoun",
  "Possessive",
  "Preposition",
  "Conjunction",
  "Copula",
  "Modal",
  "Auxiliary",
  "QuestionWord",
  "Negative",
]);
/** Tags of numbers, units and the calendar. */
const CALENDAR = new Set([
  "Value",
  "TextValue",
  "Cardinal",
  "Ordinal",
  "Multiple",
  "Month",
  "WeekDay",
  "Duration",
  "Unit",
  "Currency",
]);
/** Tags too general to tell anything. */
const GENERAL = new Set(["Term", "Noun", "Verb"]);

function tagsOf(word: string): string[] {
  const doc = nlp(word.replace(/\?$/, ""));
  const term = (doc.json() as { terms: { tags: string[] }[] }[])[0]?.terms[0];
  return term?.tags ?? [];
}

function describe(list: TypedList): { tags: string; cls: string } {
  const counts = new Map<string, number>();
  let closed = 0;
  let calendar = 0;
  for (const w of list.words) {
    const tags = tagsOf(w);
    if (tags.some((t) => CLOSED.has(t))) closed++;
    else if (tags.some((t) => CALENDAR.has(t))) calendar++;
    const shown = tags.filter((t) => !GENERAL.has(t));
    const head = shown.at(-1) ?? tags.at(-1);
    if (head) counts.set(head, (counts.get(head) ?? 0) + 1);
  }
  const tags = [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 3)
    .map(([t, n]) => `${t} ${n}`)
    .join(", ");
  const share = (n: number) => n / list.words.length >= 0.6;
  const cls = share(closed)
    ? "closed class"
    : share(closed + calendar)
      ? "closed class (units, numbers, calendar)"
      : "open class, hand-typed";
  return { tags, cls };
}

const firstWords = (l: TypedList) =>
  l.words.slice(0, 6).join(" ") + (l.words.length > 6 ? " …" : "");

/** The row's key: the same list moved elsewhere in its file keeps its class. */
const key = (file: string, name: string, first: string) =>
  `${file}|${name}|${first.split(" ").slice(0, 3).join(" ")}`;

/** The classes written on the page, by key. */
function writtenClasses(page: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of page.split("\n")) {
    const cells = line.split(" | ").map((c) => c.replace(/^\|\s*|\s*\|$/g, ""));
    // (a page written before the line column was dropped still has "file.ts:line")
    if (cells.length < 7 || !/^[\w/.-]+\.ts(?::\d+)?$/.test(cells[0]!)) continue;
    const file = cells[0]!.replace(/:\d+$/, "");
    out.set(key(file, cells[1]!, cells[4]!), cells.slice(6).join(" | "));
  }
  return out;
}

/**
 * Rows by file, then by name (lists of one name in the order of the file): no line numbers,
 * so moving code does not change the page, and two branches that move code do not conflict here.
 */
function table(lists: TypedList[], written: Map<string, string>): string {
  const files = new Set(lists.map((l) => l.file));
  const ordered = [...lists].sort(
    (a, b) => a.file.localeCompare(b.file) || a.name.localeCompare(b.name),
  );
  const rows = ordered.map((l) => {
    const { tags, cls } = describe(l);
    const first = firstWords(l);
    const kept = written.get(key(l.file, l.name, first));
    return `| ${l.file} | ${l.name} | ${l.form} | ${l.words.length} | ${first} | ${tags} | ${kept ?? cls} |`;
  });
  const closed = rows.filter((r) => /\| closed class[^|]*\|$/.test(r)).length;
  return [
    BEGIN,
    "",
    `${lists.length} lists in ${files.size} files: ${closed} of closed classes, ${lists.length - closed} of open-class cue words (or with their own reason).`,
    "",
    "| file | list (or the function it is in) | form | words | first words | compromise's tags (commonest) | class |",
    "| --- | --- | --- | --- | --- | --- | --- |",
    ...rows,
    "",
    END,
  ].join("\n");
}

function main() {
  const page = readFileSync(PAGE, "utf8");
  const start = page.indexOf(BEGIN);
  const end = page.indexOf(END);
  if (start < 0 || end < start) throw new Error(`docs/lexicon.md has no ${BEGIN} … ${END}`);
  const lists = inventoried(`${ROOT}src`);
  const next =
    page.slice(0, start) + table(lists, writtenClasses(page)) + page.slice(end + END.length);
  writeFileSync(PAGE, next);
  console.log(`${lists.length} lists written to docs/lexicon.md`);
}

main();
