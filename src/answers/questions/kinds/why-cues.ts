/**
 * Causes and purposes as English news writes them, bound to the asked action (why.ts): a
 * connective of cause or purpose in the asked action's clause ("pulled out of the deal over
 * Trump's rhetoric", "resigned citing ill health", "closed the road to avoid flooding"), the
 * doer of a passive that is no person ("was hampered by problems"), or a fronted cause ("After
 * the vote failed, the mayor resigned"). The connectives are English grammar words (the
 * subordinators and prepositions of cause and purpose of any grammar of English), written here:
 * the one data set that lists connectives with their senses, the Penn Discourse Treebank, is
 * LDC-licensed and on no package registry (docs/lexicon.md).
 */
import {
  dictionaryForms,
  isAdjective,
  isWordAs,
  nounKinds,
  synonyms,
  verbSenseUnder,
} from "../../../nlp/lexicon/wordnet.js";
import { isStopWord, withoutAccents } from "../../../nlp/tokens.js";
import { isCalendarWord, TIME_UNITS, TIME_WORDS } from "../../../nlp/lexicon/calendar.js";
import { NUMBER_WORDS } from "../../../search/sentence-flags.js";
import { processTerm } from "../../../search/terms.js";
import { lemma } from "../../../nlp/lexicon/irregular-verbs.js";
import { AUXILIARIES } from "../../../nlp/lexicon/function-words.js";
import { isSpeechVerb } from "../../../nlp/lexicon/reporting-verbs.js";
import { entryBytes, Lru, MB } from "../../../util/lru.js";
import { PERSONAL_SUBJECT_PRONOUNS } from "../../../nlp/lexicon/discourse-words.js";

/** Connectives of cause and purpose, as lower-case word sequences, longest first. */
const CONNECTIVES = [
  "as a result of",
  "in response to",
  "in retaliation for",
  "in protest at",
  "in protest against",
  "in protest over",
  "in protest of",
  "in connection with",
  "on charges of",
  "on suspicion of",
  "on the grounds that",
  "in order to",
  "in a bid to",
  "in an effort to",
  "for fear of",
  "for fear that",
  "so as to",
  "because of",
  "due to",
  "owing to",
  "thanks to",
  "so that",
  "to avoid",
  "to prevent",
  "because",
  "amid",
  "amidst",
  "citing",
  "after",
  "following",
  "over",
].map((c) => c.split(" "));

/** Connectives that also say when or where ("after Monday", "over the weekend"): a cause only before a thing. */
const ALSO_TIME = new Set(["after", "following", "over"]);

/** A word that is a number: one starting with a digit, or a number word ("two", "dozens"). */
export const NUMBER = new RegExp(`^(?:\\d|(?:${NUMBER_WORDS})$)`, "i");

