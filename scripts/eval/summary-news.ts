/**
 * The default `/summary` on news that has no human summaries (polnear-train, timeml), checked
 * for what a reader would never write: the headline repeated, page furniture (datelines, bylines,
 * credits, "Read the rest…" lines, live-blog times, labels), a sentence that opens with a pronoun
 * or connective without the sentence it leans on, a quote without its speaker — and whether the
 * article's first sentence is kept. A pronoun sentence (or "“…,” she said.") right after a summary
 * sentence naming its person is not counted: the eval resolves the pronoun as a reader would, to
 * the first person of its gender the sentence before names, in the summary and in the article
 * alike (people found by compromise, test/support/eval/person-names.ts), and the two must agree.
 * The patterns below are the eval's own, written apart from the bot's rules so that the bot is
 * not judged by itself. `--part tune|held-out` checks one part only.
 *
 * Each article is given to the bot as a user would have it:
 * - polnear "text file": the corpus text as a .txt file (its first line is the headline, with a full stop);
 * - polnear "front matter": the headline and date as front matter, then the same text (headline repeated);
 * - timeml: date (and AQUAINT's headline) as front matter, then the text.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { analyse } from "../../src/analysis/analyse.js";
import { defaultLength, summaryIndexes } from "../../src/answers/summary.js";
import { articleFromBytes } from "../../src/content/load.js";
import type { Analysis } from "../../src/model/analysis.js";
import { articleText } from "../../test/support/eval/feed.js";
import type { PolnearArticle } from "../../test/support/eval/polnear-gold.js";
import nlp from "compromise";
import { genderOf, personName, type Gender } from "../../test/support/eval/person-names.js";
import { clip, ratio, spread } from "../../test/support/eval/report.js";
import {
  errorSamplesFromArgs,
  partsFromArgs,
  splitIds,
  type Part,
} from "../../test/support/eval/split.js";
import { corpusPath } from "./corpus.js";
import { loadTimeml, timemlParts } from "./timeml.js";

interface NewsCase {
  id: string;
  part: Part;
  headline: string;
  /** The file the bot reads. */
  text: string;
}

interface Checked {
  c: NewsCase;
  summary: string[];
  firstRepeatsHeadline: boolean;
  anyRepeatsHeadline: boolean;
  keepsFirst: boolean;
  first?: string;
  furniture: string[];
  danglingFirst: boolean;
  dangling: string[];
  bareQuote: string[];
  /** For an article without a headline: text of its story that the bot took as the title. */
  storyAsTitle?: string;
}

const normal = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

function repeatsHeadline(sentence: string, headline: string): boolean {
  const h = normal(headline);
  const s = normal(sentence);
  if (!h || !s) return false;
  return s === h || (h.split(" ").length >= 4 && (s.startsWith(h) || h.startsWith(s)));
}

const OUTLET = String.raw`\(\s*(?:[A-Z][A-Za-z.]*)(?: [A-Z][A-Za-z.]*){0,2}\s*\)`;
const DASH = String.raw`\s*(?:--|[–—_]|-(?= ))`;
const DATELINE = new RegExp(
  String.raw`^(?:[A-Z][A-Z.'’-]+(?:[ ,]+[A-Z][A-Za-z.'’-]+)*,?(?: [A-Z][a-z]{2,8}\.? \d{1,2})?\s*(?:${OUTLET})?` +
    String.raw`|[A-Z][A-Za-z.'’-]+(?:[ ,]+[A-Z][A-Za-z.'’-]+)*,?(?: [A-Z][a-z]{2,8}\.? \d{1,2})?\s*${OUTLET}|${OUTLET})${DASH}`,
);

