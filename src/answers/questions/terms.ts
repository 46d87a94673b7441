/**
 * A question's content words as a weighted query: each word is a group of stems that count
 * as it (the word, its typo correction, its related forms), weighted by IDF over the indexed
 * sentences. The share of that weight a sentence covers is the answer's confidence.
 */
import type { QueryTerm } from "../../search/index-data.js";
import type { SentenceIndex } from "../../search/sentence-index.js";
import { entryBytes, Lru, MB } from "../../util/lru.js";
import { NAME_JOINERS } from "../../nlp/lexicon/function-words.js";
import { acronymTerm, processTerm, processed } from "../../search/terms.js";
import { countryCodes } from "../../nlp/lexicon/countries.js";
import { commonness } from "../../nlp/lexicon/common-words.js";
import { FAR_WEIGHT, relatedWords, WORDNET_WEIGHT } from "./related.js";
import {
  dictionaryForms,
  isAdverb,
  isEnglishWord,
  isPhrasalVerb,
  nounSenses,
  commonSenseHolders,
  mostlyVerbOrAdjective,
} from "../../nlp/lexicon/wordnet.js";
import { abbreviationsOfTitle, isTitleWord } from "../../nlp/lexicon/titles.js";
import { isStopWord } from "../../nlp/tokens.js";

export interface TermGroup {
  /** The question's word, corrected when it was a typo. */
  word: string;
  stem: string;
  /** Stems that count as this word, with their weight (1 for the word itself). */
  members: Map<string, number>;
  /** How much the word matters (IDF; an unknown word weighs most). */
  weight: number;
  /** Some member is used by an indexed article. */
  known: boolean;
  /** Known only through a farther related word ("accuse" where the article says "allegation"). */
  onlyFar: boolean;
  /**
   * Members that are WordNet relatives of a word the articles use: they count in coverage but
   * are left out of the BM25 search, which sums its terms (measured on the question eval: at a
   * quarter of their weight in the search, a sentence writing both "endorsement" and "support"
   * outranked the answer to "when did X endorse Y" in two polnear tune questions; left out, no
   * rank drops).
   */
  quiet?: Set<string>;
}

export interface Query {
  groups: TermGroup[];
  /** Terms for the BM25 search (members of every group). */
  search: QueryTerm[];
  /** Sum of the group weights. */
  total: number;
}

/** Words that only frame a question ("tell me what happened in the article"). */
const QUESTION_WORDS = new Set(
  (
    "happen happened happening happens article articles story text news report piece mention mentioned mentions know tell " +
    "please anything something everything exactly actually really many much long often old far get got thing things kind sort " +
    "lot lots way ever also one ones take took taken place"
  ).split(" "),
);
/**
 * A WordNet synonym or farther relative of a word the articles use counts this share of its
 * usual weight: a sentence with the question's own word ranks above one with its synonym.
 * 0.5 and 0.8 gain the same questions (eval identical); on a 200-article probe of paraphrased
 * titles (old vs new), 0.8 let a loose synonym ("TV" ~ "video") carry two "why" questions over
 * the threshold to sentences without a reason, 0.5 does not.
 */
const USED_WORD_RELATIVE = 0.5;
/**
 * Share of its weight kept by a question word no article writes (nor any relative of it) that
 * WordNet lists mostly as a verb or adjective: an action or a judgement, which a reader words
 * freely ("how are younger voters *splitting*" where the article says "leading 66 percent to 27";
 * "why was the coach *unhappy*", "why is Putin *angry*"), while a thing the article never names
 * ("population", "World Cup") is more likely what the question asks and decides its refusal.
 * Measured (session 18, s18-words, with the rarer-sense links below): 0.5 and 0.3 gain the same
 * blind questions (per kind 241 → 243 of 320, fresh-13 32/40 and honest refusals 249/273
 * unchanged; dev 706 → 712/713, half A 210 → 212, half B 98 → 99, polnear held-out 58/70).
 */
const UNKNOWN_ACTION_WEIGHT = 0.5;
/** Longest query kept: the rarest words of a long question. */
const MAX_GROUPS = 12;

/**
 * `drop`: words that only say what kind of question it is. `light`: words that count only
 * when the articles use them (the kind of thing asked for: "which *newspaper* …").
 * `acronyms`: words the question wrote as acronyms ("US", "U.S."), terms even when stop words.
 */
/** Commonness (common-words.ts) from which a word is rare enough for saidOtherwise. */
const RARE = 0.8;

