/**
 * Speakers named by a description, as news writes them when it gives no name: "one Republican
 * involved in the planning", "a source familiar with the talks", "Ryan’s office", "federal
 * prosecutors", "a White House official who spoke anonymously". The phrase runs from its
 * determiner (or a possessive, or for a bare plural its first modifier) over its modifiers to
 * its head noun, then over a short post-modifier ("involved in the planning", "for the union");
 * a relative clause ("who spoke anonymously") is left out of the phrase. What a head noun
 * names comes from the role lexicon and from WordNet (a person, a group, a writing).
 */
import { CONJUNCTIONS, CONNECTIVES, DETERMINERS, PREPOSITIONS } from "../lexicon/function-words.js";
import { TIME_WORDS } from "../lexicon/calendar.js";
import { isFrameVerb, VERB_FILLERS } from "../lexicon/reporting-verbs.js";
import { isRoleNoun, isSpeakerNoun } from "../lexicon/roles.js";
import { isAdjective } from "../lexicon/wordnet.js";
import type { Paragraph, Token } from "../text-model.js";
import { PHRASE_STARTS } from "./words.js";

export interface DescriptionPhrase {
  /** First token, head token and the token after the phrase (post-modifier included). */
  start: number;
  head: number;
  end: number;
  /** The words from the determiner to the end of the post-modifier. */
  text: string;
}

