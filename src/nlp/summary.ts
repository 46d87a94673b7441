import type { Sentence, SummaryPeople } from "../model/analysis.js";
import { isBoilerplate, isClosingHeading } from "./boilerplate.js";
import { introducesList, leaning, type Leaning } from "./cohesion.js";
import { casedWords, isStopWord, terms } from "./tokens.js";
import { push, similarPairs, type Neighbour } from "./similar-pairs.js";
import { PersonThread } from "./person-thread.js";
import { ScoreHeap } from "./score-heap.js";

/**
 * Extractive summary ranking.
 *
 * Each sentence is scored by its centrality: the sum of its cosine similarities (term counts
 * of its content terms, stemmed, stop words out) with every other sentence of the article,
 * times its length to a small power — a sentence that states what the rest of the article keeps
 * coming back to ranks high, whatever its position, and of two such sentences the fuller one.
 * The article's first summary-worthy sentence is always taken first (news puts the gist there).
 * Sentences are then taken greedily, each one's score discounted by its overlap with those
 * already taken (redundancy removal), so near-duplicates fall down the ranking, and a sentence
 * that says again what a taken one says (every content term of one in the other: a deck line
 * and the body sentence that repeats it with a clause more) is not taken at all; a sentence that
 * leans on its neighbour (a pronoun, a connective, a quotation without its speaker:
 * nlp/cohesion.ts; a line in the first or second person outside quotation marks, a transcript's, unless
 * the article opens in it; the answer to a question the writer asks) comes only with it — except that a pronoun, or a quotation whose speaker is a
 * pronoun, standing for a person may come without it right after a summary sentence that names
 * that person first among the people of the pronoun's gender (nlp/person-thread.ts). Page
 * furniture (nlp/boilerplate.ts, headings, introductions ending with a colon, a reporter's
 * sign-off) is ranked last.
 * An analysis ranks only the first RANKED_AHEAD sentences; the rest are ranked when a longer
 * summary asks for them (`rankingFor`), the same ranking.
 *
 * Tuned on BBC business, entertainment and sport against human summaries
 * (scripts/eval/summary.ts); checked on politics and tech and, for what a reader would never
 * write, on US news (scripts/eval/summary-news.ts). What the reader's rules cost there, ROUGE-1
 * at the human summaries' length (business+entertainment / sport): taking each sentence only
 * with what it leans on, −1.6 / +2.1 (the human summaries do not mind a dangling "But …"; it is
 * kept for the reader); the lead first, −0.3 / −2.3 (one human summary in five leaves it out);
 * the person thread, redundancy removal and the length power are within ±0.4 there. Why the
 * human-length figure on politics and tech (78.7) trails TextRank stemmed (81.5), measured in
 * session 13 by switching each off: the reader's rules — without the units (each sentence alone)
 * 81.7, without the lead first as well and with no redundancy or length power 81.5, as TextRank;
 * of the units, connectives cost about 0.8, pronouns 1.0 and quotations without their speaker
 * 1.1 (the human summaries take "It lost 464,000 subscribers …" and "However, …" alone). Tried and
 * left out (no gain on both halves): PageRank (d = 0.85) instead of summed cosines, a position
 * prior, a bonus for the headline's terms, TextRank's original overlap similarity, Lin–Bilmes
 * coverage instead of redundancy removal, scoring a unit by the mean of its sentences. Measured in
 * session 18 on the tuning halves (R1 business+entertainment / sport, at the human length and at
 * the default length; today 83.5/71.0 and 84.1/73.6), none rising or holding on both halves at both
 * lengths: the length power 0.5 (82.7/71.4, 83.2/74.0) or 0.15, or 0.5 only in articles of 20
 * sentences or more; the power on all words instead of content terms (0.1: 83.5/71.5, 83.8/74.1);
 * redundancy 0.3 or 0.7, its floor 0.25; the unit power 0.3 or 0.8, units of 2 or 4 sentences;
 * a position decay; a bonus for figures, for capitalised words, for overlap with the lead; a
 * discount for sentences opening with a quotation (0.15: 83.4/71.2, 82.7/72.7); short or long
 * sentence discounts; word pairs beside the words in the similarity (a gain only at weight 0.25,
 * none at 0.15, a loss at 0.35: noise); WordNet-and-GloVe related words (nlp/lexicon/related-words-data.ts)
 * as weaker shared terms (0.3: 83.0/70.4, 81.9/72.6); a sentence taken only to carry the next one
 * (what it leans on) left out when the length cuts the two apart (84.0/70.0, 81.4/72.4). A default
 * length of one in three sentences instead of one in four raises the tuning margins over TextRank
 * (+5.8/+7.3 → +8.5/+11.1) but lowers the held-out one (+1.99 → +0.70): not taken.
 */
export interface RankOptions {
  /** Length exponent: score = centrality × (content terms)^p. */
  lengthPower: number;
  /** How much the overlap with already chosen sentences discounts a score (0..1). */
  redundancy: number;
  /** Overlap (term-set cosine) below which a chosen sentence does not discount another. */
  redundancyFloor: number;
  /** Sentences with fewer words are ranked last. */
  minWords: number;
  /** A sentence that needs more sentences than this to be read on its own is ranked last. */
  maxUnit: number;
  /** A sentence that brings k sentences along is worth its score / (k + 1)^unitPower. */
  unitPower: number;
}