/**
 * An English word the articles write another way: WordNet knows it, and one of its synonyms or
 * related words (related.ts) is in the articles — "kids" where they say "children" is that, not
 * a typo of "kinds".
 */
function saidOtherwise(word: string, index: SentenceIndex): boolean {
  // A word most news uses ("last") has many loose relatives in WordNet ("close", "go"): not it.
  const t = processTerm(word);
  if (t === null || commonness(t) < RARE || !isEnglishWord(word)) return false;
  return relatedWords(word).some((r) => {
    const rt = r.acronym ? acronymTerm(r.word) : processTerm(r.word);
    return rt !== null && index.documentFrequency(rt) > 0;
  });
}

export function buildQuery(
  questionWords: string[],
  index: SentenceIndex,
  drop: Iterable<string> = [],
  light: Iterable<string> = [],
  acronyms: ReadonlySet<string> = new Set(),
): Query {
  const dropped = new Set([...QUESTION_WORDS, ...drop]);
  const lighter = new Set(light);
  const groups: TermGroup[] = [];
  const seen = new Set<string>();
  const codes = new Set(acronyms);
  // "CSTO" stands for the name the article spells out; "govt" for "government" (a word that
  // is neither a typo of one the articles use nor a common English word: an abbreviation).
  const phrasal = new Map<string, string>();
  const spelled = withArticleAcronyms(
    withPhrasalVerbs(questionWords, dropped, index, phrasal),
    index,
    codes,
  );
  const expanded = withCountryCodes(spelled, codes).flatMap((w) => {
    const stop = isStopWord(w) && !codes.has(w);
    if (w.length < 2 || dropped.has(w) || stop || index.knows(w) || index.correct(w)) return [w];
    const acronym = index.expandAcronym(w) ?? wordnetName(w, index);
    if (acronym) return acronym.toLowerCase().split(/\s+/);
    const t = processTerm(w);
    // An English word ("die") is not an abbreviation of a longer one ("directed").
    const short =
      t !== null && commonness(t) === 1 && !isEnglishWord(w)
        ? index.expandAbbreviation(w)
        : undefined;
    return [short ?? w];
  });
  for (const raw of expanded) {
    if (dropped.has(raw)) continue;
    let word = raw;
    const acronym = codes.has(raw);
    let t = acronym ? acronymTerm(raw) : processTerm(word);
    if (t === null) continue;
    let correction = 1;
    // "die" where the articles say "died": the stemmer cuts the two apart; a form the articles use.
    const form =
      index.knows(word) || acronym ? undefined : inflections(word).find((f) => index.knows(f));
    if (form) {
      word = form;
      t = processTerm(form) ?? t;
    } else if (!index.knows(word) && !acronym && !saidOtherwise(word, index)) {
      const fix = index.correct(word);
      if (fix) {
        word = fix.word;
        t = fix.stem;
        correction = 0.9;
      }
    }
    if (seen.has(t)) continue;
    seen.add(t);
    const members = new Map<string, number>([[t, correction]]);
    // "russian" → "russia": a shorter known form of the word.
    for (const cut of [1, 2]) {
      const shorter = processTerm(word.slice(0, -cut));
      if (
        word.length - cut >= 5 &&
        shorter &&
        shorter !== t &&
        index.documentFrequency(shorter) > 0 &&
        !members.has(shorter)
      ) {
        members.set(shorter, 0.8 * correction);
        break;
      }
    }
    // "championship" → "champion": a shorter stem the articles use (6+ letters).
    for (let cut = 1; cut <= 4 && t.length - cut >= 6; cut++) {
      const shorter = t.slice(0, -cut);
      if (index.documentFrequency(shorter) > 0 && !members.has(shorter)) {
        members.set(shorter, 0.7 * correction);
        break;
      }
    }
    // Agent nouns and their verbs: "scored" ~ "scorer", "winner" ~ "win".
    for (const form of [`${t}r`, `${t}er`, `${t}or`, t.replace(/(?:er|or|r)$/, "")]) {
      if (form !== t && form.length >= 3 && !members.has(form) && index.documentFrequency(form) > 0)
        members.set(form, 0.8 * correction);
    }
    // "governors" ~ "Gov. Nathan Deal": a title's abbreviation.
    const title = [word, word.replace(/s$/, "")].find((w) => isTitleWord(w));
    for (const a of title ? abbreviationsOfTitle(title) : []) {
      const at = processTerm(a);
      if (at && !members.has(at)) members.set(at, 0.9 * correction);
    }
    // WordNet's synonyms and farther relatives stand in for the word; where the articles use the
    // word itself too (a reader's "expansion" where one sentence says "expansion" and the one
    // asked about "enlargement") they weigh less, so that the article's own word still ranks first.
    // Only related words the articles use: an unused one would only be matched fuzzily
    // ("intersect", a sense of "crossing", is not "interstate").
    const far = new Set<string>();
    const quiet = new Set<string>();
    const used = index.documentFrequency(t) > 0;
    const lemma = phrasal.get(raw);
    for (const r of [...relatedWords(word), ...(lemma ? relatedWords(lemma) : [])]) {
      const rt = r.acronym ? acronymTerm(r.word) : processTerm(r.word);
      if (rt && !members.has(rt) && index.documentFrequency(rt) > 0) {
        const lighter = used && r.weight <= WORDNET_WEIGHT ? USED_WORD_RELATIVE : 1;
        members.set(rt, r.weight * lighter * correction);
        if (lighter < 1) quiet.add(rt);
        if (r.weight <= FAR_WEIGHT) far.add(rt);
      }
    }
    // A word no article writes may be a rarer sense of one they write in its commonest sense
    // ("passed" where the article says "died"): weighed as a synonym.
    if (!acronym && ![...members.keys()].some((m) => index.documentFrequency(m) > 0))
      for (const w of commonSenseHolders(word)) {
        // The stemmer cuts "die" from "died": the form the articles use.
        const form = index.knows(w) ? w : (inflections(w).find((f) => index.knows(f)) ?? w);
        const wt = processTerm(form);
        if (wt && !members.has(wt) && index.documentFrequency(wt) > 0)
          members.set(wt, WORDNET_WEIGHT * correction);
      }
    const usedMembers = [...members.keys()].filter((m) => index.documentFrequency(m) > 0);
    const known = usedMembers.length > 0;
    const onlyFar = known && usedMembers.every((m) => far.has(m));
    // A word the articles use weighs its own IDF; an unknown word with known related forms, theirs.
    const idfs = [...members.keys()]
      .filter((m) => index.documentFrequency(m) > 0)
      .map((m) => index.idf(m));
    const idf = index.documentFrequency(t) > 0 || !idfs.length ? index.idf(t) : Math.max(...idfs);
    // Common words ("think", "want", "year") weigh less than rare ones, known or not.
    // The kind of thing asked for ("which *newspaper*") counts only when the articles use the word.
    // An unknown common word is more likely a paraphrase than the point of the question: half weight.
    // An unknown word English uses mostly as a verb or adjective, less again (UNKNOWN_ACTION_WEIGHT).
    const common = commonness(t);
    const weight =
      idf *
      common *
      (lighter.has(raw) && !known ? 0.1 : 1) *
      (!known && common < 1 ? 0.5 : 1) *
      (!known && !acronym && mostlyVerbOrAdjective(word) ? UNKNOWN_ACTION_WEIGHT : 1);
    groups.push({
      word,
      stem: t,
      members,
      weight: Math.max(0.1, weight),
      known,
      onlyFar,
      ...(quiet.size ? { quiet } : {}),
    });
  }
  groups.sort((a, b) => b.weight - a.weight);
  const kept = groups.slice(0, MAX_GROUPS);
  const search: QueryTerm[] = [];
  for (const g of kept)
    for (const [term, w] of g.members) if (!g.quiet?.has(term)) search.push({ term, weight: w });
  return { groups: kept, search, total: kept.reduce((s, g) => s + g.weight, 0) };
}