/** Words that open a description: "a", "one", "another", "this", "his", "several", "two". */
const OPENERS = new Set([
  ...PHRASE_STARTS,
  ...DETERMINERS,
  ..."several many other two three four five some".split(" "),
]);
const RELATIVES = /^(who|whom|whose|which|that)$/;
/** Prepositions a post-modifier may open with: "a spokesman for the union", "one owner of a shop". */
const POST_PREPOSITIONS = /^(of|for|from|at|with|to|in|on|within|inside|close)$/;
const POSSESSIVE = /^['’]s?$/;
const MAX_WORDS = 12;

const possessive = (t: Token | undefined) => !!t && POSSESSIVE.test(t.text);

/** A word that ends the modifiers and head (`afterNoun`: some noun came before): a verb, a clause word, an adverb. */
function endsNoun(t: Token, toks: Token[], i: number, afterNoun: boolean): boolean {
  if (!t.word || t.q >= 0) return true;
  const w = t.lower;
  if (t.cap) return false;
  if (PREPOSITIONS.has(w) || CONJUNCTIONS.has(w) || RELATIVES.test(w)) return true;
  const next = toks[i + 1];
  // "a state official", "the report said": right after the determiner a reporting verb is a noun.
  const noun = !afterNoun && (isSpeakerNoun(w) || (!!next?.word && !isFrameVerb(next.lower)));
  if (isFrameVerb(w) && !noun) return true;
  if (VERB_FILLERS.has(w) || /ly$/.test(w)) return true;
  if (!afterNoun) return false;
  // "one Republican involved in", "a source familiar with": a participle or adjective before a preposition.
  if (
    next &&
    PREPOSITIONS.has(next.lower) &&
    !isRoleNoun(w) &&
    (/(ed|ing)$/.test(w) || isAdjective(w))
  )
    return true;
  return /(ed|ing)$/.test(w) && !isSpeakerNoun(w);
}

/**
 * The description starting at token k, or undefined. `post`: take a post-modifier after the
 * head (a speaker after the verb: "said one Republican involved in the planning"); `and`: let
 * "and" join two roles ("the Florida senator and Republican presidential candidate"); `until`:
 * the phrase ends before that token.
 */
export function descriptionAt(
  p: Paragraph,
  k: number,
  opts: { post: boolean; and: boolean; until?: number },
): DescriptionPhrase | undefined {
  const toks = p.tokens;
  const first = toks[k];
  if (!first?.word || first.q >= 0) return undefined;
  let i = k;
  let opened = false;
  if (OPENERS.has(first.lower)) {
    i++;
    opened = true;
    // "one of those advisers", "some of the protesters", "one of Lee’s aides".
    const next = toks[i + 1];
    if (toks[i]?.lower === "of" && OPENERS.has(next?.lower ?? "")) i += 2;
    else if (toks[i]?.lower === "of" && next?.cap && possessive(toks[i + 2])) i += 1;
  }
  let head = -1;
  const until = Math.min(toks.length, opts.until ?? toks.length);
  for (; i < until && i - k < MAX_WORDS; i++) {
    const t = toks[i]!;
    if (possessive(t) && head >= 0) {
      // "Ryan’s office", "the ad’s narrator": a possessive opens the phrase anew.
      opened = true;
      head = -1;
      continue;
    }
    if (t.text === "-" && head >= 0) continue;
    // "the bespectacled, 71-year-old diplomat": a comma between modifiers.
    if (t.text === "," && head >= 0 && !toks[head]!.cap && /(ed|-old)$/.test(toks[head]!.lower)) {
      if (toks[i + 1]?.word && !toks[i + 1]!.cap) continue;
    }
    if (
      opts.and &&
      t.lower === "and" &&
      head >= 0 &&
      isSpeakerNoun(toks[head]!.lower) &&
      toks[i + 1]?.word
    )
      continue;
    const afterNoun = head >= 0 && !/(ed|-old)$/.test(toks[head]!.lower);
    if (endsNoun(t, toks, i, afterNoun)) break;
    head = i;
  }
  if (head < 0) return undefined;
  const h = toks[head]!;
  if (TIME_WORDS.has(h.lower) || /^\d/.test(h.text)) return undefined;
  // A bare phrase is a plural of speakers: "federal prosecutors", "Clinton supporters".
  if (!opened && (h.cap || !/[^su's]s$/.test(h.lower) || !isSpeakerNoun(h.lower))) return undefined;
  if (!h.cap && !isSpeakerNoun(h.lower)) return undefined;
  let end = head + 1;
  if (opts.post) end = postModifierEnd(toks, end, k);
  return { start: k, head, end, text: p.text.slice(first.start, toks[end - 1]!.end) };
}

/** Where a post-modifier from `i` ends: "involved in the planning", "for one of these candidates". */
function postModifierEnd(toks: Token[], i: number, k: number): number {
  const t = toks[i];
  if (!t?.word || t.q >= 0) return i;
  const next = toks[i + 1];
  const participle =
    !t.cap &&
    !isFrameVerb(t.lower) &&
    !VERB_FILLERS.has(t.lower) &&
    !!next &&
    PREPOSITIONS.has(next.lower) &&
    (/(ed|ing)$/.test(t.lower) || isAdjective(t.lower));
  if (!participle && !POST_PREPOSITIONS.test(t.lower)) return i;
  let j = participle ? i + 2 : i + 1;
  let last = i;
  for (; j < toks.length && j - k < MAX_WORDS + 4; j++) {
    const x = toks[j]!;
    if (possessive(x) || x.text === "-") continue;
    // "the former top aide to President John F. Kennedy": an initial's stop is inside the name.
    if (x.text === "." && /^\p{Lu}$/u.test(toks[j - 1]!.text) && toks[j + 1]?.cap) continue;
    if (!x.word || x.q >= 0 || RELATIVES.test(x.lower) || CONJUNCTIONS.has(x.lower)) break;
    if (!x.cap && (isFrameVerb(x.lower) || VERB_FILLERS.has(x.lower))) break;
    // One more "of" phrase at most: "for one of these candidates", not "… in a statement".
    if (PREPOSITIONS.has(x.lower) && x.lower !== "of") break;
    if (TIME_WORDS.has(x.lower)) break;
    last = j;
  }
  // The post-modifier needs a noun after its preposition: "for the union", not "for".
  return last > (participle ? i + 1 : i) ? last + 1 : i;
}

/** "who spoke anonymously" between a description and its verb: a relative clause of a few words, no comma. */
function relativeClauseTo(toks: Token[], from: number, verb: number): boolean {
  if (!RELATIVES.test(toks[from]?.lower ?? "") || verb - from < 2 || verb - from > 12) return false;
  if (toks[verb - 1]!.lower === "to") return false;
  return toks.slice(from, verb).every((t) => t.word && t.q < 0);
}

/**
 * The description that ends right before token `end` (the reporting verb, fillers skipped), as a
 * clause's subject: "Another source familiar with Cruz’s thinking said", "a White House official
 * who spoke anonymously said". It starts the clause: after a comma, a conjunction or the start.
 */
export function descriptionBefore(
  p: Paragraph,
  end: number,
  floor: number,
): DescriptionPhrase | undefined {
  const toks = p.tokens;
  for (let j = end - 1; j >= floor && end - j <= 30; j--) {
    const t = toks[j]!;
    if (t.q >= 0 || t.mark) break;
    const prev = toks[j - 1];
    const opensClause =
      j === floor ||
      !prev ||
      prev.sent !== t.sent ||
      (!prev.word && !possessive(prev) && prev.text !== "-") ||
      CONJUNCTIONS.has(prev.lower) ||
      // "Meanwhile Mr Smith's mother has said": the connective opening the sentence is left out.
      (prev.first && CONNECTIVES.has(prev.lower));
    if (!opensClause) continue;
    const d = descriptionAt(p, j, { post: true, and: true });
    // The phrase reaches the verb, or a relative clause does ("who spoke anonymously" is left out of the name).
    if (d && (d.end === end || relativeClauseTo(toks, d.end, end))) return d;
  }
  return undefined;
}
