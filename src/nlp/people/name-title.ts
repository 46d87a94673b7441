/** Where the words before a name that are no part of it (titles, modifiers, sentence openers) end. */
import { TIME_WORDS } from "../lexicon/calendar.js";
import { OPENING_WORDS, SENTENCE_WORDS } from "../lexicon/function-words.js";
import { LAST_NAMES, firstNameGender } from "../lexicon/person-names.js";
import { DEMONYMS, PLACES } from "../lexicon/places.js";
import { GENERIC_PERSON_WORDS, isRoleNoun } from "../lexicon/roles.js";
import { ORG_SUFFIXES } from "../lexicon/organisations.js";
import { isTitleWord } from "../lexicon/titles.js";
import { isFrameVerb } from "../lexicon/reporting-verbs.js";
import type { Paragraph, Token } from "../text-model.js";
import { dictionaryForms, isEnglishWord, isWordAs, nounKinds } from "../lexicon/wordnet.js";
import { knownNameWord } from "./name-words.js";

/** A capitalised word of letters with a vowel: "Zaw", not "Cllr", "GOP" or "Twelve-year-old". */
const NAME_WORD = /^\p{Lu}\p{Ll}*[aeiouy]\p{Ll}*$/u;

/**
 * Where the name starts when capitalised modifiers that are no names open the run:
 * "Republican Marco Rubio", "Vermonter Bernie Sanders" start at the first given name, when a
 * given name and a surname follow it and no word before it is a known first or last name.
 */
export function afterModifiers(toks: Token[], start: number, end: number): number {
  // "Australian Johnson", "Brazilian Ronaldo": a nationality before a name alone.
  const one = toks[start + 1];
  if (end - start === 2 && DEMONYMS.has(toks[start]!.lower) && one && knownNameWord(one.lower))
    return start + 1;
  // "Los Angeles-area Sanders", "New York-based Ann Lee": the name starts after the compound
  // adjective of a place of several words.
  for (let k = end - 2; k > start; k--) if (COMPOUND_MODIFIER.test(toks[k]!.lower)) return k + 1;
  if (occupationOpening(toks, start, end)) return start + 1;
  for (let k = start; k <= end - 2; k++) {
    const w = toks[k]!.lower;
    if (!toks[k]!.word) return start;
    if (firstNameGender(w)) return k;
    if (LAST_NAMES.has(w)) return start;
    // "Zaw Lin Htet", "Nnamdi Chidi Eze": a word no dictionary knows (WordNet) nor the place
    // and nationality lists is a name's own word, not a modifier ("Republican", "Vermonter");
    // not initials, an abbreviation without a vowel ("Cllr") or a compound ("Twelve-year-old").
    // (Not "Beatle George Harrison", "Seamer Damian Corbin": a known given name and a name word
    // the lists know closing the run are the name; the unknown word before them is a modifier.)
    if (
      NAME_WORD.test(toks[k]!.text) &&
      !isEnglishWord(w) &&
      !DEMONYMS.has(w) &&
      !PLACES.has(w) &&
      !givenAndSurnameClose(toks, k, end)
    )
      return start;
  }
  // "Irishmen JP Doyle", "Democrats Ann Lee and …": a plural noun for people opening the run is
  // what they are, never a part of one person's name (two name words after it at least).
  // (Found no given name: "Padres CF Steve Finley" starts at Steve above.)
  return end - start >= 3 && pluralOfPersonNoun(toks[start]!.lower) ? start + 1 : start;
}

/** "irishmen", "democrats", "texans": a plural whose singular WordNet knows first as a person. */
function pluralOfPersonNoun(w: string): boolean {
  if (LAST_NAMES.has(w) || firstNameGender(w)) return false;
  const one = w.endsWith("men") ? `${w.slice(0, -3)}man` : /[^s]s$/.test(w) ? w.slice(0, -1) : "";
  return !!one && dictionaryForms(w).includes(one) && nounKinds(one)[0] === "person";
}

/** A known given name after `k`, then one name word the lists know ending the run at `end`. */
function givenAndSurnameClose(toks: Token[], k: number, end: number): boolean {
  const [given, last] = [toks[end - 2]!, toks[end - 1]!];
  return end - 2 > k && !!firstNameGender(given.lower) && last.cap && knownNameWord(last.lower);
}

