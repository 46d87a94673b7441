/**
 * `npm run eval -- speakers [-v | --errors N]`: "speakers (dev, made-up styles)" — direct quotes and
 * their speakers on 16 made-up articles in house styles the corpora lack or hold little of
 * (test/fixtures/speakers/: US opinionated news with posts on X, a Playbook newsletter, a UK
 * tabloid, a Guardian live blog, an Indian daily, ABC Australia, an interview Q&A, a court report,
 * a match report, a news conference, an obituary, a feature whose quote runs over paragraphs,
 * British ‘…’ marks, “…” and "..." mixed). The gold (gold.jsonl) was written by reading each
 * article before running the bot on it, in the wire gold's format (test/support/eval/wire-score.ts),
 * plus `unmarked` for a quotation set out with no marks ("She said:" + a paragraph; "A:" answers).
 * A development set: its failures may be read.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { splitFrontMatter } from "../../src/content/frontmatter.js";
import type { CorpusDoc } from "../../test/support/eval/feed.js";
import { errorSamplesFromArgs } from "../../test/support/eval/split.js";
import { loadWireGold, scoreWireDoc, type WireResult } from "../../test/support/eval/wire-score.js";
import { printPart } from "./wire.js";

export const SPEAKERS_DIR = path.resolve("test/fixtures/speakers");

/** A made-up article as a corpus document: its front matter's title and date, the text after it. */
export function speakersDoc(file: string): CorpusDoc {
  const { data, body } = splitFrontMatter(readFileSync(path.join(SPEAKERS_DIR, file), "utf8"));
  return {
    id: file.replace(/\.[a-z]+$/, ""),
    title: data.title ?? "",
    date: data.date ?? "",
    body,
  };
}

export async function runSpeakersEval(): Promise<void> {
  const gold = loadWireGold(path.join(SPEAKERS_DIR, "gold.jsonl"));
  const files = readdirSync(SPEAKERS_DIR)
    .filter((f) => /\.(?:md|txt)$/.test(f) && f !== "README.md")
    .sort();
  const results: WireResult[] = files.map((f) => {
    const doc = speakersDoc(f);
    return scoreWireDoc(
      doc,
      gold.filter((g) => g.doc === doc.id),
    );
  });
  const unknown = [...new Set(gold.map((g) => g.doc))].filter(
    (d) => !results.some((r) => r.doc === d),
  );
  if (unknown.length)
    throw new Error(`speakers gold names unknown articles: ${unknown.join(", ")}`);
  console.log(
    "speakers (dev, made-up styles): direct quotes and speakers on test/fixtures/speakers/ (scripts/eval/speakers.ts explains the set)",
  );
  printPart("all 16 articles", results, errorSamplesFromArgs());
  const unmarked = gold.filter((g) => g.unmarked && g.type === "direct").length;
  console.log(`  of the direct quotes, ${unmarked} are set out with no quote marks`);
  await Promise.resolve();
}
