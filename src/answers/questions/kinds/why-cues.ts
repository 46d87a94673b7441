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
import { dictionaryForms, isAdjective, isWordAs, nounKinds } from "../../../nlp/lexicon/wordnet.js";
import { isStopWord, withoutAccents } from "../../../nlp/tokens.js";
import { isCalendarWord, TIME_UNITS, TIME_WORDS } from "../../../nlp/lexicon/calendar.js";
import { NUMBER_WORDS } from "../../../search/sentence-flags.js";
import { processTerm } from "../../../search/terms.js";
import { lemma } from "../../../nlp/lexicon/irregular-verbs.js";

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
const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*|[,;:.!?()"“”—–]/gu;

function tokens(text: string): Token[] {
  return [...withoutAccents(text).matchAll(TOKEN)].map((m) => ({
    w: m[0],
    lower: m[0].toLowerCase(),
    at: m.index ?? 0,
  }));
}

const IS_PUNCT_PATTERN = /[\p{L}\p{N}]/u;

const isPunct = (t: Token | undefined) => !!t && !IS_PUNCT_PATTERN.test(t.w);

/** Whether a word of the text is an asked one, in any form ("grew" for "grow", "sued" for "sue"). */
const askedWord = (asked: Set<string>, w: string) =>
  [w, lemma(w), ...dictionaryForms(w)].some((f) => {
    const t = processTerm(f);
    return t !== null && asked.has(t);
  });

/** The connectives by their first word, in CONNECTIVES' order (longest first). */
const CONNECTIVES_BY_FIRST = new Map<string, string[][]>();
for (const c of CONNECTIVES) {
  const list = CONNECTIVES_BY_FIRST.get(c[0]!);
  if (list) list.push(c);
  else CONNECTIVES_BY_FIRST.set(c[0]!, [c]);
}

/** The connective starting at token i, as its length in words; 0 when none starts there. */
function connectiveAt(ts: Token[], i: number): number {
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
function timeFollows(ts: Token[], from: number): boolean {
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
    /^(?:all|that|this|which|it|them)$/.test(next[0] ?? "")
  );
}

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

function causeLinkIn(ts: Token[], asked: Set<string>): { at: number; words: number } | undefined {
  for (let i = 0; i < ts.length; i++) {
    const n = connectiveAt(ts, i);
    if (!n) continue;
    const head = ts[i]!.lower;
    // The asked word before it, in the same clause.
    let gap = -1;
    // ", citing …", ", amid …": a comma may set the cause off from its clause.
    const from = ts[i - 1]?.w === "," ? i - 2 : i - 1;
    for (let j = from, seen = 0; j >= 0 && seen < 8; j--) {
      if (isPunct(ts[j])) break;
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

function passiveCauseIn(ts: Token[], asked: Set<string>): number {
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
function nounPhrase(ts: Token[], from: number): Token[] {
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

/** Up to a clause break; quote marks and the dots of "U.S." stay inside. */
const CLAUSE = /^(?:[^,;:.!?()—–]|\.(?=\p{Lu}\.)|(?<=\b\p{Lu}\.\p{Lu})\.)+/u;

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
  return frontedCause(text, asked);
}

/** True when the sentence ties a cause to the asked action (any of the three ways above). */
export function causeTied(text: string, asked: Set<string>): boolean {
  const ts = tokens(text);
  return (
    causeLinkIn(ts, asked) !== undefined ||
    passiveCauseIn(ts, asked) >= 0 ||
    frontedCause(text, asked) !== undefined
  );
}
