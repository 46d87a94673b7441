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
 *
 * "speakers-dev-2 (dev, layouts)": ten made-up articles (test/fixtures/speakers-dev-2/README.md) in
 * layouts of attribution other than "…," she said — a broadcast transcript with speaker labels, a
 * quote running over paragraphs, speakers named later only by role, a speaker named after the
 * quote in a new sentence, statements and posts, colon introductions, reported speech then a
 * quote, collective speakers, letters to the editor, a pronoun chain. Gold written before any run
 * (session 18, s18-layout). A development set: its failures may be read.
 *
 * "speakers-dev-3 (dev, layouts)": twelve made-up articles (test/fixtures/speakers-dev-3/README.md),
 * one layout family each, from many countries — said-verbs other than "said", quotes split around
 * their attribution, unnamed sources, organisations named then called "the airline", present-tense
 * features with ages in apposition, family-name-first honorifics, one-name speakers, plural
 * speakers, documents, a parliamentary report, a role then a name, sports epithets. Gold written
 * before any run (session 19, s19-speak). A development set: its failures may be read.
 *
 * "speakers-dev-4 (dev, house styles)": ten made-up articles (test/fixtures/speakers-dev-4/README.md),
 * one country's house style each (India, Nigeria, Ireland, Australia, Canada, Singapore, South
 * Africa, the Philippines, Kenya, New Zealand), with ministries, agencies, parties, unions and
 * their spokespeople as speakers, statements, posts, news-release boilerplate, quotes running over
 * paragraphs. Gold written before any run (session 20, s20-speak). A development set: its failures
 * may be read.
 *
 * "speakers-blind (written blind, unread)": eight more made-up articles in other house styles and
 * countries (test/fixtures/speakers-blind/README.md), with gold written the same way before any
 * run (session 14, on main 774e417); first score: 104 direct quotes, recall 100.0 %, precision
 * 97.2 % (103/106), speaker accuracy 95.2 % (99/104). Its score line only: its failures are never
 * printed, even with -v.
 *
 * "speakers-blind-2 (sealed, written blind)": five more made-up articles in other styles
 * (test/fixtures/speakers-blind-2/README.md), gold written the same way before any run (session
 * 18, s18-blind, on main 1f0f90b). SEALED: its score lines only, never its failures.
 *
 * "speakers-blind-3 (sealed, written blind)": eight more made-up articles in other quote layouts
 * (test/fixtures/speakers-blind-3/README.md), gold written the same way before any run (session
 * 19, s19-blind, on main 9b3d4e4); first score: 69 direct quotes, recall 100.0 %, precision 100.0 %
 * (68/68), speaker accuracy 75.4 % (52/69). SEALED like speakers-blind-2: its score lines only.
 *
 * "speakers-blind-4 (sealed, written blind)": eight more made-up articles, one quote layout or house
 * style each (test/fixtures/speakers-blind-4/README.md), gold written the same way by someone who
 * read no code, before any run (session 20, s20-blind, on main bcaa08b); first score:
 * 78 direct quotes, recall 98.7 % (77/78), precision 100.0 % (76/76),
 * speaker accuracy 83.1 % (64/77). SEALED like speakers-blind-2: its score lines only.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { splitFrontMatter } from "../../src/content/frontmatter.js";
import type { CorpusDoc } from "../../test/support/eval/feed.js";
import { errorSamplesFromArgs } from "../../test/support/eval/split.js";
import { loadWireGold, scoreWireDoc, type WireResult } from "../../test/support/eval/wire-score.js";
import { printPart } from "./wire.js";

