/**
 * The dates dev set: ten made-up short articles in house styles, countries and years the corpora
 * lack (test/fixtures/dates/), each with the timeline dates written by hand before the analyser
 * read them. A date is found when a timeline line's words hold the expected words and its value
 * (and end) is the expected one. `known`: the expected dates still missed (README.md says why).
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { analyseFile } from "../support/articles.js";

const ROOT = path.resolve("test/fixtures/dates");
type Expected = Record<
  string,
  { dates: [string, string, string?][]; absent: string[]; known: string[] }
>;
const EXPECTED = JSON.parse(readFileSync(path.join(ROOT, "expected.json"), "utf8")) as Expected;

/** The words of the expected dates a file's timeline lacks, and the absent words it shows. */
function devSetMisses(file: string): string[] {
  const { dates } = analyseFile(ROOT, path.join(ROOT, file));
  const { dates: wanted, absent } = EXPECTED[file]!;
  const misses: string[] = [];
  for (const [stated, date, end] of wanted) {
    const hit = dates.some(
      (d) =>
        d.stated.toLowerCase().includes(stated.toLowerCase()) &&
        d.date === date &&
        (d.end ?? undefined) === end,
    );
    if (!hit) misses.push(stated);
  }
  for (const words of absent)
    if (dates.some((d) => d.stated.toLowerCase().includes(words.toLowerCase())))
      misses.push(`“${words}” should not be on the timeline`);
  return misses;
}

describe("the dates dev set (made-up articles of other house styles, countries and years)", () => {
  for (const file of Object.keys(EXPECTED))
    it(file, () => {
      expect(devSetMisses(file)).toEqual(EXPECTED[file]!.known);
    });
});