export const DEFAULT_RANK_OPTIONS: RankOptions = {
  lengthPower: 0.3,
  redundancy: 0.5,
  redundancyFloor: 0.35,
  minWords: 5,
  maxUnit: 3,
  unitPower: 0.5,
};

/**
 * Whom the article's sentences speak of (analysis/person-links.ts), by sentence index: `named`,
 * the people a sentence names (by name or description); `meant`, the person a sentence's
 * opening pronoun or its unnamed quotation stands for ("He added …", "“…,” she said.").
 */
export interface PersonLinks {
  named: Map<number, string[]>;
  meant: Map<number, string>;
  /** Each person's gender, as the pronouns standing for them give it. */
  gender?: Map<string, "m" | "f">;
}

const NO_LINKS: PersonLinks = { named: new Map(), meant: new Map() };

/**
 * How many sentences an analysis ranks ahead (analysis/analyse.ts): the longest default summary
 * (5) and one "Longer summary" step (3). A longer summary ranks the rest when asked
 * (`rankingFor`); the first part of a ranking does not depend on how much of it is made.
 */
export const RANKED_AHEAD = 8;

/**
 * Returns every sentence index, best summary sentence first — or, given a `limit`, only the
 * first part of that ranking, at least `limit` sentences long. With the article's person links,
 * a sentence that leans back only for a person (nlp/cohesion.ts) may come without the sentence
 * before it right after a summary sentence that names that person (nlp/person-thread.ts).
 */
export function rankSentences(
  sentences: Sentence[],
  options: Partial<RankOptions> = {},
  people: PersonLinks = NO_LINKS,
  limit = Infinity,
  title = "",
): number[] {
  const o = { ...DEFAULT_RANK_OPTIONS, ...options };
  const n = sentences.length;
  if (n <= 1) return sentences.map((s) => s.index);

  const tokens = sentences.map((s) => terms(s.text));
  const sets = tokens.map((t) => new Set(t));
  const df = new Map<string, number>();
  for (const set of sets) for (const t of set) df.set(t, (df.get(t) ?? 0) + 1);

  const readable = readableSentences(sentences, title, (i) => tokens[i]!.length > 0);
  const summaryWorthy = sentences.map((s, i) => readable[i]! && !isIntroduction(s.text));
  const first = summaryWorthy.indexOf(true);
  const pool = sentences
    .map((_, i) => i)
    .filter(
      (i) =>
        summaryWorthy[i] &&
        wordCount(sentences[i]!.text) >= o.minWords &&
        (i === first || !asksQuestion(sentences[i]!.text)),
    );
  if (pool.length === 0) {
    // Only very short sentences: the same scoring over all of them; nothing to score at all: article order.
    if (o.minWords > 0)
      return rankSentences(sentences, { ...o, minWords: 0 }, people, limit, title);
    return sentences.map((s) => s.index);
  }

  const centre = centrality(tokens);
  // Every sentence keeps a small positive base so the order stays defined when nothing overlaps.
  const score = centre.map(
    (c, i) => (readable[i] ? c * Math.pow(tokens[i]!.length, o.lengthPower) : 0) + 1e-6 * (n - i),
  );
  const units = sentenceUnits(sentences, readable, o.maxUnit, people);
  // The lead, however short ("America is conflicted."), unless it is furniture.
  const lead = sentences.findIndex((_, i) => summaryWorthy[i] && units.full[i] !== undefined);
  const order = greedyOrder(lead, pool, units, score, sets, df, o, limit).map(
    (i) => sentences[i]!.index,
  );
  if (order.length >= limit) return order;
  // The rest in article order, those that cannot be read with their neighbours ("against
  // Olympiakos on Wednesday." after a lost line) after every other.
  const placed = new Set(order);
  const rest = sentences.map((s) => s.index).filter((i) => !placed.has(i));
  const readAlone = rest.filter((i) => units.full[i] !== undefined);
  return [...order, ...readAlone, ...rest.filter((i) => units.full[i] === undefined)];
}

/**
 * Which sentences a summary may show: not page furniture (nlp/boilerplate.ts), a heading, a
 * reporter's sign-off, the headline again, a sentence without content words, or the exact repeat of an earlier sentence
 * (pull quotes, doubled captions count as seen once).
 */
function readableSentences(
  sentences: Sentence[],
  title: string,
  hasContent: (i: number) => boolean,
): boolean[] {
  const readable = readability(sentences, title, hasContent);
  return sentences.map((_, i) => readable(i));
}

/**
 * `readableSentences` one sentence at a time, for the few a summary picks: the per-sentence
 * checks (boilerplate, heading, headline) run only for the sentences asked about.
 */
