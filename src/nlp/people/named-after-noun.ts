/** Names in apposition after a noun for a work or a body ("the film Vera Drake", "the band Keane"). */
import {
  AUXILIARIES,
  DETERMINERS,
  PERSONAL_PRONOUNS,
  PREPOSITIONS,
  SENTENCE_WORDS,
} from "../lexicon/function-words.js";
import { SPEAKING_BODIES } from "../lexicon/organisations.js";
import { LAST_NAMES, firstNameGender } from "../lexicon/person-names.js";
import { isRoleNoun } from "../lexicon/roles.js";
import { isFrameVerb } from "../lexicon/reporting-verbs.js";
import { isAdjective, isWordAs, nounKinds } from "../lexicon/wordnet.js";
import type { Token } from "../text-model.js";
import { knownNameWord } from "./name-words.js";
import type { NameRun, NameKind } from "./names.js";

/** Runs named after a work's or a body's noun ("the film Vera Drake"). */
export const namedAfterKindNoun = new WeakSet<NameRun>();
const keyOfRun = (r: NameRun) => r.words.join(" ").toLowerCase();

/** "the film Vera Drake … Vera Drake won": the same words name the same thing where no title or honorific says otherwise. */
export function thingsNamedSoElsewhere(runs: NameRun[]): void {
  const flagged = runs.filter((r) => namedAfterKindNoun.has(r));
  if (!flagged.length) return;
  // "former Scotland international Pountney" where the article names Budge Pountney: a person's surname.
  const surnames = new Set(
    runs
      .filter((r) => r.kind === "person" && r.words.length > 1)
      .map((r) => r.words[r.words.length - 1]!.toLowerCase()),
  );
  const things = new Map<string, NameKind>();
  for (const r of flagged) {
    if (r.words.length === 1 && surnames.has(keyOfRun(r))) r.kind = undefined;
    // A single word may name different things in one article ("the band Keane", "Roy Keane").
    else if (r.words.length > 1 && r.kind) things.set(keyOfRun(r), r.kind);
  }
  for (const r of runs) {
    const kind = things.get(keyOfRun(r));
    if (kind && !r.title && !r.honorific && r.kind !== "place") r.kind = kind;
  }
}

/**
 * "the musical Billy Elliot", "Scottish-based band Snow Patrol", "investment bank Morgan
 * Stanley": a name in apposition after a noun whose commonest sense (WordNet) is a work or a
 * body — a communication or a group — names such a thing, not a person. Not when a verb
 * follows the name ("the jury Tom Reyes had lied"), nor after "told" ("told the panel …"),
 * nor when the noun may be a verb of the words before ("Polls show Jan Okafor ahead").
 */
export function afterKindNoun(toks: Token[], from: number, end: number): boolean {
  const noun = toks[from - 1];
  if (!noun?.word || noun.cap || !/^[a-z]+$/.test(noun.text) || /(ing|ed)$/.test(noun.lower))
    return false;
  if (SENTENCE_WORDS.has(noun.lower) || isRoleNoun(noun.lower)) return false;
  const kinds = nounKinds(noun.lower);
  // Not "publisher Kimberly Quinn": a noun that may also be a person.
  if ((kinds[0] !== "communication" && kinds[0] !== "group") || kinds.includes("person"))
    return false;
  // Not "the latest Democratic …", "elite Democrats": a word that may be an adjective.
  if (isAdjective(noun.lower)) return false;
  // Not "the organization Bill Clinton used", "a question Democrats are asking": a clause's subject.
  const after = toks[end];
  if (after?.word && !after.cap && (isFrameVerb(after.lower) || mayBeAVerb(after.lower)))
    return false;
  // "FranÃ§ois Delattre": a noun glued to the word before is a piece of a broken word.
  if (toks[from - 2] && toks[from - 2]!.end === noun.start) return false;
  // "the couple Bill and Hillary Okafor": people named in a pair.
  if (after?.lower === "and" && toks[end + 1]?.cap) return false;
  for (let k = from - 2; k >= Math.max(0, from - 4); k--)
    if (toks[k]!.word && isFrameVerb(toks[k]!.lower)) return false;
  return !isWordAs(noun.lower, "verb") || opensNounPhrase(toks, from - 2, true);
}

/**
 * "the film Being Julia", "his album Musicology": a work; "the band Keane", "the magazine Rolling
 * Stone": a body — a noun with a group's sense (WordNet) or one for a body that speaks
 * (SPEAKING_BODIES). WordNet has no group's sense for "label": "record label Domino" is a work here.
 */
export function kindNamedAfter(noun: string): NameKind {
  const kinds = nounKinds(noun);
  const body = kinds.includes("group") || SPEAKING_BODIES.has(noun);
  return kinds[0] === "communication" && !body ? "work" : "organisation";
}

/**
 * "rock legend Elvis", "soul icon Aretha": a lone given name after a noun WordNet knows only as a
 * work or a writing is a person's; not "rock band Keane" (a body's name, and a surname too).
 */
export function loneGivenNameAfterWork(toks: Token[], from: number, words: string[]): boolean {
  const w = words.length === 1 ? words[0]!.toLowerCase() : "";
  if (!w || !firstNameGender(w) || LAST_NAMES.has(w)) return false;
  return nounKinds(toks[from - 1]?.lower ?? "")[0] === "communication";
}

const mayBeAVerb = (w: string) =>
  AUXILIARIES.has(w) ||
  /^(are|were|have)$/.test(w) ||
  (isWordAs(w, "verb") && !isWordAs(w, "noun"));

/**
 * Whether a word before a noun that may also be a verb makes it a noun: a determiner, a
 * possessive, a number, a capitalised or hyphenated modifier, or a singular noun or adjective
 * ("rock band"); not a pronoun, a modal, "to" or a plural ("Polls show", "they show").
 */
function opensNounPhrase(toks: Token[], at: number, nounMayFollow: boolean): boolean {
  const t = toks[at];
  if (!t?.word) return false;
  const w = t.lower;
  if (
    DETERMINERS.has(w) ||
    w === "'s" ||
    w === "’s" ||
    /\d|-/.test(w) ||
    /^[A-Z]{2,}$/.test(t.text)
  )
    return true;
  if (SENTENCE_WORDS.has(w) || AUXILIARIES.has(w) || PERSONAL_PRONOUNS.has(w)) return false;
  if (w.endsWith("s") || w.endsWith("ly")) return false;
  // Not "Clinton defeated …": a name before the word is its subject.
  if (t.cap) return !knownNameWord(w);
  if (isAdjective(w)) return true;
  // "rock band", "UK sportswear firm", "at analyst firm"; not "the book and film blame Bob".
  if (!nounMayFollow || !isWordAs(w, "noun")) return false;
  return PREPOSITIONS.has(toks[at - 1]?.lower ?? "") || opensNounPhrase(toks, at - 1, false);
}
