/**
 * The ranked sentence search behind most answers: BM25 over the sentences, re-ranked by how
 * much of the question each sentence covers, and the threshold an answer must reach.
 */
import type { Analysis, Sentence } from "../../model/analysis.js";
import type { SearchHit } from "../../search/index-data.js";
import type { FlagName } from "../../search/sentence-flags.js";
import { tuning, type AskContext } from "./core.js";
import { buildQuery, coverage, searchTerms, textStems, type Query } from "./terms.js";
import { BEYOND_ASCII, isStopWord, words } from "../../nlp/tokens.js";
import { lemma } from "../../nlp/lexicon/irregular-verbs.js";
import { isWordAs } from "../../nlp/lexicon/wordnet.js";
import { processTerm } from "../../search/terms.js";
import { namedAsSubject, onlyQuoted } from "./fit.js";
import { askedValue, valueFit, type AskedValue } from "./value-check.js";
import { weights } from "./weights.js";

export interface RankedHit extends SearchHit {
  /** Share of the question's weight the sentence covers (with its title and the sentence before it as context). */
  coverage: number;
  /** Coverage with the kind's preferences and a little BM25 to break ties. */
  rank: number;
}

/**
 * Credit of the sentence before when it ends the paragraph before (measured on the question
 * sets: 0.3–0.6 gain the same on polnear tune, 0.5 most MRR).
 * Now weights.crossCredit (weights.ts).
 */

const titles = new WeakMap<Analysis, Set<string>>();

/** Stems of an article's title (its words count a little for every sentence). */
function titleStems(analysis: Analysis): Set<string> {
  let t = titles.get(analysis);
  if (!t) {
    t = textStems(analysis.article.title);
    titles.set(analysis, t);
  }
  return t;
}

/**
 * BM25 over the sentences (one article or all), re-ranked by how much of the question each
 * sentence covers. A sentence right after a hit in the same paragraph is a candidate too
 * ("Edwards kept Idowu off top spot. But he believes … the 26-year-old …"): what it lacks may
 * come from the sentence before it and the title, at part weight. `prefer` multiplies a
 * sentence's BM25 score (e.g. sentences with numbers for "how many"); `bonus` adds to its rank.
 *
 * A pronoun or description the analysis resolved counts as the name it stands for: the index's
 * entities field holds the names of every entity a sentence mentions, and the terms it matched
 * there join the sentence's own stems (`matched`). Tried and dropped (s15-context, question
 * eval; no blind line moved in any variant): those names added to every candidate's stems, also
 * the next-sentence candidates' (no answer changed); the next sentence of the paragraph as a third
 * context at 0.25 or 0.4 (dev: probe-14 +1, kinds −1 and kinds-2 −1, honest refusals 232 → 231:
 * a "why" sentence got the asked name from the quote after it, a figure sentence the asked day
 * from an unrelated one), also with the sentence before each hit as a candidate (the same);
 * title, sentence before and sentence after summed into one context instead of the best single
 * one (fresh-3 −1, kinds −2, kinds-2 −1, honest 232 → 229).
 */
