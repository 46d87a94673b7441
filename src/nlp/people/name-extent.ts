/** Where a name run goes on past a word that is no name's token alone: a month, a weekday, "of", "and". */
import { MONTHS, TIME_WORDS, isCalendarWord } from "../lexicon/calendar.js";
import { DETERMINERS, PREPOSITIONS } from "../lexicon/function-words.js";
import { namesABodyAlone, ORG_SUFFIXES, ORGANISATIONS } from "../lexicon/organisations.js";
import { DEMONYMS, PLACES } from "../lexicon/places.js";
import { isRoleNoun } from "../lexicon/roles.js";
import { TITLE_WORDS } from "../lexicon/titles.js";
import { isFrameVerb } from "../lexicon/reporting-verbs.js";
import { isAdjective, nounKinds } from "../lexicon/wordnet.js";
import type { Token } from "../text-model.js";
import { nameToken, knownNameWord, isPersonRoleNoun, ACRONYM } from "./name-words.js";

/**
 * "Jan Brewer", "April Ryan": a month's name (or its short form) before a capitalised surname,
 * with no number beside it and no preposition, determiner, adjective or other month before it
 * ("in May Congress", "last May", "June and April"), is a given name. "May said:": a month's
 * name opening a sentence right before a verb of saying is its subject, a person.
 */
export function monthAsName(toks: Token[], i: number): boolean {
  const t = toks[i]!;
  if (
    !t.word ||
    !t.cap ||
    !(MONTHS.has(t.lower) || (TIME_WORDS.has(t.lower) && t.text.length === 3))
  )
    return false;
  if (!MONTHS.has(t.lower) && !/^[a-z]{3}$/.test(t.lower)) return false;
  const next = toks[i + 1];
  if (!next?.word) return false;
  if (t.first && !next.cap && isFrameVerb(next.lower)) return true;
  if (!nameToken(next) || !surnameLike(next.lower) || /^\d/.test(toks[i + 2]?.text ?? ""))
    return false;
  const prev = toks[i - 1];
  if (!prev) return true;
  if (/^\d/.test(prev.text) || PREPOSITIONS.has(prev.lower) || DETERMINERS.has(prev.lower))
    return false;
  if (isAdjective(prev.lower)) return false;
  if ((prev.lower === "and" || prev.lower === "or") && isCalendarWord(toks[i - 2]?.lower ?? ""))
    return false;
  return true;
}

/** A capitalised word that names no place, body or people of a country. */
const surnameLike = (w: string) =>
  !PLACES.has(w) && !ORGANISATIONS.has(w) && !ORG_SUFFIXES.has(w) && !DEMONYMS.has(w);
/**
 * "Federal Bureau of Investigation", "Bank of England", "Department for Education": a body's noun
 * (an ending of organisations' names with a group's sense in WordNet) goes on through "of (the)"
 * or "for" to the capitalised words after it. "Securities and Exchange Commission": one common
 * noun, "and", and a capitalised run ending in such a noun is one name — not "Britain and France".
 */
export function bodyNameGoesOn(toks: Token[], i: number, j: number): boolean {
  const t = toks[j]!;
  const q = toks[i]!.q;
  if (t.lower === "of" || t.lower === "for") {
    const k = t.lower === "of" && toks[j + 1]?.lower === "the" ? j + 2 : j + 1;
    // Not "funding from Congress for Tanzania": "for" before a place says whom for, no name.
    if (t.lower === "for" && PLACES.has(toks[k]?.lower ?? "")) return false;
    return isBodyHead(toks[j - 1]!.lower) && nameToken(toks[k]) && toks[k]!.q === q;
  }
  // One word before "and", after a sentence's capital "The" at most.
  const one = j - 1 === i || (j - 2 === i && toks[i]!.lower === "the");
  if (t.lower !== "and" || !one) return false;
  const left = toks[j - 1]!.lower;
  // Not "House and Senate": two bodies.
  if (knownNameWord(left) || PLACES.has(left) || namesABodyAlone(left)) return false;
  // Not "IMF and World Bank", "Free and Bad Company": initials, an adjective.
  if (ACRONYM.test(toks[j - 1]!.text) || isAdjective(left) || !nounKinds(left).length) return false;
  let m = j + 1;
  while (nameToken(toks[m]) && toks[m]!.q === q) m++;
  // Not "Treasury and Bank of England": a name of its own after "and".
  if (toks[m]?.lower === "of" || toks[m]?.lower === "for") return false;
  return m > j + 1 && isBodyHead(toks[m - 1]!.lower);
}

/** "Graduate School of Journalism": a body's noun before "of" or "for" in the run. */
export function bodyOfOrFor(toks: Token[], from: number, end: number): boolean {
  for (let k = from + 1; k < end; k++)
    if ((toks[k]!.lower === "of" || toks[k]!.lower === "for") && isBodyHead(toks[k - 1]!.lower))
      return true;
  return false;
}

/** "bureau", "bank", "school", "commission": an ending of bodies' names with a group's sense in WordNet. */
export const isBodyHead = (w: string) =>
  ORG_SUFFIXES.has(w) && nounKinds(w).includes("group") && !isRoleNoun(w) && !TITLE_WORDS.has(w);

/** "United States", "Federated States": the run's words up to the verb at `j` name a known place or body. */
export function knownWithVerb(toks: Token[], i: number, j: number): boolean {
  for (let k = i; k < j; k++) {
    const name = toks
      .slice(k, j + 1)
      .map((t) => t.lower)
      .join(" ");
    if (PLACES.has(name) || ORGANISATIONS.has(name)) return true;
  }
  return false;
}

/**
 * "coach Mike Friday": a weekday is a surname only after a first name that a role noun
 * introduces — not "South Carolina Saturday", "told Hillary Monday".
 */
export function roleBefore(toks: Token[], i: number): boolean {
  const t = toks[i - 1];
  return !!t?.word && !t.cap && isPersonRoleNoun(t.lower);
}