/** Most words between a verb and its particle ("turn *the bid* down"). */
const PARTICLE_GAP = 2;

/**
 * A verb and its particle as the one verb WordNet lists ("turn the bid down" → "turn_down",
 * whose synonyms are "reject", "refuse", "decline"): the particle is an adverb WordNet knows,
 * right after the verb or up to PARTICLE_GAP words later, at the end or before a function word,
 * and the articles use one of the phrasal verb's synonyms. The particle is left out and the
 * verb's word counts the phrasal verb's relatives too (`phrasal`: verb → "turn_down"; the
 * article may write "turned down" itself). Not for a verb that only frames the question ("happened").
 */
function withPhrasalVerbs(
  questionWords: string[],
  dropped: ReadonlySet<string>,
  index: SentenceIndex,
  phrasal: Map<string, string>,
): string[] {
  const out = [...questionWords];
  for (let i = 0; i < out.length; i++) {
    const verb = out[i]!;
    if (!ONLY_LETTERS.test(verb) || isStopWord(verb) || dropped.has(verb)) continue;
    for (let j = i + 1; j < out.length && j <= i + 1 + PARTICLE_GAP; j++) {
      const particle = out[j]!;
      // A particle ends the question or comes before a function word ("turn down the offer");
      // before a content word it is a preposition ("happened on Monday", "stood for election").
      const next = out[j + 1];
      if (!isAdverb(particle) || (next !== undefined && !isStopWord(next))) continue;
      const lemma = dictionaryForms(verb)
        .map((base) => `${base}_${particle}`)
        .find((l) => isPhrasalVerb(l) && saidOtherwise(l, index));
      if (!lemma) continue;
      phrasal.set(verb, lemma);
      out.splice(j, 1);
      break;
    }
  }
  return out;
}