export function rankedSentences(
  ctx: AskContext,
  query: Query,
  options: {
    prefer?: Partial<Record<FlagName, number>>;
    bonus?: (a: Analysis, s: Sentence) => number;
    limit?: number;
    articleId?: string;
    /** Also every sentence with this flag in the articles found (e.g. ages for "how old is X"). */
    withFlag?: number;
  } = {},
): RankedHit[] {
  if (!query.groups.length) return [];
  const hits = ctx.index.search(searchTerms(query, ctx.index), {
    articleId: options.articleId ?? ctx.only?.article.id,
    limit: options.limit ?? 30,
    prefer: options.prefer,
    fields: ["text", "entities"],
  });
  const key = (h: SearchHit) => `${h.analysis.article.id}#${h.sentence.index}`;
  const byKey = new Map(hits.map((h) => [key(h), h]));
  const candidates: SearchHit[] = [...hits];
  // The newest article's sentences that share a word with the question, found or not by the
  // search over thousands (see `recency`).
  const latest =
    !ctx.only && !options.articleId && ctx.library.size > 1 ? ctx.library.latest() : undefined;
  if (latest) {
    const members = query.groups.flatMap((g) => [...g.members.keys()]);
    for (const sentence of latest.sentences) {
      const stems = textStems(sentence.text);
      const k = `${latest.article.id}#${sentence.index}`;
      if (!byKey.has(k) && members.some((m) => stems.has(m))) {
        const c: SearchHit = { analysis: latest, sentence, score: 0, matched: [] };
        byKey.set(k, c);
        candidates.push(c);
      }
    }
  }
  if (options.withFlag) {
    const articles = [...new Set(hits.slice(0, 10).map((h) => h.analysis))].slice(0, 3);
    for (const a of articles) {
      for (const sentence of a.sentences) {
        const k = `${a.article.id}#${sentence.index}`;
        if (!byKey.has(k) && ctx.index.flagsOf(a.article.id, sentence.index) & options.withFlag) {
          const c: SearchHit = { analysis: a, sentence, score: 0, matched: [] };
          byKey.set(k, c);
          candidates.push(c);
        }
      }
    }
  }
  if (!candidates.length) return [];
  const top = hits[0]?.score || 1;
  for (const h of hits.slice(0, 12)) {
    // The next sentence, also across a paragraph break ("… refugees. ¶ “We get about 3,000 a year,” he said.").
    const next = h.analysis.sentences[h.sentence.index + 1];
    if (next) {
      const k = `${h.analysis.article.id}#${next.index}`;
      if (!byKey.has(k)) {
        const c: SearchHit = { analysis: h.analysis, sentence: next, score: 0, matched: [] };
        byKey.set(k, c);
        candidates.push(c);
      }
    }
  }
  const doneVerbs = verbsAfterDid(ctx.question.words);
  const ranked = candidates.map((h): RankedHit => {
    const prev = h.analysis.sentences[h.sentence.index - 1];
    const direct = new Set(textStems(h.sentence.text));
    for (const t of h.matched) direct.add(t);
    const before = prev ? textStems(prev.text) : undefined;
    // The title frames every sentence a little more than the sentence before frames the next
    // (less when a paragraph break stands between them).
    const c = Math.max(
      coverage(query, direct, titleStems(h.analysis), weights.titleCredit),
      before
        ? coverage(
            query,
            direct,
            before,
            prev!.para === h.sentence.para ? weights.prevCredit : weights.crossCredit,
          )
        : 0,
    );
    const rank =
      c +
      weights.bm25 * (h.score / top) +
      weights.sameForm * sameForm(query, h.sentence.text, doneVerbs) +
      (options.bonus?.(h.analysis, h.sentence) ?? 0) +
      recency(ctx, h.analysis);
    return { ...h, coverage: c, rank };
  });
  ranked.sort((a, b) => b.rank - a.rank);
  // "Why" asks for a cause, which the sentence that restates the question with its doer lacks
  // and a quote often gives ("… because …," she said): the kind ranks causes itself (why.ts).
  if (ctx.parsed.kind === "why") return ranked;
  const value =
    ctx.parsed.kind === "count"
      ? askedValue(ctx.question.text, ctx.parsed.focus, query)
      : undefined;
  return reRanked(query, ranked, ctx.question.words, value);
}

/** How many of the best sentences are re-ranked by how well they answer (fit.ts). */
const FIT_TOP = 10;
/**
 * Rank added to a sentence that tells of the person the question names as its doer (fit.ts
 * namedAsSubject), and taken from one that writes the question's words only inside quotation
 * marks (onlyQuoted, a share of the question's weight). Measured on the question eval (s14-rank):
 * 0.05 and 0.1 raise MRR on the dev and tune sets alike; 0.1 for the subject loses a polnear
 * held-out question that 0.05 keeps; the quoted-aside penalty at 0.1 gains one held-out question,
 * at 0.2 loses two dev ones (quotes do hold answers: a nickname, a name someone was called).
 * Not for "why": on a probe of 931 reader questions on 235 unasked articles, the four answers
 * the re-rank made worse were all "why" questions (a restatement of the question by its doer
 * put above a cause, or a speaker's own reason in a quote put below one).
 * Now weights.subject, weights.quotedOnly (weights.ts).
 */
/**
 * Rank added to a sentence that ties a sum or a share of the asked type to the asked holder in
 * its clause (value-check.ts). Measured on the question eval (s15-check): 0.1 raises kinds MRR
 * .921 → .933 and moves no accuracy line; for counts of a noun it cost a blind question.
 * Now weights.value (weights.ts).
 */

/**
 * The best few sentences re-ranked by how well each answers the question (fit.ts); the rest
 * keep their order below them.
 */
function reRanked(
  query: Query,
  ranked: RankedHit[],
  questionWords: readonly string[],
  value?: AskedValue,
): RankedHit[] {
  const top = ranked.slice(0, FIT_TOP);
  for (const h of top)
    h.rank +=
      (namedAsSubject(h.analysis, questionWords, h.sentence) ? weights.subject : 0) -
      weights.quotedOnly * onlyQuoted(query, h.sentence.text) +
      (value ? weights.value * valueFit(value, h.sentence, h.analysis) : 0);
  return [...top.sort((a, b) => b.rank - a.rank), ...ranked.slice(FIT_TOP)];
}

/**
 * Credit of writing the question's inflected words as the question does: "who subpoenaed Elian"
 * prefers "Ray subpoenaed Elian" to "Elian held the subpoena" (one stem, another word class).
 * A tie-breaker, smaller than any coverage step.
 * Now weights.sameForm (weights.ts).
 */

