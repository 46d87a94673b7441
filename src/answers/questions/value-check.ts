/**
 * Whether a sentence gives the amount a question asks for OF THE THING ASKED ABOUT: "How much
 * is the grant?" is answered by "The grant, worth £200,000, …", not by "… will save £1.3m a
 * year", which holds a sum of money but of another thing. English ties an amount to its holder
 * within its clause ("the grant, worth £1.3m", "Acme's revenue rose 5% to $2bn", "The town
 * spent 18 million yen a year to keep the school open"); a semicolon, a dash, a bracket or a
 * contrast ("while", "but", "compared with") starts another holder's clause.
 *
 * `askedValue` reads the question once (money or a share asked, and the words of its holder);
 * `valueFit` is 1 when a sentence writes a value of that type within REACH words of a holder
 * word in the same clause, else 0. The re-rank (ranking.ts reRanked) adds it to the few best
 * sentences, and the count kind (kinds/count.ts) lets a sentence so tied answer though its
 * figure is not written as the asked noun ("spent" for "cost").
 *
 * `figureOfOther` is the other half (s16-count): a figure is ANOTHER place's when the question
 * asks of a place the sentence does not speak of and another place of its kind, or the whole
 * it lies in (WordNet: instance-of kinds and part holonyms), stands in the figure's clause —
 * "Arrivals from China rose to 1.2 million" does not say how many came from Japan. The count
 * kind then refuses that sentence's figure.
 *
 * Measured and not kept (s15-check, question eval): a count of a noun ("how many workers":
 * "500 staff", WordNet kinds of the noun within three hypernym steps) — +1 for the asked noun
 * after the number cost a blind question (fresh-10 29 → 28), −1 for a number counting another
 * noun moved nothing; −1 for an amount not tied to the holder put value-less sentences above
 * one that gave the share asked; refusing when the best sentence's values are all another
 * noun's cost eleven dev and blind questions (compound nouns, "call centres", read as another
 * thing).
 */
import type { Analysis, Entity, Sentence } from "../../model/analysis.js";
import { LEX_FILE, placeRelation, nounFileNumbers, nounKinds } from "../../nlp/lexicon/wordnet.js";
import { isStopWord, words } from "../../nlp/tokens.js";
import { isCalendarWord } from "../../nlp/lexicon/calendar.js";
import { processTerm } from "../../search/terms.js";
import { CASH, CURRENCY_BEFORE_FIGURE } from "../../nlp/lexicon/currencies.js";
import { MONEY_ASKED, asksPercent, isShareFigure } from "./units.js";
import { NUMBER_WORDS } from "../../search/sentence-flags.js";
import type { Query } from "./terms.js";

/** The value a question asks for (an amount of money or a share) and the stems of its holder's words. */
export interface AskedValue {
  type: "money" | "percent";
  holder: ReadonlySet<string>;
}

/** Question words that say only what is asked, never whose it is. */
const FRAME =
  /^(?:how|many|much|what|which|number|amount|total|percentage|percent|proportion|share|did|does|do|is|are|was|were|will|has|have|had)$/;

/**
 * What value a question asks for, from its lower-case text and its counted noun (`focus`, from
 * the count kind's parse), and the stems of the words of its holder (the query's words, less
 * those that only frame the question or say when). Undefined for other questions (counts of
 * things), and for ages, spans of time and rates, which their kinds check themselves.
 */
export function askedValue(
  question: string,
  focus: string | undefined,
  query: Query,
): AskedValue | undefined {
  if (/\bhow (?:old|long|far|often|soon)\b/.test(question)) return undefined;
  if (focus && /^(?:rates?|share)$/.test(focus)) return undefined;
  const holder = new Set<string>();
  for (const g of query.groups)
    if (!FRAME.test(g.word) && !MONEY_ASKED.test(g.word) && !isTimeWord(g.word))
      for (const m of g.members.keys()) holder.add(m);
  if (asksPercent(question)) return holder.size ? { type: "percent", holder } : undefined;
  if (/\bhow much\b/.test(question) && (MONEY_ASKED.test(question) || namesMoney(query)))
    return holder.size ? { type: "money", holder } : undefined;
  return undefined;
}

/** WordNet's lexicographer file of nouns of time (noun.time, lexnames(5WN)). */
const TIME_FILE = 28;

/**
 * A word that says when, not whose ("quarter", "year", "Monday"): its commonest noun sense is
 * one of time, or it is a calendar word.
 */
function isTimeWord(word: string): boolean {
  return isCalendarWord(word) || nounFileNumbers(word)[0] === TIME_FILE;
}