/** Words, and the punctuation that ends a clause, in order, with where each starts. */
interface Token {
  w: string;
  lower: string;
  at: number;
}
const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*(?:[.,]\p{N}+)*|[,;:.!?()"“”—–]/gu;

/**
 * A why question reads the same candidate sentences in its bonus, its must-say check, its lead
 * and its explanation, each of them tokenised here: the tokens of a text are kept (read only).
 */
const tokenMemo = new Lru<string, readonly Token[]>(
  2 * MB,
  (text, ts) => entryBytes(text) + 48 * ts.length,
);

function tokens(text: string): readonly Token[] {
  const known = tokenMemo.get(text);
  if (known) return known;
  const ts = [...withoutAccents(text).matchAll(TOKEN)].map((m) => ({
    w: m[0],
    lower: m[0].toLowerCase(),
    at: m.index ?? 0,
  }));
  tokenMemo.set(text, ts);
  return ts;
}

const IS_PUNCT_PATTERN = /[\p{L}\p{N}]/u;

const isPunct = (t: Token | undefined) => !!t && !IS_PUNCT_PATTERN.test(t.w);

/**
 * Whether a word of the text is an asked one, in any form ("grew" for "grow", "sued" for "sue").
 * A question asks it of every word of every candidate sentence, with one set of asked stems
 * (textStems' own, never changed): the answers are kept per set.
 */
function askedWord(asked: Set<string>, w: string): boolean {
  let known = askedMemo.get(asked);
  if (!known) askedMemo.set(asked, (known = new Map()));
  let found = known.get(w);
  if (found === undefined) {
    found = [w, lemma(w), ...dictionaryForms(w)].some((f) => {
      const t = processTerm(f);
      return t !== null && asked.has(t);
    });
    known.set(w, found);
  }
  return found;
}
const askedMemo = new WeakMap<Set<string>, Map<string, boolean>>();

/** The connectives by their first word, in CONNECTIVES' order (longest first). */
const CONNECTIVES_BY_FIRST = new Map<string, string[][]>();
for (const c of CONNECTIVES) {
  const list = CONNECTIVES_BY_FIRST.get(c[0]!);
  if (list) list.push(c);
  else CONNECTIVES_BY_FIRST.set(c[0]!, [c]);
}

/** The connective starting at token i, as its length in words; 0 when none starts there. */
function connectiveAt(ts: readonly Token[], i: number): number {
  const first = ts[i]?.lower;
  // "died of a heart attack", "dying from his wounds": the cause of a death.
  if ((first === "of" || first === "from") && /^(?:die[sd]?|dying)$/.test(ts[i - 1]?.lower ?? ""))
    return 1;
  const candidates = first === undefined ? undefined : CONNECTIVES_BY_FIRST.get(first);
  if (!candidates) return 0;
  for (const c of candidates) if (c.every((w, k) => ts[i + k]?.lower === w)) return c.length;
  return 0;
}

/** What follows a temporal-or-causal connective is a span or point of time ("after two years", "over the weekend"). */
function timeFollows(ts: readonly Token[], from: number): boolean {
  const next = ts
    .slice(from, from + 3)
    .filter((t) => !isPunct(t))
    .map((t) => t.lower);
  const first = next.find(
    (w) => !/^(?:the|a|an|this|that|last|next|past|recent|coming|several|few|all)$/.test(w),
  );
  if (!first) return true;
  // A number is a time only with a unit of time after it or as a year ("after two years", "after 1989"), not "after hundreds of protesters".
  const counted =
    NUMBER.test(first) &&
    (/^(?:1[5-9]|20)\d\d$/.test(first) || next.slice(1).some((w) => TIME_UNITS.has(w)));
  return (
    counted ||
    TIME_UNITS.has(first) ||
    TIME_WORDS.has(first) ||
    isCalendarWord(first) ||
    // "over the course of", "over the phone", "over the top": a span or a channel, no cause.
    /^(?:period|course|phone|internet|radio|television|tv|top)$/.test(first) ||
    // "after the end of 1994", "following the start of the season": a point of time.
    /^(?:end|start|beginning|middle|close|turn)$/.test(first) ||
    /^(?:all|that|this|which|it|them)$/.test(next[0] ?? "")
  );
}

/** The subject pronouns, every person ("as he arrived", "as we left"). */
const SUBJECT_PRONOUN = new Set(PERSONAL_SUBJECT_PRONOUNS);

/** Words before "as" that make it a comparison or a manner ("such as", "as well as", "just as"). */
const AS_COMPARED =
  /^(?:such|so|same|just|as|known|seen|regarded|described|treated|served|acted|worked)$/;

/**
 * "As" opening a clause of its own — a subject and then a finite verb within five words ("fell
 * as speculation grew", "rose as the dams ran dry"): news writes a cause so as often as a time,
 * and a why question asks for the cause. Not "as a minister", "as well", "as soon as", nor
 * "as" after a word that makes it a comparison or a role.
 */
function asClauseAt(ts: readonly Token[], i: number): boolean {
  if (ts[i]?.lower !== "as" || AS_COMPARED.test(ts[i - 1]?.lower ?? "")) return false;
  const next = ts[i + 1];
  if (
    !next ||
    isPunct(next) ||
    /^(?:well|soon|long|much|many|far|part|if|though|of|to|for|a|an|such|usual|expected|planned|before|ever)$/.test(
      next.lower,
    )
  )
    return false;
  // "quoted him as saying", "as being": a participle, no clause with its own subject.
  if (/ing$/.test(next.lower) && isWordAs(next.lower, "verb")) return false;
  // A personal pronoun as the clause's subject ("took a charge as it reported a loss", "as he
  // arrived in Philadelphia", "as he was being escorted out"): the actor just named doing
  // something at that moment, a time; a cause told with "as" names its own subject ("as traders
  // worried").
  if (SUBJECT_PRONOUN.has(next.lower)) return false;
  for (let k = i + 2; k <= i + 6 && k < ts.length; k++) {
    const t = ts[k]!;
    if (isPunct(t)) return false;
    if (!STARTS_LOWER.test(t.w)) continue;
    if (AUXILIARIES.has(t.lower) || /^(?:are|were|have|has|had)$/.test(t.lower)) return true;
    if (
      (lemma(t.lower) !== t.lower || /ed$/.test(t.lower)) &&
      !isStopWord(t.lower) &&
      // "worried": WordNet's morphy has no "-ied" rule for verbs
      [t.lower, t.lower.replace(/ied$/, "y")].some((f) => isWordAs(f, "verb"))
    )
      return true;
  }
  return false;
}

/**
 * ", saying …", ", arguing …", ", claiming …" after the asked action: the reason its doer gave
 * ("rescinded his endorsement, saying he lacks the temperament"). A verb of speech
 * (nlp/lexicon/reporting-verbs.ts) in -ing set off by a comma.
 */
function statedReasonAt(ts: readonly Token[], i: number): boolean {
  const t = ts[i]!;
  return ts[i - 1]?.w === "," && /ing$/.test(t.lower) && isSpeechVerb(t.lower);
}

/**
 * How many words before a connective the asked word may stand: "fell to the lowest in more than
 * six years as speculation grew" puts nine between.
 */
const ASKED_WITHIN = 10;

/**
 * Words that open another clause or a concession between the asked word and a connective ("an
 * ethic that saw them take over …", "despite problems after the event"): the relative pronouns
 * and the concessive subordinators and prepositions, closed classes of English grammar.
 */
const CLAUSE_OPENER = /^(?:that|which|who|whom|whose|despite|although|though|whereas|unless)$/;

/**
 * A cause or purpose connective in the asked action's clause, after an asked word (within
 * eight words, no clause break between): the token index of the connective, or -1. "After"
 * and "over" count only before a thing, not a time ("after two years", "over the weekend"),
 * and "over" only when a word stands between it and the asked word ("took over" is a verb).
 */
export function causeLinkAt(
  text: string,
  asked: Set<string>,
): { at: number; words: number } | undefined {
  return causeLinkIn(tokens(text), asked);
}

const STARTS_LOWER = /^\p{Ll}/u;

function causeLinkIn(
  ts: readonly Token[],
  asked: Set<string>,
): { at: number; words: number } | undefined {
  for (let i = 0; i < ts.length; i++) {
    const n = connectiveAt(ts, i) || (asClauseAt(ts, i) || statedReasonAt(ts, i) ? 1 : 0);
    if (!n) continue;
    const head = ts[i]!.lower;
    // The asked word before it, in the same clause.
    let gap = -1;
    // ", citing …", ", amid …": a comma may set the cause off from its clause.
    const from = ts[i - 1]?.w === "," ? i - 2 : i - 1;
    for (let j = from, seen = 0; j >= 0 && seen < ASKED_WITHIN; j--) {
      if (isPunct(ts[j]) || CLAUSE_OPENER.test(ts[j]!.lower)) break;
      seen++;
      if (
        STARTS_LOWER.test(ts[j]!.w) &&
        !isStopWord(ts[j]!.lower) &&
        askedWord(asked, ts[j]!.lower)
      ) {
        gap = seen - 1;
        break;
      }
    }
    if (gap < 0) continue;
    if (ALSO_TIME.has(head) && timeFollows(ts, i + n)) continue;
    if (head === "over" && gap === 0) continue;
    // "so that" and "because" need a clause after them; the rest a word at least.
    const next = ts[i + n];
    if (!next || isPunct(next)) continue;
    // What follows is new: "citing the vote" for "why did he cite the vote" is the action itself.
    if (askedWord(asked, next.lower) && !isStopWord(next.lower)) continue;
    return { at: ts[i]!.at, words: n };
  }
  return undefined;
}

/** Forms of "be" and "get" that make a passive ("was hampered", "got hurt"). */
const PASSIVE = /^(?:is|are|was|were|be|been|being|s|get|gets|got|getting)$/;

/**
 * The doer of a passive of the asked verb when it is no one ("was hampered by problems", "were
 * angered by the closure"): a person, a group or a name after "by" is who did it, not why; a
 * gerund after "by" is a means (why.ts); a number is an amount ("rose by 5%"). The offset of "by", or -1.
 */
export function passiveCauseAt(text: string, asked: Set<string>): number {
  return passiveCauseIn(tokens(text), asked);
}

const STARTS_UPPER = /^\p{Lu}/u;
const CURRENCY = /\p{Sc}/u;

function passiveCauseIn(ts: readonly Token[], asked: Set<string>): number {
  for (let i = 1; i + 1 < ts.length; i++) {
    if (ts[i]!.lower !== "by") continue;
    const verb = ts[i - 1]!;
    if (!STARTS_LOWER.test(verb.w) || !/(?:ed|en|wn|t)$/.test(verb.lower)) continue;
    if (!askedWord(asked, verb.lower) || !isWordAs(verb.lower, "verb")) continue;
    const before = ts.slice(Math.max(0, i - 4), i - 1).map((t) => t.lower);
    const passive = before.some((w) => PASSIVE.test(w)) || isPunct(ts[i - 2]);
    if (!passive) continue;
    const doer = nounPhrase(ts, i + 1);
    if (!doer.length || doer.some((t) => STARTS_UPPER.test(t.w) || NUMBER.test(t.lower))) continue;
    if (/ing$/.test(doer[0]!.lower) && isWordAs(doer[0]!.lower, "verb")) continue;
    const someone = doer.some((t) => {
      if (/^(?:him|her|them|us|me|you|it)$/.test(t.lower)) return true;
      if (isAdjective(t.lower)) return false;
      const kind = nounKinds(t.lower)[0];
      return kind === "person" || kind === "group";
    });
    if (someone) continue;
    return ts[i]!.at;
  }
  return -1;
}

/** The words of the noun phrase starting at token `from`, up to a function word or a clause break (three at most). */
function nounPhrase(ts: readonly Token[], from: number): Token[] {
  const out: Token[] = [];
  for (let k = from; k < ts.length && out.length < 3; k++) {
    const t = ts[k]!;
    if (isPunct(t)) break;
    if (isStopWord(t.lower) || /^(?:new|recent|several)$/.test(t.lower)) {
      if (out.length) break;
      continue;
    }
    out.push(t);
  }
  return out;
}

/** Connectives that may open a sentence with its cause before the main clause. */
const FRONTED =
  /^(?:(?:but|and|yet|so)\s+)?(?:because(?:\s+of)?|after|following|amid|citing|due\s+to|owing\s+to|thanks\s+to|as\s+a\s+result\s+of|in\s+response\s+to|in\s+order\s+to|in\s+a\s+bid\s+to|in\s+an\s+effort\s+to|so\s+as\s+to|to\s+avoid|fearing|for\s+fear\s+of)\s/i;

/**
 * A sentence opening with its cause, the asked action in the main clause after the comma:
 * "Citing ill health, the mayor resigned on Friday" for "why did the mayor resign". The cause
 * clause (without its connective's comma), or undefined.
 */
export function frontedCause(text: string, asked: Set<string>): string | undefined {
  const m = FRONTED.exec(text);
  if (!m) return undefined;
  const comma = text.indexOf(",", m[0].length);
  if (comma < 0) return undefined;
  const cause = text.slice(0, comma).trim();
  if (cause.split(/\s+/).length > 16) return undefined;
  const ts = tokens(cause);
  if (
    timeFollows(ts, /^(?:but|and|yet|so)$/i.test(ts[0]?.w ?? "") ? 2 : 1) &&
    /^(?:(?:but|and|yet|so)\s+)?(?:after|following)\b/i.test(cause)
  )
    return undefined;
  // The main clause says an asked verb.
  const main = tokens(text.slice(comma + 1)).filter((t) => !isPunct(t));
  const says = main.some(
    (t) =>
      STARTS_LOWER.test(t.w) &&
      !isStopWord(t.lower) &&
      askedWord(asked, t.lower) &&
      isWordAs(t.lower, "verb"),
  );
  return says ? cause : undefined;
}

/** Up to a clause break; quote marks, the dots of "U.S." and the points of "357.5" and "4,400" stay inside. */
const CLAUSE = /^(?:[^,;:.!?()—–]|(?<=\d)[.,](?=\d)|\.(?=\p{Lu}\.)|(?<=\b\p{Lu}\.\p{Lu})\.)+/u;

/** The clause a cue starts, up to its end (at most `max` words), as written. */
export function clauseFrom(text: string, at: number, max = 16): string | undefined {
  const clause = CLAUSE.exec(text.slice(at))?.[0]
    .trim()
    .replace(/[“”"]+$/u, "");
  if (!clause) return undefined;
  const ws = clause.split(/\s+/);
  if (ws.length <= max) return clause;
  // A long clause up to its relative clause: "in connection with the bombings … last year".
  const rel = ws.findIndex(
    (w, k) => k >= 4 && /^(?:that|which|who|whom|whose|where|when|while)$/i.test(w),
  );
  return rel > 0 && rel <= max ? ws.slice(0, rel).join(" ") : undefined;
}

/**
 * The cause tied to the asked action by a connective, a passive's doer or a fronted clause,
 * as written ("over Trump's harsh rhetoric", "by problems tied to …"); undefined when none.
 */
export function causePhrase(text: string, asked: Set<string>): string | undefined {
  const ts = tokens(text);
  const link = causeLinkIn(ts, asked);
  if (link) {
    const phrase = clauseFrom(text, link.at);
    if (phrase) return phrase;
  }
  const by = passiveCauseIn(ts, asked);
  if (by >= 0) {
    const phrase = clauseFrom(text, by);
    if (phrase) return phrase;
  }
  const fronted = frontedCause(text, asked);
  if (fronted) return fronted;
  const byVerb = causeByVerbIn(ts, text, asked);
  return byVerb && (clauseFrom(text, byVerb.at) ?? undefined);
}

/**
 * A verb of causing, from WordNet: one of its two commonest senses is a sense of "cause" ({cause,
 * do, make}, {induce, stimulate, cause}) or sits right under one ("prompt", "provoke", "force",
 * "spur"), or is {trip, actuate, trigger, spark, set off} ("trigger", "spark"). The light verbs
 * ("make", "have", "get", "let", "do") are left out: they cause nothing by themselves.
 */
export function isCausingVerb(word: string): boolean {
  return wordFact(word, CAUSING, causingUncached);
}

function causingUncached(word: string): boolean {
  if (
    isStopWord(word) ||
    /^(?:make|made|makes|making|have|get|got|let|lets|do|did|done)$/.test(word)
  )
    return false;
  return verbSenseUnder(word, "cause") || verbSenseUnder(word, "trigger", 1, 1);
}

/**
 * What WordNet says of a word for the verb cues (causing, resulting, arising), kept a word at a
 * time: one lookup of the word itself instead of WordNet's memo of keys built per root and
 * sense count. A fact's bit, and its bit shifted by FACTS once it is known.
 */
const CAUSING = 1;
const RESULTING = 2;
const ARISING = 4;
const FACTS = 3;
const wordFacts = new Lru<string, number>(MB, (word) => entryBytes(word) + 8);

function wordFact(word: string, fact: number, test: (word: string) => boolean): boolean {
  const known = wordFacts.get(word) ?? 0;
  if (known & (fact << FACTS)) return (known & fact) !== 0;
  const found = test(word);
  wordFacts.set(word, known | (fact << FACTS) | (found ? fact : 0));
  return found;
}

/**
 * A verb of WordNet's {leave, result, lead} ("produce as a result": "led to losses", "resulting
 * in delays", "leading the pair to trade punches"), any of its senses: a cause only with "to" or
 * "in" after it (causeByVerb checks).
 */
function isResultingVerb(word: string): boolean {
  return wordFact(word, RESULTING, (w) => !isStopWord(w) && verbSenseUnder(w, "result", 40, [1]));
}

/**
 * A verb that puts its effect before its cause with "from" ("stems from", "resulted from"): its
 * commonest sense is WordNet's {stem} ("grow out of, have roots in") or one of {result, ensue}
 * and {result} ("come about or follow as a consequence").
 */
function isArisingVerb(word: string): boolean {
  return wordFact(
    word,
    ARISING,
    (w) => verbSenseUnder(w, "stem", 1, 1) || verbSenseUnder(w, "result", 1, 3),
  );
}

/** Nouns of an outcome, WordNet's {result, consequence, effect, outcome, upshot …}: "X was the result of Y". */
let outcomeNouns: Set<string> | undefined;
const isOutcomeNoun = (w: string) =>
  (outcomeNouns ??= new Set([
    "result",
    "results",
    ...synonyms("result").filter((n) => isWordAs(n, "noun")),
  ])).has(w.replace(/s$/, "")) || outcomeNouns.has(w);

/** The index of the first token after `from` that ends the clause (or the text). */
function clauseEnd(ts: readonly Token[], from: number): number {
  let k = from;
  while (k < ts.length && !(isPunct(ts[k]) && ts[k]!.w !== "(" && ts[k]!.w !== ")")) k++;
  return k;
}

/** Whether an asked content word is among tokens [from, to). */
function askedAmong(ts: readonly Token[], from: number, to: number, asked: Set<string>): boolean {
  for (let k = Math.max(0, from); k < Math.min(to, ts.length); k++) {
    const t = ts[k]!;
    if (!isPunct(t) && STARTS_LOWER.test(t.w) && !isStopWord(t.lower) && askedWord(asked, t.lower))
      return true;
  }
  return false;
}

/** The index of the first token of the clause that token `at` is in. */
function clauseStart(ts: readonly Token[], at: number): number {
  let k = at;
  while (k > 0 && !isPunct(ts[k - 1])) k--;
  return k;
}

/**
 * A cause stated by the verb that links it to the asked event (the structure, not a connective):
 * the cause first, as the subject of a verb of causing with the asked event after it ("The
 * remarks prompted outrage", "…, leading the pair to trade punches", "the delay led to losses");
 * the asked event first, then a verb of arising with "from" or an outcome noun with "of" ("The
 * loss stems from write-downs", "the overcrowding was the result of a shortage of beds"); or
 * the asked event as the subject of a passive verb of causing ("The falls were triggered by a
 * report", "… were prompted when the agency said"). The cause as written, with where it
 * starts; undefined when none.
 */
export function causeByVerb(
  text: string,
  asked: Set<string>,
): { at: number; cause: string } | undefined {
  return causeByVerbIn(tokens(text), text, asked);
}

function causeByVerbIn(
  ts: readonly Token[],
  text: string,
  asked: Set<string>,
): { at: number; cause: string } | undefined {
  // Where token k starts, with a currency sign before it ("$357.5 million").
  const startOf = (k: number) => ts[k]!.at - (CURRENCY.test(text[ts[k]!.at - 1] ?? "") ? 1 : 0);
  const slice = (from: number, to: number) =>
    to > from ? text.slice(startOf(from), ts[to - 1]!.at + ts[to - 1]!.w.length).trim() : "";
  // Each word's lexical cue (the word after it, its ending) is tested before its WordNet
  // sense, and the clause's bounds are found only for a word that passes: the same answers,
  // without a WordNet lookup for every word of every candidate sentence.
  for (let i = 1; i < ts.length; i++) {
    const t = ts[i]!;
    if (isPunct(t) || !STARTS_LOWER.test(t.w)) continue;
    // The asked event first: "X stems from Y", "X was the result of Y".
    const after = ts[i + 1]?.lower;
    const arising = after === "from" && isArisingVerb(t.lower) ? i + 2 : -1;
    const outcome =
      after === "of" &&
      /^(?:is|was|are|were|be|been|s|the|a|an|direct|largely|partly|mainly)$/.test(
        ts[i - 1]?.lower ?? "",
      ) &&
      isOutcomeNoun(t.lower)
        ? i + 2
        : -1;
    const from = Math.max(arising, outcome);
    if (from > 0) {
      const start = clauseStart(ts, i);
      const end = clauseEnd(ts, i + 1);
      if (askedAmong(ts, Math.max(start, i - 8), i, asked) && from < end) {
        const cause = slice(from, end);
        if (cause && !askedAmong(ts, from, Math.min(end, from + 2), asked))
          return { at: startOf(from), cause };
      }
    }
    if (!/(?:ed|es|s|ing)$/.test(t.lower)) continue;
    const be = /^(?:is|are|was|were|been|being|be|s)$/.test(ts[i - 1]?.lower ?? "");
    const passive = be && /ed$/.test(t.lower) && /^(?:by|when|after)$/.test(ts[i + 1]?.lower ?? "");
    if (be && !passive) continue;
    const resulting =
      ts.slice(i + 1, i + 5).some((x) => x.lower === "to" || x.lower === "in") &&
      isResultingVerb(t.lower);
    if (!(resulting || isCausingVerb(t.lower))) continue;
    const start = clauseStart(ts, i);
    const end = clauseEnd(ts, i + 1);
    // A passive of causing: the asked event its subject, the cause after "by" or "when".
    if (passive) {
      if (askedAmong(ts, Math.max(start, i - 8), i, asked) && i + 2 < end)
        return { at: startOf(i + 1), cause: slice(i + 1, end) };
      continue;
    }
    // The cause first: its subject before the verb, the asked event after it.
    if (!askedAmong(ts, i + 1, Math.min(end, i + 9), asked)) continue;
    if (askedAmong(ts, start, i, asked)) continue;
    const subject = slice(start, i);
    if (!subject.split(/\s+/).some((w) => w && !isStopWord(w.toLowerCase()))) {
      // "…, leading the pair to trade punches": the cause is the clause before the comma.
      if (/ing$/.test(t.lower) && ts[i - 1]?.w === ",") {
        const before = clauseStart(ts, i - 1);
        const cause = slice(before, i - 1);
        if (cause) return { at: ts[before]!.at, cause };
      }
      continue;
    }
    return { at: ts[start]!.at, cause: subject };
  }
  return undefined;
}

/** True when the sentence ties a cause to the asked action (any of the ways above). */
export function causeTied(text: string, asked: Set<string>): boolean {
  const ts = tokens(text);
  return (
    causeLinkIn(ts, asked) !== undefined ||
    passiveCauseIn(ts, asked) >= 0 ||
    frontedCause(text, asked) !== undefined ||
    causeByVerbIn(ts, text, asked) !== undefined
  );
}