const FURNITURE: [string, RegExp][] = [
  ["dateline", DATELINE],
  [
    "byline",
    /^by [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}(?:(?:,| and) [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3})*\.?$/i,
  ],
  [
    "byline",
    /\b(staff|associated press|political|senior|national) (writer|correspondent|reporter)\b/i,
  ],
  [
    "tagline",
    /\b(contributed (to )?(this|the) (article|report|story)|reported from \w+|^(reporting|editing|additional reporting) by\b|^contributing:)/i,
  ],
  [
    "link line",
    /^(read (the rest|more|the full)|click here|related:|see also:|watch( the)? .{0,30}(here|above|below)|more:|follow .{0,60}(twitter|facebook|@))/i,
  ],
  [
    "credit",
    /(getty images|ap photo|\bphoto:|photograph:|image:|image caption|\/reuters\b|\bvia getty\b)/i,
  ],
  ["live-blog time", /^\d{1,2}[:.]\d{2}\s*([ap]\.?m\.?)?\s*(e[sd]?t)?\.?$/i],
  ["label", /^([A-Z ]{3,30}\.?|_{2,}\.?|\(?[Uu]ndated\)?\.?)$/],
  ["place line", /^[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)*, [A-Z][A-Za-z.]+\.?$/],
  ["markup", /<[a-z]+[ >]|\{[^}]*:[^}]*\}/i],
];