export const SPEAKERS_DIR = path.resolve("test/fixtures/speakers");
export const SPEAKERS_BLIND_DIR = path.resolve("test/fixtures/speakers-blind");
export const SPEAKERS_BLIND_2_DIR = path.resolve("test/fixtures/speakers-blind-2");
export const SPEAKERS_BLIND_3_DIR = path.resolve("test/fixtures/speakers-blind-3");
export const SPEAKERS_BLIND_4_DIR = path.resolve("test/fixtures/speakers-blind-4");
export const SPEAKERS_DEV_2_DIR = path.resolve("test/fixtures/speakers-dev-2");
export const SPEAKERS_DEV_3_DIR = path.resolve("test/fixtures/speakers-dev-3");
export const SPEAKERS_DEV_4_DIR = path.resolve("test/fixtures/speakers-dev-4");

/** A made-up article as a corpus document: its front matter's title and date, the text after it. */
export function speakersDoc(file: string, dir = SPEAKERS_DIR): CorpusDoc {
  const { data, body } = splitFrontMatter(readFileSync(path.join(dir, file), "utf8"));
  return {
    id: file.replace(/\.[a-z]+$/, ""),
    title: data.title ?? "",
    date: data.date ?? "",
    body,
  };
}

/** Every article of a speakers directory scored against its gold.jsonl. */
function scoreDir(dir: string): WireResult[] {
  const gold = loadWireGold(path.join(dir, "gold.jsonl"));
  const files = readdirSync(dir)
    .filter((f) => /\.(?:md|txt)$/.test(f) && f !== "README.md")
    .sort();
  const results: WireResult[] = files.map((f) => {
    const doc = speakersDoc(f, dir);
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
  return results;
}

export async function runSpeakersEval(): Promise<void> {
  const gold = loadWireGold(path.join(SPEAKERS_DIR, "gold.jsonl"));
  const results = scoreDir(SPEAKERS_DIR);
  console.log(
    "speakers (dev, made-up styles): direct quotes and speakers on test/fixtures/speakers/ (scripts/eval/speakers.ts explains the set)",
  );
  printPart("all 16 articles", results, errorSamplesFromArgs());
  const unmarked = gold.filter((g) => g.unmarked && g.type === "direct").length;
  console.log(`  of the direct quotes, ${unmarked} are set out with no quote marks`);
  // Dev (session 18, s18-layout): made-up articles in other layouts of attribution; failures readable.
  const dev2 = scoreDir(SPEAKERS_DEV_2_DIR);
  printPart(`speakers-dev-2 (dev, layouts), ${dev2.length} articles`, dev2, errorSamplesFromArgs());
  // Dev (session 19, s19-speak): twelve made-up articles, one attribution layout each; failures readable.
  const dev3 = scoreDir(SPEAKERS_DEV_3_DIR);
  printPart(`speakers-dev-3 (dev, layouts), ${dev3.length} articles`, dev3, errorSamplesFromArgs());
  // Dev (session 20, s20-speak): ten countries' house styles, bodies and spokespeople as speakers; failures readable.
  const dev4 = scoreDir(SPEAKERS_DEV_4_DIR);
  printPart(
    `speakers-dev-4 (dev, house styles), ${dev4.length} articles`,
    dev4,
    errorSamplesFromArgs(),
  );
  // Blind: score line only, never its failures.
  const blind = scoreDir(SPEAKERS_BLIND_DIR);
  printPart(`speakers-blind (written blind, unread), ${blind.length} articles`, blind, 0);
  // Sealed (session 18): score lines only, never its failures (no error samples, whatever the flags).
  const sealed = scoreDir(SPEAKERS_BLIND_2_DIR);
  printPart(`speakers-blind-2 (sealed, written blind), ${sealed.length} articles`, sealed, 0);
  // Sealed (session 19): score lines only, never its failures, like speakers-blind-2.
  const sealed3 = scoreDir(SPEAKERS_BLIND_3_DIR);
  printPart(`speakers-blind-3 (sealed, written blind), ${sealed3.length} articles`, sealed3, 0);
  // Sealed (session 20): score lines only, never its failures, like speakers-blind-2.
  const sealed4 = scoreDir(SPEAKERS_BLIND_4_DIR);
  printPart(`speakers-blind-4 (sealed, written blind), ${sealed4.length} articles`, sealed4, 0);
  await Promise.resolve();
}