/**
 * A name the question writes out that the articles write only as its initials: "federal bureau
 * of investigation" where the article says "FBI" becomes that acronym (added to `codes`). Three
 * or more words (two-letter initials are too often a word) whose initials the articles write
 * capitalised, and not every word of the name used by the articles (then it is written out there).
 */
function withArticleAcronyms(
  questionWords: string[],
  index: SentenceIndex,
  codes: Set<string>,
): string[] {
  const out: string[] = [];
  for (let i = 0; i < questionWords.length; i++) {
    const name = acronymAt(questionWords, i, index);
    if (name) {
      codes.add(name.acronym);
      out.push(name.acronym);
      i = name.end - 1;
    } else out.push(questionWords[i]!);
  }
  return out;
}

const ONLY_LETTERS = /^\p{L}+$/u;

/**
 * The name WordNet gives a short word no article uses, when the articles use the name's words:
 * "gop" → "Republican Party", "vp" (WordNet's "V.P.") → "vice president", "ceo" → "chief
 * executive officer" (WordNet 3.1 lists abbreviations in the synsets of what they stand for).
 */
function wordnetName(word: string, index: SentenceIndex): string | undefined {
  if (word.length > 5 || !ONLY_LETTERS.test(word)) return undefined;
  const dotted = `${[...word].join(".")}.`;
  for (const form of [word, dotted])
    for (const synset of nounSenses(form).slice(0, 2))
      for (const name of synset) {
        const parts = name.toLowerCase().split(" ");
        if (parts.length > 1 && parts.every((p) => isStopWord(p) || index.knows(p))) return name;
      }
  return undefined;
}

const WORDNET_ACRONYM_PATTERN = /^\p{Lu}{2,6}$/u;

/** An acronym WordNet gives a name ("republican party" → "GOP") that the articles write capitalised. */
function wordnetAcronym(name: string[], index: SentenceIndex): string | undefined {
  for (const synset of nounSenses(name.join(" ")).slice(0, 2))
    for (const member of synset) {
      const a = member.replace(/\./g, "");
      if (WORDNET_ACRONYM_PATTERN.test(a) && isArticleAcronym(a.toLowerCase(), index))
        return a.toLowerCase();
    }
  return undefined;
}

/** A word the articles write capitalised ("FBI"). */
function isArticleAcronym(word: string, index: SentenceIndex): boolean {
  return index.documentFrequency(acronymTerm(word)) > 0 && index.articlesNaming(word, 1).length > 0;
}

/** The longest name from word `start` whose initials the articles use as an acronym. */
function acronymAt(
  words: string[],
  start: number,
  index: SentenceIndex,
): { acronym: string; end: number } | undefined {
  if (isStopWord(words[start] ?? "the")) return undefined;
  const content: string[] = [];
  let longest: { acronym: string; end: number } | undefined;
  for (let j = start; j < words.length && content.length < 6; j++) {
    const w = words[j]!;
    if (NAME_JOINERS.has(w) && content.length) continue;
    if (isStopWord(w) || !ONLY_LETTERS.test(w)) break;
    content.push(w);
    if (content.length < 2 || content.every((c) => index.knows(c))) continue;
    const initials = content.map((c) => c[0]).join("");
    const acronym =
      content.length >= 3 && isArticleAcronym(initials, index)
        ? initials
        : wordnetAcronym(words.slice(start, j + 1), index);
    if (acronym) longest = { acronym, end: j + 1 };
  }
  return longest;
}

/**
 * A country's name written out stands for its code ("united states" → "us", an acronym
 * added to `codes`): the index adds the code wherever an article writes the name, so the
 * code finds "the United States", "the U.S." and "the US" alike.
 */
