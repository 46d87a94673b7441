import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  BEGIN,
  END,
  alternations,
  inventoried,
  listsIn,
  typedLists,
} from "../scripts/lexicon/inventory.js";

const SRC = new URL("../src/", import.meta.url).pathname;
const page = readFileSync(new URL("../docs/lexicon.md", import.meta.url), "utf8");

describe("docs/lexicon.md lists every typed word list", () => {
  it("has a row for each list outside nlp/lexicon/ (run scripts/lexicon-table.ts)", () => {
    const table = page.slice(page.indexOf(BEGIN), page.indexOf(END));
    const rows = new Set(
      [...table.matchAll(/^\| ([\w/.-]+\.ts) \| ([^|]+?) \|/gm)].map((m) => `${m[1]} ${m[2]}`),
    );
    const missing = inventoried(SRC)
      .map((l) => `${l.file} ${l.name}`)
      .filter((k) => !rows.has(k));
    expect(missing).toEqual([]);
  });
  it("names each list of nlp/lexicon/", () => {
    const missing = typedLists(SRC)
      .filter((l) => l.file.startsWith("nlp/lexicon/"))
      .filter((l) => !new RegExp(`\\b${l.name}\\b`).test(page))
      .map((l) => `${l.file} ${l.name}`);
    expect(missing).toEqual([]);
  });
});

describe("the scan of typed lists", () => {
  it("finds a regex's alternations of five or more words, group by group", () => {
    expect(alternations(String.raw`\b(?:red|green|blue|pink|grey)\s+(?:cars?|vans?)\b`)).toEqual([
      ["red", "green", "blue", "pink", "grey"],
    ]);
    expect(alternations(String.raw`^(?:one|two|three|four|fifty\s+five)$`)).toEqual([
      ["one", "two", "three", "four", "fifty five"],
    ]);
  });
  it("names a list by its constant, else by the function it is in", () => {
    const text = [
      'const COLOURS = ["red", "green", "blue", "pink", "grey"];',
      "function paint(s: string) {",
      '  const x = "oak ash elm yew fir".split(" ");',
      "  return /\\b(?:cat|dog|cow|pig|hen)\\b/.test(s) && x;",
      "}",
    ].join("\n");
    expect(listsIn("made-up.ts", text).map((l) => [l.name, l.form])).toEqual([
      ["COLOURS", "array"],
      ["paint", "split"],
      ["paint", "regex"],
    ]);
  });
  it("finds an alternation typed in a string constant that regexes are built from", () => {
    const text = [
      'const TREES = "(?:oak|ash|elm|yew|fir)";',
      "const TREE_PAIR = new RegExp(`${TREES} and ${TREES}`);",
      'const NOTE = "oak, ash | elm";',
    ].join("\n");
    expect(listsIn("made-up.ts", text).map((l) => [l.name, l.form, l.words.length])).toEqual([
      ["TREES", "regex", 5],
    ]);
  });
});