/**
 * Share of the question's weight in inflected words ("subpoenaed", "cuts") the sentence writes
 * as asked; a verb asked after "did" ("did Lee endorse Ray") counts in a past form ("endorsed").
 */
export function sameForm(
  query: Query,
  text: string,
  didVerbs: ReadonlySet<string> = new Set(),
): number {
  if (query.total <= 0) return 0;
  if (!mayWriteAsAsked(query, text, didVerbs)) return 0;
  const written = words(text);
  const asWritten = new Set(written);
  let share = 0;
  for (const g of query.groups) {
    const inflected = g.word !== g.stem && g.word.length > g.stem.length && asWritten.has(g.word);
    const past =
      didVerbs.has(g.word) &&
      written.some((w) => w !== g.word && isPastForm(w) && processTerm(w) === g.stem);
    if (inflected || past) share += g.weight;
  }
  return share / query.total;
}

/**
 * False when `sameForm` is 0 for sure, found without splitting the text into words: no verb
 * asked after "did", and no inflected asked word inside a plain ASCII text (`words` of such a
 * text are pieces of it in lower case; a text with other letters is always split).
 */
function mayWriteAsAsked(query: Query, text: string, didVerbs: ReadonlySet<string>): boolean {
  if (query.groups.some((g) => didVerbs.has(g.word))) return true;
  const inflected = query.groups.filter((g) => g.word !== g.stem && g.word.length > g.stem.length);
  if (inflected.length === 0) return false;
  if (BEYOND_ASCII.test(text)) return true;
  const lower = text.toLowerCase();
  return inflected.some((g) => lower.includes(g.word));
}

/** A past form: irregular ("won") or regular ("endorsed"). */
function isPastForm(w: string): boolean {
  return lemma(w) !== w || /ed$/.test(w);
}

/** The first verb after "did" in a question ("on which show did Lee *endorse* Ray"). */
function verbsAfterDid(question: readonly string[]): Set<string> {
  const at = question.indexOf("did");
  const verb =
    at < 0 ? undefined : question.slice(at + 1).find((w) => !isStopWord(w) && isWordAs(w, "verb"));
  return new Set(verb ? [verb] : []);
}

/**
 * With several articles loaded, a question that names nothing in particular is most likely
 * about what was just published: the newest article's sentences get a little extra.
 */
export function recency(ctx: AskContext, analysis: Analysis): number {
  if (ctx.library.size <= 1) return 0;
  const n = ctx.library.numberOf(analysis.article.id) ?? Infinity;
  return n === 1 ? 0.1 : n <= 5 ? 0.03 : 0;
}

/** The query for a question's words, minus words that only say what kind of question it is. */
export function queryFor(
  ctx: AskContext,
  text: string,
  drop: string[] = [],
  light: string[] = [],
): Query {
  const words = text
    .split(" ")
    .filter(Boolean)
    .flatMap((w) => compoundParts(w, ctx.index) ?? [w]);
  return buildQuery(words, ctx.index, drop, light, ctx.question.acronyms);
}

const ONLY_LOWER = /^\p{Ll}+$/u;

/**
 * A closed compound the articles write open ("superbowl" for "Super Bowl", "healthcare" for
 * "health care"): a word no article uses, no typo of one, that splits into two words of three
 * letters or more that the articles use (the longer first part wins). Undefined otherwise.
 */
export function compoundParts(
  word: string,
  index: Pick<AskContext["index"], "knows" | "correct">,
): [string, string] | undefined {
  if (word.length < 7 || !ONLY_LOWER.test(word) || index.knows(word) || index.correct(word))
    return undefined;
  for (let cut = word.length - 3; cut >= 3; cut--) {
    const [a, b] = [word.slice(0, cut), word.slice(cut)];
    if (!isStopWord(a) && !isStopWord(b) && index.knows(a) && index.knows(b)) return [a, b];
  }
  return undefined;
}

/**
 * Items from ranked sentences: the first must reach the threshold; the rest stay near the
 * best — nearer unless `direct(hit)` says the sentence holds the kind of answer asked for
 * (a date for "when", a place for "where"), which may cover less of the question.
 */
export function confidentHits(
  hits: RankedHit[],
  direct: (h: RankedHit) => boolean = () => false,
  max = 9,
  threshold = tuning.threshold,
): RankedHit[] {
  const best = hits[0];
  if (!best || best.coverage < threshold) return [];
  const floor = Math.max(threshold * weights.floorOfThreshold, best.coverage * weights.floorOfBest);
  const directFloor = Math.max(
    threshold * weights.directFloorOfThreshold,
    best.coverage * weights.directFloorOfBest,
  );
  return hits
    .filter((h) => h.coverage >= floor || (h.coverage >= directFloor && direct(h)))
    .slice(0, max);
}