function readability(
  sentences: Sentence[],
  title: string,
  hasContent: (i: number) => boolean,
): (i: number) => boolean {
  const paragraphSize = new Map<number, number>();
  const keys = sentences.map((s) => s.text.toLowerCase().replace(/\s+/g, " "));
  const firstWithText = new Map<string, number>();
  sentences.forEach((s, i) => {
    paragraphSize.set(s.para, (paragraphSize.get(s.para) ?? 0) + 1);
    if (!firstWithText.has(keys[i]!)) firstWithText.set(keys[i]!, i);
  });
  const headline = comparableTitle(titleOfItsOwn(title, sentences));
  const closing = closingSections(sentences, paragraphSize);
  const bio = writersNote(sentences);
  return (i) => {
    const s = sentences[i]!;
    return (
      firstWithText.get(keys[i]!) === i &&
      !closing.has(s.para) &&
      s.para !== bio &&
      hasContent(i) &&
      !isBoilerplate(s.text) &&
      !isHeading(s.text, paragraphSize.get(s.para) === 1) &&
      !isSignOff(s.text) &&
      !isNameList(s.text) &&
      !NAME_ALONE.test(s.text.trim()) &&
      !(NOTES_LABEL.test(s.text) && s.para !== sentences[0]!.para) &&
      !HAND_OFF.test(s.text.trim()) &&
      !repeatsTitle(s.text, headline)
    );
  };
}

/**
 * The picked sentences a summary shows: those a summary may show at all (`readableSentences`),
 * except that an introduction ending with a colon ("From a report by Ann Reyes:") comes when,
 * and only when, the sentence it introduces is shown. A short article's summary may reach past
 * the ranked sentences to the furniture ranked last; it is left out.
 */
export function shownSentences(sentences: Sentence[], picked: number[], title: string): number[] {
  const chosen = new Set(picked);
  const readable = readability(
    sentences,
    title,
    (i) => !chosen.has(i) || terms(sentences[i]!.text).length > 0,
  );
  const shown = new Set<number>();
  const first = sentences.findIndex((_, i) => readable(i) && !isIntroduction(sentences[i]!.text));
  for (const i of [...picked].sort((a, b) => b - a)) {
    const text = sentences[i]!.text;
    const ok = isIntroduction(text)
      ? shown.has(i + 1) && !isBoilerplate(text)
      : readable(i) &&
        (i === first ||
          shown.has(i + 1) ||
          (!leadsOn(sentences, i) && !leavesQuotationOpen(sentences, i)));
    if (ok) shown.add(i);
  }
  return picked.filter((i) => shown.has(i));
}

/**
 * A sentence that opens a quotation and leaves it open ("Ann Reyes said: “The bridge is not
 * safe.") shown without the next sentence, which goes on with it: a summary's length cut the
 * two apart, and its words would hang unclosed. (A quotation that runs to its paragraph's end
 * without a closing mark, as news marks one going on in the next paragraph, is the same.)
 */
function leavesQuotationOpen(sentences: Sentence[], i: number): boolean {
  return i + 1 < sentences.length && leaning(sentences[i]!.text).forward;
}

/**
 * A sentence the ranking takes only ahead of one that leans on it — a question ("Were there
 * personal attacks?"), or a line too short to stand as a summary sentence ("Yes.") before one
 * that leans back ("But the debate was about banks.") — which a summary's length may cut off
 * from it: shown alone, it is left out.
 */
function leadsOn(sentences: Sentence[], i: number): boolean {
  const text = sentences[i]!.text;
  if (asksQuestion(text)) return true;
  if (wordCount(text) >= DEFAULT_RANK_OPTIONS.minWords || i + 1 >= sentences.length) return false;
  const next = leaning(sentences[i + 1]!.text);
  return next.back || next.firstOrSecondPerson === true;
}

/**
 * Each sentence's summed cosine similarity (term counts) with every other sentence, in one
 * pass: the sum over j of v_i·v_j/(|v_i||v_j|) is v_i·S/|v_i| with S the sum of the unit
 * vectors, less the sentence's own 1.
 */
function centrality(tokens: string[][]): number[] {
  const vectors = tokens.map((ts) => {
    const v = new Map<string, number>();
    for (const t of ts) v.set(t, (v.get(t) ?? 0) + 1);
    return v;
  });
  const norms = vectors.map((v) => Math.hypot(...v.values()));
  const sum = new Map<string, number>();
  vectors.forEach((v, i) => {
    for (const [t, x] of v) sum.set(t, (sum.get(t) ?? 0) + x / norms[i]!);
  });
  return vectors.map((v, i) => {
    if (!norms[i]) return 0;
    let dot = 0;
    for (const [t, x] of v) dot += x * sum.get(t)!;
    return Math.max(0, dot / norms[i]! - 1);
  });
}

/**
 * The paragraphs after a closing section's heading ("About Halvern Biotech", "About the author",
 * "Notes to editors": nlp/boilerplate.ts `isClosingHeading`) after two paragraphs of story at
 * least: the article's back matter, the note on who sent the page or wrote it and what follows it (a press
 * release's forward-looking statements, its contacts). The content layer cuts such a section
 * from the article's last blocks (content/parse.ts); one followed by more stays for the dates
 * and quotes it holds, and is no summary's.
 */
const STORY_BEFORE_CLOSING = 2;

/**
 * The paragraph a column or a comment piece closes with on its writer ("Rachel Ames is a
 * transport writer and a former councillor. Her book … is published by Verso."): the last
 * paragraph, opening with a name and "is a / is the …", of a person the article names nowhere
 * else. News introduces a person where the story needs them, and names them again.
 */
function writersNote(sentences: Sentence[]): number | undefined {
  const last = sentences[sentences.length - 1]?.para;
  const opening = sentences.find((s) => s.para === last);
  const name = opening && WRITER_NOTE.exec(opening.text)?.[1]?.split(/\s+/);
  if (!name || opening.index === 0 || isStopWord(name[0]!)) return undefined;
  const surname = name[name.length - 1]!;
  const namedElsewhere = sentences.some(
    (s) => s.para !== last && s.text.split(NOT_A_NAME_LETTER).includes(surname),
  );
  return namedElsewhere ? undefined : last;
}