/** A word of the question whose commonest sense WordNet files under possessions ("grant", "loan", "bill"). */
function namesMoney(query: Query): boolean {
  return query.groups.some((g) => nounKinds(g.word)[0] === "possession");
}

/**
 * A figure: digits (with a currency sign or abbreviation before — nlp/lexicon/currencies.ts —
 * and a scale or "%" after), or a number in words (search/sentence-flags.ts NUMBER_WORDS).
 */
const FIGURE = new RegExp(
  String.raw`(?:(?:${CURRENCY_BEFORE_FIGURE})?\d[\d,.]*\d|(?:${CURRENCY_BEFORE_FIGURE})?\d|\b(?:${NUMBER_WORDS})\b)(?:[\s-]*(?:%|per ?cent\b|percent\b|bn\b|m\b|k\b|million\b|billion\b|trillion\b|thousand\b|hundred\b))?`,
  "giu",
);

const WORD = /[\p{L}][\p{L}'’-]*|[;:()—–]|\d[\d,.]*/gu;

/** Where a clause ends inside a sentence: a semicolon, a colon, a dash, a bracket, a contrast. */
const BOUNDARY = /^(?:[;:()—–]|while|whereas|but|although|though|compared|against|versus)$/;

/** How many words a holder may stand from a figure in its clause. */
const REACH = 8;

interface Token {
  word: string;
  at: number;
  end: number;
}

function tokens(text: string): Token[] {
  return [...text.matchAll(WORD)].map((m) => ({
    word: m[0].toLowerCase(),
    at: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
  }));
}

/** A year standing alone ("in 2019"), not a figure of anything. */
const YEAR = /^(?:1[89]|20)\d\d$/;

/** 1 when the sentence writes a value of the asked type tied to the asked holder (in its clause), else 0. */
export function valueFit(asked: AskedValue, sentence: Sentence, analysis?: Analysis): number {
  const text = sentence.text;
  const toks = tokens(text);
  const dated = (analysis?.dates ?? [])
    .filter((d) => d.sentence === sentence.index)
    .map((d) => d.stated);
  for (const m of text.matchAll(FIGURE)) {
    const figure = m[0];
    const at = m.index ?? 0;
    const end = at + figure.length;
    if (YEAR.test(figure) || dated.some((d) => d.includes(figure.trim()))) continue;
    if (figureKind(figure, text.slice(end, end + 12)) !== asked.type) continue;
    const i = toks.findIndex((t) => t.end > at);
    const j = toks.findIndex((t) => t.at >= end);
    if (holderNear(toks, i, j, (w) => asked.holder.has(processTerm(w) ?? w))) return 1;
  }
  return 0;
}

/** What a figure measures: money (a currency beside it), a share ("%", "per cent", "two thirds"), or a count. */
function figureKind(figure: string, after: string): "money" | "percent" | "count" {
  if (isShareFigure(figure, after)) return "percent";
  if (CASH.test(figure) || CASH.test(/^\s*\S+/.exec(after)?.[0] ?? "")) return "money";
  return "count";
}

/** Whether a word of the holder stands within REACH words of the figure at tokens i..j, in its clause. */
function holderNear(
  toks: Token[],
  i: number,
  j: number,
  isHolder: (w: string) => boolean,
): boolean {
  const start = i < 0 ? toks.length : i;
  const stop = j < 0 ? toks.length : j;
  for (let k = start - 1, n = 0; k >= 0 && n < REACH; k--, n++) {
    const w = toks[k]!.word;
    if (BOUNDARY.test(w)) break;
    if (isHolder(w)) return true;
  }
  for (let k = stop, n = 0; k < toks.length && n < REACH; k++, n++) {
    const w = toks[k]!.word;
    if (BOUNDARY.test(w)) break;
    if (isHolder(w)) return true;
  }
  return false;
}

/** A place the question asks about: its words, and the article's place entities it names. */
export interface AskedPlace {
  words: string[];
  entities: ReadonlySet<Entity>;
}

/**
 * The places a value question asks about, anywhere in it ("how many tourists came from
 * *Japan*"): runs of words the question capitalises (no function, frame or calendar word) that
 * name a place of the article, or — a name the article does not know — whose commonest WordNet
 * sense is a place ("Korea"; a people's name, "British", is none).
 */
export function askedPlaces(
  rest: string,
  capitalised: ReadonlySet<string>,
  analysis: Analysis,
): AskedPlace[] {
  const runs: string[][] = [];
  let run: string[] = [];
  for (const w of words(rest)) {
    if (capitalised.has(w) && !isStopWord(w) && !FRAME.test(w) && !isCalendarWord(w)) run.push(w);
    else if (run.length) {
      runs.push(run);
      run = [];
    }
  }
  if (run.length) runs.push(run);
  const out: AskedPlace[] = [];
  for (const ws of runs) {
    const named = analysis.entities.filter((e) => {
      const own = new Set(e.aliases.concat(e.name).flatMap((a) => words(a)));
      return ws.every((w) => own.has(w));
    });
    const places = new Set(named.filter((e) => e.kind === "place"));
    if (places.size || (!named.length && nounFileNumbers(ws.at(-1)!)[0] === LEX_FILE.nounLocation))
      out.push({ words: ws, entities: places });
  }
  return out;
}

/** How WordNet relates a place the sentence names to an asked place (nlp/lexicon/wordnet.ts). */
const relation = (asked: AskedPlace, other: Entity) =>
  placeRelation(asked.words.join(" "), other.name);

/** A place that speaks of the asked one: another name of it, or a place in it. */
const inside = (asked: AskedPlace, other: Entity) => {
  const r = relation(asked, other);
  return r === "same" || r === "part";
};

/** A place whose figures are not the asked one's: another of its kind, or the whole it lies in. */
const outside = (asked: AskedPlace, other: Entity) => {
  const r = relation(asked, other);
  return r === "alternative" || r === "whole";
};

/**
 * Whether a sentence speaks of an asked place: a mention the analysis gave it; all its words in
 * a row, or for a one-word name a word sharing the first four letters of a longer one
 * ("Japanese" for Japan); or a place the sentence names that WordNet files as another name of
 * it ("the U.S." for the United States) or a place in it ("Nairobi" for Kenya).
 */
function writesPlace(
  place: AskedPlace,
  sentence: Sentence,
  said: readonly string[],
  analysis: Analysis,
): boolean {
  if ([...place.entities].some((e) => e.mentions.includes(sentence.index))) return true;
  const ws = place.words;
  if (
    ws.length > 1
      ? said.some((_, i) => ws.every((w, k) => said[i + k] === w))
      : said.includes(ws[0]!)
  )
    return true;
  const stem = ws[0]!.slice(0, 4);
  if (ws.length === 1 && ws[0]!.length >= 5 && said.some((s) => s.startsWith(stem))) return true;
  return analysis.entities.some(
    (e) => e.kind === "place" && e.mentions.includes(sentence.index) && inside(place, e),
  );
}

/**
 * True when the figure at [at, end) of the sentence is ANOTHER place's than the one asked about:
 * the sentence speaks of no asked place (writesPlace), and within the figure's clause (REACH
 * words either side, up to a clause boundary) stands a place WordNet files as another of the
 * asked place's kind or as the whole it lies in — "Arrivals from China rose to 1.2 million"
 * for "how many tourists came from Japan", "70 deaths in England and Wales" for Birmingham.
 *
 * Measured and not kept (s16-count, question eval): the same contrast for people and
 * organisations ("Trump and Kasich both get 16 percent" for Cruz) cost a blind question
 * (fresh-9 26 → 25); a demotion of such sentences in the re-rank (0.1) moved no line.
 */
export function figureOfOther(
  places: readonly AskedPlace[],
  sentence: Sentence,
  analysis: Analysis,
  at: number,
  end: number,
): boolean {
  if (!places.length) return false;
  const said = words(sentence.text);
  if (places.some((p) => writesPlace(p, sentence, said, analysis))) return false;
  const asked = new Set(places.flatMap((p) => [...p.entities]));
  const toks = tokens(sentence.text);
  const i = toks.findIndex((t) => t.end > at);
  const j = toks.findIndex((t) => t.at >= end);
  const clause = new Set<string>();
  for (let k = (i < 0 ? toks.length : i) - 1, n = 0; k >= 0 && n < REACH; k--, n++) {
    if (BOUNDARY.test(toks[k]!.word)) break;
    clause.add(toks[k]!.word);
  }
  for (let k = j < 0 ? toks.length : j, n = 0; k < toks.length && n < REACH; k++, n++) {
    if (BOUNDARY.test(toks[k]!.word)) break;
    clause.add(toks[k]!.word);
  }
  const inClause = (e: Entity) =>
    [e.name, ...e.aliases].some((a) => {
      const ws = words(a).filter((w) => !isStopWord(w));
      return ws.length > 0 && ws.length <= 3 && ws.every((w) => clause.has(w));
    });
  return analysis.entities.some(
    (e) =>
      e.kind === "place" &&
      !asked.has(e) &&
      e.mentions.includes(sentence.index) &&
      inClause(e) &&
      places.some((p) => outside(p, e)),
  );
}