/** "Chancellor", "Chief Justice" (of "Lord Chancellor"), not "King" (of "Lord King", "Ms King"). */
export const onlyTitles = (toks: Token[]) =>
  toks.every((t) => !t.word || (isTitleWord(t.lower) && !LAST_NAMES.has(t.lower)));

/**
 * "Secretary of State Tom Reyes", "Speaker of the House Ann Lee": a run after "<title> of (the)"
 * whose first words end the title: where the title starts and where the name starts (at its
 * first given name).
 */
export function titleOfBefore(
  p: Paragraph,
  runFrom: number,
  end: number,
): { from: number; name: number } | undefined {
  const toks = p.tokens;
  let k = runFrom - 1;
  if (toks[k]?.lower === "the") k--;
  const title = toks[k - 1];
  if (toks[k]?.lower !== "of" || !title?.cap || !isRoleNoun(title.lower)) return undefined;
  for (let i = runFrom + 1; i < end - 1; i++)
    if (toks[i]!.word && firstNameGender(toks[i]!.lower)) return { from: k - 1, name: i };
  return undefined;
}

/**
 * "Crofter Morag Bain was less forgiving", "Farmer Ana Lopes said": a noun for a person (WordNet's
 * commonest sense) opening the sentence before two name words is what the person does, capitalised
 * only as the sentence's first word; not a given name or a surname the lists know ("Baker", "Mason"),
 * nor a word before another English word ("Liberal Democrat Sarah Teather").
 */
function occupationOpening(toks: Token[], start: number, end: number): boolean {
  const t = toks[start]!;
  if (!t.first || end - start < 3 || !toks[start + 1]!.word || !toks[start + 2]!.word) return false;
  const w = t.lower;
  if (firstNameGender(w) || LAST_NAMES.has(w) || GENERIC_PERSON_WORDS.has(w)) return false;
  // Not "Liberal Democrat Sarah Teather": the word after it is a given name or no English word.
  const next = toks[start + 1]!.lower;
  if (!firstNameGender(next) && (isEnglishWord(next) || SENTENCE_WORDS.has(next))) return false;
  // "Jews Against Trump": a plural is what several people are, never one person's trade.
  if (/[^s]s$/.test(w)) return false;
  // "National Intergroup Inc.": a firm's name, whose first word is its own.
  for (let k = start + 1; k < end; k++) if (ORG_SUFFIXES.has(toks[k]!.lower)) return false;
  return nounKinds(w)[0] === "person";
}

/**
 * A capitalised word that is not a name's first word: a function word, a reporting verb, a role
 * modifier opening the sentence ("Former Arizona governor Jan Brewer") or,
 * before more of the run, an -ly adverb opening the sentence ("Certainly Donald Trump", not "Schlafly").
 */
export function notNameStart(t: Token, moreFollow: boolean): boolean {
  const w = t.lower;
  if (SENTENCE_WORDS.has(w) && (t.first || w === "the")) return true;
  if (firstNameGender(w) || LAST_NAMES.has(w)) return false;
  if (OPENING_WORDS.has(w) || (t.first && (TIME_WORDS.has(w) || FORMERLY.test(w)))) return true;
  if (COMPOUND_MODIFIER.test(w)) return true;
  if (!t.first) return false;
  if (isFrameVerb(w) || (moreFollow && /ly$/.test(w) && w.length > 4)) return true;
  // "Hastily politicizing the tragedy, Trump …": alone, an adverb made of a WordNet adjective.
  return adverbOfAdjective(w);
}

/** "hastily" (hasty), "quietly" (quiet), "probably" (probable): an -ly adverb of an adjective; not "Kelly", "Early". */
export function adverbOfAdjective(w: string): boolean {
  const m = /^(.{3,}?)(i?)ly$/.exec(w);
  if (!m) return false;
  const stem = m[1]!;
  const forms = m[2] ? [`${stem}y`] : [stem, `${stem}le`, `${stem}e`];
  return forms.some((f) => isWordAs(f, "adj"));
}

/** "Tunisian-born", "London-based", "Saudi-led", "Los Angeles-area": a compound adjective before a name, never part of it. */
const COMPOUND_MODIFIER = /-(born|based|bred|raised|led|backed|owned|run|area)$/;

/** Role modifiers of time that open a sentence before a place or a title, never a name. */
const FORMERLY = /^(former|acting|interim|outgoing)$/;
