/**
 * Tests on tokens the quote finder shares: is a word used as a verb, the token range of a
 * sentence, the cue a reporting verb makes, and the small word classes its rules read.
 */
import { isAlsoNoun, isFrameVerb, isParticiple } from "../lexicon/reporting-verbs.js";
import { RELATIVE_DAYS, WEEKDAYS } from "../lexicon/calendar.js";
import { DETERMINERS, PERSONAL_PRONOUNS, PREPOSITIONS } from "../lexicon/function-words.js";
import { isSpeakerNoun } from "../lexicon/roles.js";
import { isWordAs } from "../lexicon/wordnet.js";
import { adjectiveOfName } from "../people/names.js";
import type { Paragraph, Token } from "../text-model.js";

/** Words that start a noun phrase naming a speaker: "a spokesman", "one fan", "his lawyer". */
export const PHRASE_STARTS = new Set("a an the one another some his her its their".split(" "));
/** A determiner or a possessive "'s": the word after it is a noun ("a report", "Mr Kok's report"). */
const isDeterminer = (t: Token) => DETERMINERS.has(t.lower) || t.text === "'s" || t.text === "’s";
/** Longest phrase read as a speaker ("a spokesman for the Department of Health"). */
export const MAX_PHRASE = 7;

/** "on Sunday", "yesterday": a time between a speaker and the verb. */
export const isDayWord = (w: string) =>
  WEEKDAYS.has(w) || RELATIVE_DAYS.has(w) || w === "earlier" || w === "later";

/** A stop written right after a short capitalised word: "Co.", "Jr.", "Inc.", "U.S.", "U.N.". */
export function abbreviationStop(toks: Token[], k: number): boolean {
  const word = toks[k - 1];
  return (
    toks[k]?.text === "." &&
    !!word?.cap &&
    word.end === toks[k]!.start &&
    /^\p{Lu}(?:\.?\p{L}){0,3}$/u.test(word.text)
  );
}

/** "said" is a verb; "a highly critical report", "a wry chuckle" are nouns. */
export function usedAsVerb(toks: Token[], k: number): boolean {
  const prev = toks[k - 1];
  if (prev && isDeterminer(prev)) return false;
  // "a Lane-style retort", "the Kremlin-backed report": after an adjective made of a name, a noun.
  if (prev?.word && prev.cap && adjectiveOfName(prev.text, toks[k])) return false;
  if (!isAlsoNoun(toks[k]!.lower)) return true;
  // "Secretary of State", "for comment": a noun after a preposition ("to say" is a verb's infinitive).
  if (prev?.word && prev.lower !== "to" && PREPOSITIONS.has(prev.lower)) return false;
  const next = toks[k + 1];
  // "Ohio state delegate Mary Susan", "Texas state senator": a bare form between a name and a
  // noun modifies the noun (a name as subject takes "states"); not "I state facts", "Officials claim".
  if (
    prev?.word &&
    prev.cap &&
    !PERSONAL_PRONOUNS.has(prev.lower) &&
    !/s$/.test(prev.lower) &&
    !/(?:s|ed|ing)$/.test(toks[k]!.lower) &&
    next?.word &&
    !next.cap &&
    isWordAs(next.lower, "noun") &&
    !DETERMINERS.has(next.lower)
  )
    return false;
  // "state media reported", "report writers say": a noun and a reporting verb after it.
  const after = toks[k + 2];
  if (
    next?.word &&
    !next.cap &&
    !PREPOSITIONS.has(next.lower) &&
    next.lower !== "as" &&
    after?.word &&
    isFrameVerb(after.lower) &&
    !isParticiple(after.lower)
  )
    return false;
  // "Michael Howard reiterated calls for …", "renewed claims": the object of a verb in the past.
  if (prev?.word && !prev.cap && /ed$/.test(prev.lower) && isWordAs(prev.lower, "verb"))
    return false;
  for (let j = k - 1; j >= 0 && k - j <= 3; j--) {
    const t = toks[j]!;
    if (isDeterminer(t)) return false;
    // "the spokesman claims", "the ad claims": a noun for a speaker before it makes it a verb.
    if (!t.word || t.cap || isSpeakerNoun(t.lower)) return true;
  }
  return true;
}

const ranges = new WeakMap<Paragraph, Map<number, { start: number; end: number }>>();

/** Token range [start, end) of a sentence in its paragraph. */
export function sentenceRange(
  p: Paragraph,
  sent: number,
): { start: number; end: number } | undefined {
  let map = ranges.get(p);
  if (!map) {
    map = new Map();
    p.tokens.forEach((t, i) => {
      const r = map!.get(t.sent);
      if (r) r.end = i + 1;
      else map!.set(t.sent, { start: i, end: i + 1 });
    });
    ranges.set(p, map);
  }
  return map.get(sent);
}

/** "quoted as saying", "pointed out" are one cue. */
export function cueOf(toks: Token[], k: number): string {
  const t = toks[k]!.lower;
  if (t === "quoted" && toks[k + 1]?.lower === "as" && toks[k + 2]?.lower === "saying")
    return "quoted as saying";
  if (t === "saying" && toks[k - 1]?.lower === "as" && toks[k - 2]?.lower === "quoted")
    return "quoted as saying";
  if ((t === "pointed" || t === "points") && toks[k + 1]?.lower === "out") return `${t} out`;
  return t;
}