const NOT_A_NAME_LETTER = /[^\p{L}'’.-]+/u;
/** A name of two to four capitalised words, then "is a", "is an", "is the". */
const WRITER_NOTE = /^(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}),?\s+is\s+(?:a|an|the)\s/u;

function closingSections(sentences: Sentence[], paragraphSize: Map<number, number>): Set<number> {
  const paras = [...paragraphSize.keys()];
  const from = sentences.find(
    (s) =>
      paras.indexOf(s.para) >= STORY_BEFORE_CLOSING &&
      paragraphSize.get(s.para) === 1 &&
      isClosingHeading(s.text),
  );
  return new Set(from ? paras.slice(paras.indexOf(from.para)) : []);
}

/**
 * A heading rather than a sentence: a paragraph of one sentence with no final punctuation (an
 * introduction ending with a colon, "Here's what happened overnight:", "Ashby said:", is none: it
 * comes with what it introduces), a
 * line in capitals ("BEFORE YOU GO."), or a subhead in capitals run into its paragraph
 * ("SANDERS LEADS IN NEW HAMPSHIRE - The poll …"; four capitalised words or more, so that a
 * dateline such as "NEW YORK -" is not one).
 */
function isHeading(text: string, wholeParagraph: boolean): boolean {
  const t = text.trim();
  if (wholeParagraph && ((!/[.!?…]["”’')\]]*$/.test(t) && !isIntroduction(t)) || isTitleCase(t)))
    return true;
  if (TWO_CAPITALS.test(t) && !LOWER_CASE.test(t)) return true;
  return SUBHEAD.test(t);
}

/**
 * A reporter's sign-off, as broadcast news ends a report: a name, then where the reporter works
 * and from where ("Jane Doe, BBC News, Lisbon."): short parts set off by commas, each opening
 * with a capital, the first a name of two or three capitalised words, and no more.
 */
function isSignOff(text: string): boolean {
  const parts = text
    .trim()
    .replace(/[.!]$/, "")
    .split(/\s*,\s*/);
  if (parts.length < 2 || parts.length > 4) return false;
  const words = parts.map((p) => p.split(/\s+/).filter(Boolean));
  if (words.some((w) => w.length === 0 || w.length > 3 || !CAPITAL_FIRST.test(w[0]!))) return false;
  const name = words[0]!;
  return name.length >= 2 && name.every((w) => CAPITAL_FIRST.test(w));
}

/**
 * A list of names, as a match report ends ("Westbrook: Quinn, Barnes, Okoro (Osei 78), Price,
 * Lyle.", "Goals: Reyes 41 pen, Osei 90+2."): items set off by commas, each one to three
 * capitalised words with at most a number or a bracket after them; two items or more after a
 * label, five without one. No sentence of prose: it has no verb.
 */
/** A name alone ("Ken White.", "Minneapolis.", "@jroe."), as a reader's comment or a caption is signed: no sentence of news. */
const NAME_ALONE = /^[—–-]?\s*@?\p{Lu}?[\p{L}\p{N}'’._-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}[.!]?$/u;
/**
 * Notes set apart under a label ("Notes: Reyes has hit safely in 12 straight games ... Attendance
 * was 31,204.", "Editor's note: …"), as wire sport reports and pages close: loose facts or a
 * word about the page, never the story's gist; the label would show as if it were the sentence's.
 * In the article's first paragraph such a note may be all the lead there is, and is kept as the
 * lead is (a held-out polnear article lost its first sentence to it).
 */
const NOTES_LABEL = /^\W*(?:(?:editor['’]s\s+)?notes?|NOTES?|EDITOR['’]S\s+NOTES?)\s*:/iu;
/**
 * A broadcast's hand-off to its reporter ("NPR's Elaine Corey has more from San Francisco.",
 * "ABC's Lisa Stark has more.", "WXTV's Dan Roe reports."): the outlet's reporter, then only that
 * the report follows — a transcript's furniture, saying nothing of the story.
 */
const HAND_OFF =
  /^\p{Lu}[\p{L}\p{N}&.-]*['’]s\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:has\s+(?:more|details|the\s+story|this\s+report)|reports)(?:\s+from\s+[^.!?]{1,50})?\.$/u;
const LIST_LABEL = /^[^:.!?]{1,40}:\s+/;
const NAME_ITEM =
  /^(?:and\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}(?:\s+\d[\d+'’]*(?:\s+pen)?)?(?:\s*\([^()]*\))?$/u;
function isNameList(text: string): boolean {
  const label = LIST_LABEL.exec(text);
  const items = text
    .slice(label?.[0].length ?? 0)
    .replace(/[.;]$/, "")
    .split(/\s*,\s*/);
  if (items.length >= (label ? 2 : 5) && items.every((item) => NAME_ITEM.test(item))) return true;
  // A scorecard or a results table after its label ("Scores: Jamaica 312 (D. Marshall 118, J.
  // Forbes 56; S. Blenman 5-88); Barbados 41-1."): names and figures, no word in lower case.
  if (!label) return false;
  const rest = text.slice(label[0].length);
  return (rest.match(FIGURE) ?? []).length >= 3 && !LOWER_CASE_WORD.test(rest);
}
const FIGURE = /\d+/g;
const LOWER_CASE_WORD = /(?<![\p{L}'’])\p{Ll}{3,}/u;

/**
 * Headline style ("GOP Candidates Reject The Idea Of A Wage Hike."), as a link to another story
 * is written: every word but the function words capitalised, four of them or more, and no longer
 * than a headline (a list of names is not one). English prose capitalises only names and the
 * first word, so a sentence has a verb or a noun in lower case.
 */
function isTitleCase(text: string): boolean {
  if (wordCount(text) > HEADLINE_WORDS) return false;
  let capitalised = 0;
  for (const w of casedWords(text)) {
    if (w.length < 2 || isStopWord(w) || !LETTER_FIRST.test(w)) continue; // "Don’t" gives "t"
    if (!CAPITAL_FIRST.test(w)) return false;
    capitalised++;
  }
  return capitalised >= 4;
}

// Patterns with \p{…} are made once here (tsx and esbuild make such a literal again at every call).
const TWO_CAPITALS = /\p{Lu}{2}/u;
const LETTER_FIRST = /^\p{L}/u;
/** Headlines run to about a dozen words (news style guides ask for fewer); more is a list. */
const HEADLINE_WORDS = 16;
const CAPITAL_FIRST = /^\p{Lu}/u;
const LOWER_CASE = /\p{Ll}/u;
const SUBHEAD = /^(?:[\p{Lu}\d][\p{Lu}\d'’.&-]*\s+){3,}[\p{Lu}\d][\p{Lu}\d'’.&-]*\s*[-—–:]\s/u;

/** A headline as `repeatsTitle` compares it, made once for all the sentences of an article. */
interface ComparableTitle {
  text: string;
  long: boolean;
}

function comparableTitle(title: string): ComparableTitle {
  const text = comparable(title);
  return { text, long: text.split(" ").length >= 4 };
}

/**
 * The headline again: the same words whatever the case and punctuation, or, for a headline of
 * four words or more, the headline and more, or its first words.
 */
function repeatsTitle(text: string, title: ComparableTitle): boolean {
  const t = title.text;
  if (!t) return false;
  const s = comparable(text);
  if (!s) return false;
  if (s === t) return true;
  return title.long && (s.startsWith(`${t} `) || t.startsWith(`${s} `));
}

/** The title, unless it is the text's own first words (a file without a headline): then "". */
function titleOfItsOwn(title: string, sentences: Sentence[]): string {
  const first = sentences.filter((s) => s.para === sentences[0]?.para).map((s) => s.text);
  return comparable(first.join(" ")).startsWith(comparable(title)) ? "" : title;
}

const comparable = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/**
 * A question the writer asks ("Who would have chosen a Trump college?", "Should funding be
 * cut?"), or an interviewer's line in a Q&A ("Q: …"): it raises what the sentences after it
 * answer, and a summary states what the article says. Only the article's first sentence may be one (the lead is kept). A question inside
 * quotation marks is someone's words, reported.
 */
function asksQuestion(text: string): boolean {
  if (INTERVIEW_QUESTION.test(text)) return true;
  const outside = text.replace(/“[^”]*(?:”|$)|"[^"]*(?:"|$)|(?:``|'').*?(?:''|$)/g, " ");
  return /\?[\s)\]’']*$/.test(outside);
}

/** An interviewer's line in a Q&A ("Q: You have said the port will reopen."), whatever its punctuation. */
const INTERVIEW_QUESTION = /^(?:Q|QUESTION)\s*[:.]\s/;

/** An introduction ending with a colon (a live blog's "The Latest on …:", "He said:"): it leads to what follows. */
function isIntroduction(text: string): boolean {
  return /:["”’']?$/.test(text.trim());
}

interface Units {
  /** The sentences that must come with each one so it reads on its own, in article order. */
  full: (number[] | undefined)[];
  /** For a sentence that leans back only for a person: the same without the sentence before it. */
  alone: (number[] | undefined)[];
  /** The person such a sentence's pronoun or unnamed quotation stands for. */
  person: (string | undefined)[];
  /** The people each sentence names, its subject first (nlp/person-thread.ts). */
  names: string[][];
  /** Each person's gender, when known. */
  gender: ReadonlyMap<string, "m" | "f">;
  /** What each sentence leans on (nlp/cohesion.ts `leaning`). */
  leans: Leaning[];
}

/**
 * For each sentence, the sentences that must come with it so it reads on its own (itself and
 * what it leans on, nlp/cohesion.ts), in article order; undefined when that takes more than
 * `maxUnit` sentences or leans on something unreadable. A sentence that leans back only for the
 * person its pronoun stands for ("She added …") also gets a unit without the sentence before,
 * good once the summary names that person (nlp/person-thread.ts).
 */

function sentenceUnits(
  sentences: Sentence[],
  readable: boolean[],
  maxUnit: number,
  people: PersonLinks,
): Units {
  const leans = sentences.map((s) => leaning(s.text));
  const person = sentences.map((s, i) =>
    leans[i]!.onPerson ? people.meant.get(s.index) : undefined,
  );
  // Whom each sentence brings to the reader's mind, its subject first: the one its opening pronoun
  // or quotation stands for, the people it names, the one a later pronoun stands for.
  const names = sentences.map((s, i) => {
    const named = people.named.get(s.index) ?? [];
    const meant = people.meant.get(s.index);
    const subject = person[i] === undefined ? [] : [person[i]];
    return [...new Set([...subject, ...named, ...(meant === undefined ? [] : [meant])])];
  });
  // A quotation left open whose closing sentence names the speaker needs nothing before it; a
  // line in the first or second person is a transcript's unless the article opens in it.
  const writtenInFirstPerson = leans[0]?.opensInFirstOrSecondPerson === true;
  const inside = insideQuotation(sentences, leans);
  const signposted = signpostedItems(sentences, leans);
  const transcript = transcriptLines(sentences, leans);
  const answers = answersQuestion(sentences);
  const leansBack = (j: number) =>
    answers[j] === true ||
    (leans[j]!.back &&
      !signposted[j] &&
      !(leans[j]!.speakerLater && leans[j + 1]?.namesSpeakerOfEarlier)) ||
    (leans[j]!.firstOrSecondPerson === true && !writtenInFirstPerson) ||
    inside[j] === true ||
    transcript[j] === true;
  const unit = (i: number, withOwnBack: boolean): number[] | undefined => {
    const members = new Set<number>([i]);
    const queue = [i];
    while (queue.length > 0) {
      const j = queue.pop()!;
      const back = leansBack(j) && (j !== i || withOwnBack);
      const needs = [...(back ? [j - 1] : []), ...(leans[j]!.forward ? [j + 1] : [])];
      for (const k of needs) {
        if (k < 0 || k >= sentences.length || members.has(k)) continue;
        if (!readable[k]) return undefined;
        // A list whose introducing line is lost (a page's list under a heading the text dropped)
        // would lean on whatever sentence came before it.
        if (
          k === j - 1 &&
          leans[j]!.listItem &&
          !leans[k]!.listItem &&
          !introducesList(sentences[k]!.text)
        )
          return undefined;
        members.add(k);
        queue.push(k);
      }
      if (members.size > maxUnit) return undefined;
    }
    return [...members].sort((a, b) => a - b);
  };
  const full = sentences.map((_, i) => unit(i, true));
  const alone = sentences.map((_, i) => (person[i] !== undefined ? unit(i, false) : undefined));
  return {
    full,
    alone,
    person,
    names,
    gender: people.gender ?? new Map(),
    leans,
  };
}

/**
 * The list items that read without their list's introduction: items that are sentences of their
 * own (nlp/cohesion.ts `itemReadsAlone`) under a signpost — an introduction that only points at
 * what follows ("Here's a summary of what happened overnight:", "Here are the main points:"), as
 * a live blog or a report sets out its key points. Under an introduction that says something of
 * its own ("The proposals include:", "The committee said ministers should:") the items are what
 * it says, and come with it.
 */
function signpostedItems(sentences: Sentence[], leans: Leaning[]): boolean[] {
  const out = sentences.map(() => false);
  let signpost = false;
  sentences.forEach((s, j) => {
    if (!leans[j]!.listItem) signpost = SIGNPOST.test(s.text.trim()) && introducesList(s.text);
    else out[j] = signpost && leans[j]!.itemReadsAlone === true;
  });
  return out;
}

/**
 * The lines of a Q&A whose answers are labelled with the interviewee's name ("Q: Why 18?" then
 * "Solheim: Because a quota is not only biology. It is people, boats …"): a paragraph opening
 * with a name and a colon right after a paragraph opening with an interviewer's "Q: …" is an
 * answer — every sentence of it leans on the one before, its first on the question, as with
 * "A: …" (nlp/cohesion.ts), and so does a paragraph after it without a label that speaks in the
 * first person (the answer run on); the sentences after a "Q: …" line in its paragraph ("You
 * chose 18. Why?") are the interviewer's still.
 */
function transcriptLines(sentences: Sentence[], leans: Leaning[]): boolean[] {
  const opening = new Map<number, string>();
  const firstPerson = new Set<number>();
  sentences.forEach((s, j) => {
    if (!opening.has(s.para)) opening.set(s.para, s.text);
    if (leans[j]!.firstOrSecondPerson || FIRST_PERSON_WORD.test(unquoted(s.text)))
      firstPerson.add(s.para);
  });
  const paras = [...opening.keys()];
  const answer = new Set<number>();
  paras.forEach((p, k) => {
    const text = opening.get(p)!;
    const before = opening.get(paras[k - 1]!) ?? "";
    if (k > 0 && SPEAKER_LABEL.test(text) && INTERVIEW_QUESTION.test(before)) answer.add(p);
    // An answer run over paragraphs: one without a label, in the interviewee's first person.
    else if (answer.has(paras[k - 1]!) && !INTERVIEW_QUESTION.test(text) && firstPerson.has(p))
      answer.add(p);
  });
  return sentences.map((s, j) => {
    if (j === 0) return false;
    if (answer.has(s.para)) return true;
    return sentences[j - 1]!.para === s.para && INTERVIEW_QUESTION.test(opening.get(s.para)!);
  });
}

/**
 * The sentences that answer a question the writer asks right before them ("Why does this keep
 * happening? Because new roads create new journeys.", an interview's "Why cut the quota now?" then
 * its answer's first sentence): an answer is read against its question, and is often no sentence
 * without it ("Because …", "Not yet.", "Yes, but only in winter."). A question after a question
 * ("Who pays? Who gains?") asks its own.
 */
function answersQuestion(sentences: Sentence[]): boolean[] {
  const asks = sentences.map((s) => asksQuestion(s.text));
  return sentences.map((_, j) => j > 0 && asks[j - 1]! && !asks[j]!);
}

/** "I", "I'm", "my", "we", "our" as words: the speaker's own first person. */
const FIRST_PERSON_WORD =
  /(?<![\p{L}'’])(?:I(?:['’](?:m|ve|ll|d))?|[Mm]y|[Ww]e|[Oo]ur|me)(?![\p{L}'’])/u;

/** The text outside double quotation marks. */
const unquoted = (text: string) => text.replace(/“[^”]*(?:”|$)|"[^"]*(?:"|$)/g, " ");

/** A speaker's name as a transcript labels a line: "Solheim: …", "Ingrid Solheim: …". */
const SPEAKER_LABEL = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}:\s/u;

/** An introduction that points at what follows: "Here's …:", "Here are …:", "Here is …:". */
const SIGNPOST = /^Here(?:['’]s|\s+(?:is|are)\b)/i;

/**
 * The sentences without a quotation mark of their own inside a quotation that an earlier sentence
 * of their paragraph left open ("“I got round in one piece. Now it's about going forward."):
 * words without a speaker, read only with the sentence before (which comes with what it needs;
 * leaning forward too would make a long quotation's first sentence, which names the speaker in
 * "Ann Reyes said: “…", unfit to take). Only a quotation that is closed later in the paragraph,
 * or goes on in the next paragraph's opening quotation mark (as news marks a quotation over
 * paragraphs), counts: a mark never closed tells nothing.
 */
function insideQuotation(sentences: Sentence[], leans: Leaning[]): boolean[] {
  const inside = sentences.map(() => false);
  const hasMark = sentences.map((s) => QUOTE_MARK.test(s.text));
  for (let j = 0; j < sentences.length; j++) {
    if (!leans[j]!.forward) continue;
    let k = j + 1;
    while (k < sentences.length && sentences[k]!.para === sentences[j]!.para && !hasMark[k]) k++;
    const next = sentences[k];
    const samePara = next?.para === sentences[j]!.para;
    const closed = samePara && leans[k]!.closesEarlier === true;
    const goesOn = next !== undefined && !samePara && /^\W*(?:["“]|``)/.test(next.text);
    if (closed || goesOn) for (let m = j + 1; m < k; m++) inside[m] = true;
  }
  return inside;
}

const QUOTE_MARK = /["“”]|``|''/;

/**
 * The greedy pick. The article's first summary-worthy sentence comes first (news puts the
 * gist there). Then each step takes the sentence of best score, discounted by its largest
 * overlap with the sentences already taken and by the number of sentences it must bring along
 * (its unit: itself and what it leans on, not taken yet); the unit's members come in article
 * order (after what a pronoun sentence it would cut from its person needs: `unitOf`). Only
 * overlaps above
 * `redundancyFloor` discount, so the pairs of sentences that overlap that much are found once
 * beforehand (`similarPairs`) and the best remaining unit comes from a heap whose stale
 * entries are re-scored when they surface: the same order as comparing every remaining
 * sentence with every one taken, in time that grows with the article rather than its square.
 */
function greedyOrder(
  lead: number,
  pool: number[],
  units: Units,
  score: number[],
  sets: Set<string>[],
  df: Map<string, number>,
  o: RankOptions,
  limit: number,
): number[] {
  const maxSim = new Map<number, number>();
  const taken = new Set<number>();
  const thread = new PersonThread(
    units.person.map((p, i) => (units.alone[i] ? p : undefined)),
    units.names,
    units.gender,
  );
  /**
   * The unit taken with i now, in the order to take it: i with or without the sentence before
   * it, in article order, after the antecedents of any pronoun sentence it would cut from its
   * person (so that no first part of the ranking has i without them).
   */
  const unitOf = (i: number): number[] | undefined => {
    const own = (thread.findsPerson(i) && units.alone[i]) || units.full[i];
    if (!own) return undefined;
    const cut = thread.cutOff(own.filter((m) => !taken.has(m)));
    if (cut.length === 0) return own;
    if (cut.some((d) => !units.full[d])) return undefined;
    const before = new Set(cut.flatMap((d) => units.full[d]!).filter((m) => !own.includes(m)));
    return [...[...before].sort((a, b) => a - b), ...own];
  };
  const discounted = (i: number): number => {
    const excess = Math.max(0, (maxSim.get(i) ?? 0) - o.redundancyFloor) / (1 - o.redundancyFloor);
    return score[i]! * (1 - o.redundancy * excess);
  };
  /** Sentences that say again what a taken one says, or that it says again (`oneHoldsTheOther`). */
  const repeats = new Set<number>();
  const value = (i: number): number => {
    const members = (unitOf(i) ?? []).filter((m) => !taken.has(m));
    if (members.length === 0 || members.some((m) => repeats.has(m))) return -Infinity;
    return discounted(i) / Math.pow(members.length, o.unitPower);
  };
  const inPool = new Set(pool);
  /** Who leans on a sentence: their units shrink when it is taken. */
  const dependents = new Map<number, number[]>();
  for (const i of pool) for (const m of units.full[i] ?? []) if (m !== i) push(dependents, m, i);

  const similar =
    o.redundancy > 0
      ? similarPairs(pool, sets, df, Math.max(0, o.redundancyFloor))
      : new Map<number, Neighbour[]>();
  const order: number[] = [];
  const heap = new ScoreHeap();
  const take = (i: number) => {
    const members = unitOf(i)!.filter((m) => !taken.has(m));
    const lifted: number[] = [];
    for (const m of members) {
      lifted.push(...thread.take(m, !taken.has(m - 1)));
      taken.add(m);
      order.push(m);
      for (const { i: other, sim } of similar.get(m) ?? []) {
        if (sim > (maxSim.get(other) ?? 0)) maxSim.set(other, sim);
        if (oneHoldsTheOther(sets[m]!, sets[other]!)) repeats.add(other);
      }
    }
    for (const m of members)
      for (const d of dependents.get(m) ?? []) if (!taken.has(d)) heap.push(d, value(d));
    for (const d of lifted) if (inPool.has(d) && !taken.has(d)) heap.push(d, value(d));
  };

  const candidates = pool.filter(
    (i) => units.full[i] !== undefined || units.alone[i] !== undefined,
  );
  if (lead >= 0) take(lead);
  for (const i of candidates) if (!taken.has(i)) heap.push(i, value(i));
  for (let top = heap.pop(); top && order.length < limit; top = heap.pop()) {
    if (taken.has(top.i)) continue;
    const now = value(top.i);
    if (now === -Infinity) continue;
    if (now < top.s - 1e-12) {
      heap.push(top.i, now); // discounted since it was pushed
      continue;
    }
    take(top.i);
  }
  return order;
}

/**
 * Whether every content term of one sentence is in the other: it says nothing the other does not
 * ("X said Y." and "X said Y on Friday, after Z.": a deck line and the body sentence that repeats it).
 */
function oneHoldsTheOther(a: Set<string>, b: Set<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const t of small) if (!large.has(t)) return false;
  return true;
}

/** What an analysis keeps for ranking the rest of its summary when asked (model/analysis.ts). */
export interface RankedAhead {
  article: { title: string };
  sentences: Sentence[];
  summaryRanking: number[];
  summaryPeople?: SummaryPeople;
}

/** A ranking with at least n sentences ranked: the analysis's own, or the whole ranking made now. */
export function rankingFor(analysis: RankedAhead, n: number): number[] {
  const ranking = analysis.summaryRanking;
  if (ranking.length >= Math.min(n, analysis.sentences.length)) return ranking;
  const people = personLinksFrom(analysis.summaryPeople);
  return rankSentences(analysis.sentences, {}, people, Infinity, analysis.article.title);
}

/** Person links as plain data, to keep in the analysis. */
export function plainPersonLinks(links: PersonLinks): SummaryPeople {
  return { named: [...links.named], meant: [...links.meant], gender: [...(links.gender ?? [])] };
}

function personLinksFrom(plain: SummaryPeople | undefined): PersonLinks {
  if (!plain) return NO_LINKS;
  return {
    named: new Map(plain.named),
    meant: new Map(plain.meant),
    gender: new Map(plain.gender),
  };
}

/**
 * The sentences a summary of n sentences shows, in article order: the first n of the ranking that
 * a summary may show (`shownSentences`), and, when some of them may not (a quotation left open
 * whose closing sentence the length cut off, furniture in a short article), the next ones of the
 * ranking in their place — each only when it reads where it lands: with every sentence it must
 * come with (`sentenceUnits`: what it leans on, a quotation it leaves open) already shown, and not
 * after a quotation its paragraph left open.
 */
export function summarySentences(analysis: RankedAhead, n: number): number[] {
  const { sentences } = analysis;
  const title = analysis.article.title;
  const want = Math.min(n, sentences.length);
  let shown = shownSentences(sentences, pickSummary(rankingFor(analysis, want), want), title);
  if (shown.length >= want) return shown;
  const ranking = rankingFor(analysis, sentences.length);
  const readable = readableSentences(sentences, title, (i) => terms(sentences[i]!.text).length > 0);
  const people = personLinksFrom(analysis.summaryPeople);
  const { full, leans } = sentenceUnits(sentences, readable, DEFAULT_RANK_OPTIONS.maxUnit, people);
  // A paragraph with a quotation left open may hold the speaker's words after it without marks
  // (a quotation whose closing mark the text lost): no stand-in from there.
  const openBefore = new Set<number>();
  sentences.forEach((s, i) => {
    const prev = sentences[i - 1];
    if (prev?.para === s.para && (openBefore.has(i - 1) || leans[i - 1]!.forward))
      openBefore.add(i);
  });
  for (const i of ranking.slice(want)) {
    if (shown.length >= want) break;
    const chosen = new Set(shown);
    if (openBefore.has(i) || !full[i]?.every((m) => m === i || chosen.has(m))) continue;
    // In article order, as the summary shows them ("¶2" after "¶4" read as a jumble).
    const next = shownSentences(
      sentences,
      [...shown, i].sort((a, b) => a - b),
      title,
    );
    if (next.length === shown.length + 1) shown = next;
  }
  return shown;
}

/** Picks the first n of a ranking and returns them in article order. */
export function pickSummary(ranking: number[], n: number): number[] {
  return ranking.slice(0, Math.max(0, n)).sort((a, b) => a - b);
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