function withCountryCodes(questionWords: string[], codes: Set<string>): string[] {
  const names = countryCodes();
  const out: string[] = [];
  for (let i = 0; i < questionWords.length; i++) {
    let code: string | undefined;
    for (const n of [4, 3, 2]) {
      if (i + n > questionWords.length) continue;
      code = names.get(questionWords.slice(i, i + n).join(" "));
      if (code) {
        i += n - 1;
        break;
      }
    }
    if (code) codes.add(code);
    out.push(code ?? questionWords[i]!);
  }
  return out;
}

/** Regular inflections of a word (English spelling rules): "die" → "dies", "died", "dying". */
export function inflections(word: string): string[] {
  if (word.length < 3 || !/^[a-z]+$/.test(word)) return [];
  const stem = word.replace(/e$/, "");
  const out = [`${word}s`, `${word}es`, `${stem}ed`, `${stem}ing`];
  if (word.endsWith("ie")) out.push(`${word.slice(0, -2)}ying`);
  if (/[^aeiou]y$/.test(word)) out.push(`${word.slice(0, -1)}ies`, `${word.slice(0, -1)}ied`);
  return out.filter((f) => f !== word);
}

/**
 * Share of the query's weight a sentence covers (0 to 1): its own stems (and the query terms
 * the index matched in it, e.g. through a resolved pronoun) count fully, a longer form by
 * prefix ("russia" in "russian") nearly; stems only in `context` (the title, the sentence
 * before) count for `credit` of their weight.
 */
export function coverage(
  query: Query,
  direct: Set<string>,
  context?: Set<string>,
  credit = 0.6,
): number {
  if (query.total <= 0) return 0;
  let covered = 0;
  for (const g of query.groups) {
    let best = 0;
    for (const [m, w] of g.members) {
      if (best >= w) continue;
      if (direct.has(m)) best = w;
      else if (hasLonger(direct, m)) best = Math.max(best, 0.85 * w);
      else if (context && (context.has(m) || hasLonger(context, m)))
        best = Math.max(best, w * credit);
    }
    covered += g.weight * best;
  }
  return covered / query.total;
}

/** A stem up to four letters longer than `m` (6+ letters) that starts with it. */
function hasLonger(stems: Set<string>, m: string): boolean {
  if (m.length < 6) return false;
  for (const s of stems)
    if (s.length > m.length && s.length - m.length <= 4 && s.startsWith(m)) return true;
  return false;
}

/**
 * Text → its stems, for the sentences seen lately (thousands of sentences). An entry is measured
 * again each time a hit moves it back into the memo's recent half: the stems are counted in place
 * (the same bytes as `entryBytes(text, ...stems)`, without spreading the set into an array).
 */
export const textStemMemo = new Lru<string, Set<string>>(16 * MB, (text, stems) => {
  let bytes = entryBytes(text);
  for (const s of stems) bytes += entryBytes(s) - entryBytes();
  return bytes;
});

/** Stems of a text, as the index makes them (recent sentences cached; do not modify the set). */
export function textStems(text: string): Set<string> {
  let stems = textStemMemo.get(text);
  if (!stems) {
    stems = new Set(processed(text).terms);
    textStemMemo.set(text, stems);
  }
  return stems;
}

/** Share of the query's weight a text covers. */
export function textCoverage(query: Query, stems: Set<string>): number {
  return coverage(query, stems);
}

/**
 * The terms worth a BM25 search over a large index: common terms (in more than 1 % of
 * sentences, the two weightiest words aside) and common related forms cost much and rank little, so they are left to the
 * coverage check on the sentences found. Small indexes search everything.
 */
export function searchTerms(query: Query, index: SentenceIndex): QueryTerm[] {
  const n = index.sentenceCount;
  if (n < 2000) return query.search;
  const out: QueryTerm[] = [];
  // The five weightiest words find the sentences; the coverage check weighs all of them.
  query.groups.slice(0, 5).forEach((g, rank) => {
    for (const [term, weight] of g.members) {
      if (g.quiet?.has(term)) continue;
      const df = index.documentFrequency(term);
      const original = term === g.stem;
      if (original ? df <= 0.01 * n || rank < 2 : df <= 0.003 * n) out.push({ term, weight });
    }
  });
  return out.length ? out : query.search;
}

/** The groups a set of stems leaves uncovered. */
export function missing(query: Query, stems: Set<string>): TermGroup[] {
  return query.groups.filter(
    (g) =>
      ![...g.members.keys()].some(
        (m) => stems.has(m) || (m.length >= 5 && [...stems].some((s) => s.startsWith(m))),
      ),
  );
}