/** "The Latest on … (all times EST):", "Video Transcript:": it introduces what follows, and is not the article's first sentence. */
const INTRODUCTION = /:["”’']?$/;

export function furnitureOf(sentence: string): string | undefined {
  const s = sentence.trim();
  for (const [kind, re] of FURNITURE) if (re.test(s)) return kind;
  return undefined;
}

const LEANS_BACK =
  /^(?:["“‘'`]*)(he|she|it|they|his|her|its|their|them|him|this|that|these|those|there|both|such|but|and|or|so|yet|also|however|meanwhile|still|instead|moreover|furthermore|nevertheless|nonetheless|besides|then|thus|therefore|otherwise|in addition|as a result|even so|by contrast|in contrast|the (two|three|four|five|six|seven|eight|nine|ten|latter|former|same)\b)\b(?!-)/i;
/**
 * Openings the pattern above takes but that point back to nothing: existential "there" ("There
 * is no …"), an "it" standing for the clause after it ("It is not clear whether …"), the time of
 * writing ("This week, …", "This year's …"), "So far".
 */
const NOT_BACK =
  /^(?:["“‘'`]*)(?:it(?:'s|’s| is| was| has been| had been| will be| would be| remains| seems| appears)(?: not)?(?: \w+)? (?:that|whether)\b|there(?:'s|’s| (?:is|are|was|were|has been|have been|had been|will be|would be|may be|might be|could be|seems?|appears?)\b)|(?:this|that|these|those) (?:day|week|weekend|month|year|quarter|season|spring|summer|autumn|fall|winter|morning|afternoon|evening|night|time)s?(?:'s|’s)?\b|so far\b)/i;

/**
 * A pronoun subject after an opening phrase set off by a comma ("In 2004, he …", "Known until
 * last month as Acme, it …"), unless the phrase may name whom the pronoun stands for (a
 * capitalised word past its first) and is not a participial phrase (whose subject is the pronoun's).
 */
const AFTER_OPENING_PHRASE = /^([^,"“”()]{3,80}), (?:he|she|it|they)\b(.*)$/i;

/** A sentence that reads wrong without the one before it. */
export function leansBack(sentence: string): boolean {
  const s = sentence.trim();
  if (LEANS_BACK.test(s)) return !NOT_BACK.test(s);
  const m = AFTER_OPENING_PHRASE.exec(s);
  if (!m || NOT_BACK.test(s.slice(m[1]!.length + 2))) return false;
  const [first, ...rest] = m[1]!.split(" ");
  return /^[A-Za-z]{2,}(?:ed|ing|wn)$/.test(first!) || !rest.some((w) => /^[A-Z]/.test(w));
}

/**
 * A sentence that is quotation without its speaker: it closes a quotation opened in an earlier
 * sentence, or opens one that it does not close (unless `next`, the summary's next sentence,
 * closes it and names the speaker: "“…. …,” said Ann Reyes."), or is all quotation, or names
 * its speaker only by a pronoun ("…," he said).
 */
export function bareQuote(sentence: string, next?: string): boolean {
  const shape = quoteShape(sentence);
  if (shape.closesEarlier) return true;
  if (!/^["“]/.test(shape.text)) return false;
  if (shape.depth > 0) {
    const closing = next === undefined ? undefined : quoteShape(next);
    return !closing?.closesEarlier || !namesSpeaker(closing.outside);
  }
  return !namesSpeaker(shape.outside);
}

const namesSpeaker = (outside: string) =>
  (outside.match(/[A-Za-z]+/g) ?? []).length >= 2 &&
  !/^\W*(he|she|they|it|we|i)\s+\w+/i.test(outside);

/** The quotation marks of a sentence: the text outside them (after a quotation closed from before, the text after it), and how many stay open. */
function quoteShape(sentence: string): {
  text: string;
  closesEarlier: boolean;
  depth: number;
  outside: string;
} {
  const s = sentence.trim().replace(/``|''/g, '"');
  let depth = 0;
  let outside = "";
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    const straightOpens = ch === '"' && (i === 0 || /[\s(—–-]/.test(s[i - 1]!));
    if (ch === "“" || straightOpens) depth++;
    else if (ch === "”" || ch === '"') {
      if (depth === 0) return { text: s, closesEarlier: true, depth: 0, outside: s.slice(i + 1) };
      depth--;
    } else if (depth === 0) outside += ch;
  }
  return { text: s, closesEarlier: false, depth, outside };
}

/** The gender of the pronoun a sentence opens with ("He added …", "Her plan …"), of the subject after an opening phrase ("In 2004, he …") or of its quotation's speaker ("“…,” she said."). */
function pronounGender(sentence: string): Gender | undefined {
  const s = sentence.trim().replace(/``|''/g, '"');
  const m =
    /^["“‘'`]*(he|his|him|she|her)\b/i.exec(s) ??
    /[”"]\s*,?\s*(he|she)\s+[a-z]+/i.exec(s) ??
    /^[^,"“”()]{1,80}, (he|she)\b/i.exec(s);
  if (!m) return undefined;
  return /^(he|his|him)$/i.test(m[1]!) ? "m" : "f";
}

/** The article's people (compromise's `people()`), by surname, with the gender their names show. */
function peopleOf(sentences: readonly string[]): Map<string, Gender | undefined> {
  const people = new Map<string, Gender | undefined>();
  for (const phrase of nlp(sentences.join(" ")).people().out("array") as string[]) {
    const name = personName(phrase);
    if (!name) continue;
    const g = genderOf(name, phrase);
    const known = people.get(name.surname);
    people.set(name.surname, people.has(name.surname) && known !== g ? (known ?? g) : g);
  }
  return people;
}

/** The first of the article's people a sentence names whose gender may be the pronoun's. */
function firstPerson(
  sentence: string,
  gender: Gender,
  people: Map<string, Gender | undefined>,
): string | undefined {
  for (const word of sentence.match(/\p{Lu}[\p{L}'’-]+/gu) ?? []) {
    const surname = word
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/['’]s?$/, "");
    if (people.has(surname) && (people.get(surname) ?? gender) === gender) return surname;
  }
  return undefined;
}

/**
 * A pronoun sentence that reads right after the summary sentence before it: that sentence names
 * first (of the people the pronoun may stand for) the person the article's nearest sentence
 * naming anyone before the pronoun names first — the reader takes the pronoun for the same
 * person as the article's reader does.
 */
function pronounFindsPerson(
  sentences: readonly string[],
  picked: readonly number[],
  i: number,
  people: () => Map<string, Gender | undefined>,
): boolean {
  const gender = pronounGender(sentences[i]!);
  const before = picked[picked.indexOf(i) - 1];
  if (!gender || before === undefined) return false;
  const read = firstPerson(sentences[before]!, gender, people());
  if (!read) return false;
  for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
    const meant = firstPerson(sentences[k]!, gender, people());
    if (meant) return meant === read;
  }
  return false;
}

/**
 * The summary sentences (indexes, in article order) that come without the sentence before them
 * and are not pronoun sentences right after a summary sentence naming their person.
 */
export function withoutTheirAntecedent(
  texts: readonly string[],
  picked: readonly number[],
): number[] {
  const chosen = new Set(picked);
  let people: Map<string, Gender | undefined> | undefined;
  const findsPerson = (i: number) =>
    pronounFindsPerson(texts, picked, i, () => (people ??= peopleOf(texts)));
  return picked.filter((i) => i > 0 && !chosen.has(i - 1) && !findsPerson(i));
}

function defaultSummary(analysis: Analysis): number[] {
  return summaryIndexes(analysis, defaultLength(analysis.sentences.length));
}

/** The title, when the file has no headline and the title is a line of the story, not a few words of its start. */
function storyTakenAsTitle(analysis: Analysis, text: string): string | undefined {
  const title = analysis.article.title;
  if (title.endsWith("…") || !normal(text).includes(normal(title))) return undefined;
  const kept = analysis.article.paragraphs.some((p) => normal(p).includes(normal(title)));
  return kept ? undefined : title;
}

function check(c: NewsCase): Checked {
  const file = `/corpus/${c.id}.txt`;
  const analysis = analyse(articleFromBytes("/corpus", file, Buffer.from(c.text), 0));
  const picked = defaultSummary(analysis);
  const sentences = analysis.sentences;
  const summary = picked.map((i) => sentences[i]!.text);
  const first = sentences.find(
    (s) =>
      !furnitureOf(s.text) &&
      !INTRODUCTION.test(s.text.trim()) &&
      !repeatsHeadline(s.text, c.headline),
  );
  const chosen = new Set(picked);
  const danglingAt = withoutTheirAntecedent(
    sentences.map((s) => s.text),
    picked,
  );
  return {
    c,
    summary,
    firstRepeatsHeadline: summary.length > 0 && repeatsHeadline(summary[0]!, c.headline),
    anyRepeatsHeadline: summary.some((s) => repeatsHeadline(s, c.headline)),
    keepsFirst: first === undefined || chosen.has(first.index),
    first: first?.text,
    furniture: summary.filter((s) => furnitureOf(s)),
    danglingFirst: danglingAt.includes(picked[0]!) && leansBack(sentences[picked[0]!]!.text),
    dangling: danglingAt.map((i) => sentences[i]!.text).filter(leansBack),
    bareQuote: danglingAt
      .filter((i) =>
        bareQuote(sentences[i]!.text, chosen.has(i + 1) ? sentences[i + 1]!.text : undefined),
      )
      .map((i) => sentences[i]!.text),
    storyAsTitle: c.headline ? undefined : storyTakenAsTitle(analysis, c.text),
  };
}

function printChecks(
  label: string,
  results: Checked[],
  samples: number,
  headlineOnly = false,
): void {
  const n = results.length;
  const count = (f: (r: Checked) => boolean) => ratio(results.filter(f).length, n);
  console.log(`  ${label} (${n} articles)`);
  console.log(
    `    headline repeated: as summary sentence 1 ${count((r) => r.firstRepeatsHeadline)}, anywhere ${count((r) => r.anyRepeatsHeadline)}`,
  );
  if (headlineOnly) {
    if (samples)
      for (const r of results.filter((x) => x.anyRepeatsHeadline).slice(0, samples))
        console.log(`      ${clip(`${r.c.id}: ${r.c.headline}`)}`);
    return;
  }
  console.log(`    article's first sentence kept: ${count((r) => r.keepsFirst)}`);
  const untitled = results.filter((r) => !r.c.headline);
  if (untitled.length)
    console.log(
      `    files without a headline whose opening the bot took as the title: ${ratio(untitled.filter((r) => r.storyAsTitle).length, untitled.length)}`,
    );
  console.log(
    `    summaries with furniture (dateline, byline, credit, link line…): ${count((r) => r.furniture.length > 0)}`,
  );
  console.log(
    `    opening with a pronoun or connective without the sentence before: summary sentence 1 ${count((r) => r.danglingFirst)}, any ${count((r) => r.dangling.length > 0)}`,
  );
  console.log(
    `    a quote without its speaker (and without the sentence before): ${count((r) => r.bareQuote.length > 0)}`,
  );
  if (!samples) return;
  const show = (what: string, items: string[]) => {
    if (!items.length) return;
    console.log(`    — ${what}:`);
    for (const s of spread(items, samples)) console.log(`      ${clip(s)}`);
  };
  show(
    "headline repeats",
    results.filter((r) => r.anyRepeatsHeadline).map((r) => `${r.c.id}: ${r.c.headline}`),
  );
  show(
    "first sentence dropped",
    results.filter((r) => !r.keepsFirst).map((r) => `${r.c.id}: ${r.first ?? ""}`),
  );
  show(
    "story taken as the title",
    results.flatMap((r) => (r.storyAsTitle ? [`${r.c.id}: ${r.storyAsTitle}`] : [])),
  );
  show(
    "furniture",
    results.flatMap((r) => r.furniture.map((s) => `${r.c.id}: [${furnitureOf(s)}] ${s}`)),
  );
  show(
    "leaning back",
    results.flatMap((r) => r.dangling.map((s) => `${r.c.id}: ${s}`)),
  );
  show(
    "bare quotes",
    results.flatMap((r) => r.bareQuote.map((s) => `${r.c.id}: ${s}`)),
  );
}

function polnearCases(): { file: NewsCase[]; frontMatter: NewsCase[] } {
  const articles = readFileSync(
    path.join(corpusPath("polnear-train"), "polnear_train.jsonl"),
    "utf8",
  )
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as PolnearArticle);
  const parts = splitIds(articles.map((a) => a.id));
  const file = articles.map((a) => ({
    id: a.id,
    part: parts.get(a.id)!,
    headline: a.title,
    text: a.doc,
  }));
  const frontMatter = articles.map((a) => ({
    id: a.id,
    part: parts.get(a.id)!,
    headline: a.title,
    text: articleText({ id: a.id, title: a.title, date: a.publication_date, body: a.doc }),
  }));
  return { file, frontMatter };
}

function timemlCases(): NewsCase[] {
  const docs = loadTimeml();
  const parts = timemlParts(docs);
  return docs.map((d) => ({
    id: d.id,
    part: parts.get(d)!,
    headline: d.title,
    text: d.title
      ? articleText({ id: d.id, title: d.title, date: d.dct.slice(0, 10), body: d.text })
      : `---\ndate: ${d.dct.slice(0, 10)}\n---\n${d.text}`,
  }));
}

export function runNewsSummaryChecks(): void {
  const samples = errorSamplesFromArgs();
  console.log(
    "\nDefault /summary (3–5 sentences) on news without human summaries (scripts/eval/summary-news.ts):",
  );
  const polnear = polnearCases();
  const timeml = timemlCases();
  for (const part of partsFromArgs()) {
    console.log(
      `\n${part === "tune" ? "tune part (4 articles in 5)" : "held-out part (every 5th article)"}`,
    );
    const mine = (cases: NewsCase[]) => cases.filter((c) => c.part === part);
    printChecks(
      "polnear-train, text file (headline as first line)",
      mine(polnear.file).map(check),
      samples,
    );
    printChecks(
      "polnear-train, headline in front matter and repeated in the text",
      mine(polnear.frontMatter).map(check),
      samples,
      true,
    );
    printChecks("timeml (TimeBank + AQUAINT)", mine(timeml).map(check), samples);
  }
}
