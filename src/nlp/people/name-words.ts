/** What one capitalised word may be in a name run: a name's token, an initial, a known name word. */
import {
  FULL_NAMES,
  LAST_NAMES,
  NOT_NAME_WORDS,
  ONE_WORD_NAMES,
  firstNameGender,
} from "../lexicon/person-names.js";
import { GENERIC_PERSON_WORDS, ROLE_NOUNS } from "../lexicon/roles.js";
import { TITLE_WORDS } from "../lexicon/titles.js";
import type { Token } from "../text-model.js";

/** "J", and "J.J" of "J.J. Goldberg". */
export const isInitial = (t: Token) => /^(\p{Lu}\.)*\p{Lu}$/u.test(t.text);

/** A capitalised word, not a number, that may be a name's: not the calendar's nor "I" (NOT_NAME_WORDS). */
export function nameToken(t: Token | undefined): boolean {
  return (
    !!t && t.word && t.cap && !NOT_NAME_WORDS.has(t.lower.replace(/’/g, "'")) && !/^\d/.test(t.text)
  );
}

/** A word the name lexicon knows as a first, last or one-word name. */
export const knownNameWord = (w: string) =>
  LAST_NAMES.has(w) || !!firstNameGender(w) || ONE_WORD_NAMES.has(w) || FULL_NAMES.has(w);

/** A title or role noun for a person ("coach", "senator"), not a generic one ("man", "people"). */
export const isPersonRoleNoun = (w: string) =>
  (TITLE_WORDS.has(w) || ROLE_NOUNS.has(w)) && !GENERIC_PERSON_WORDS.has(w);

/** Initials in capitals: "BBC", "AT&T", "G20". */
export const ACRONYM = /^[A-Z][A-Z0-9&]{1,5}$/;
