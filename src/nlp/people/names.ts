/**
 * Capitalised name runs in the text ("Russian President Vladimir Putin", "Mr Howard",
 * "Ruud van Nistelrooy") split into title and name, and a first guess at what each names.
 */
import { MONTHS, TIME_WORDS, WEEKDAYS, isCalendarWord } from "../lexicon/calendar.js";
import {
  AUXILIARIES,
  CONJUNCTIONS,
  DETERMINERS,
  OPENING_WORDS,
  PERSONAL_PRONOUNS,
  PREPOSITIONS,
  SENTENCE_WORDS,
} from "../lexicon/function-words.js";
import {
  namesABodyAlone,
  ORG_SUFFIXES,
  ORGANISATIONS,
  SPEAKING_BODIES,
} from "../lexicon/organisations.js";
import {
  FULL_NAMES,
  LAST_NAMES,
  NAME_PARTICLES,
  NOT_NAME_WORDS,
  ONE_WORD_NAMES,
  firstNameGender,
  givenNameGender,
} from "../lexicon/person-names.js";
import { DEMONYMS, PLACE_SUFFIXES, PLACES } from "../lexicon/places.js";
import { GENERIC_PERSON_WORDS, ROLE_NOUNS, isPersonNoun, isRoleNoun } from "../lexicon/roles.js";
import {
  AMBIGUOUS_TITLES,
  HONORIFIC_FOLLOWERS,
  HONORIFICS,
  TITLE_WORDS,
  isTitleAbbreviation,
  isTitleWord,
} from "../lexicon/titles.js";
import { isFrameVerb } from "../lexicon/reporting-verbs.js";
import { singular } from "../lexicon/irregular-verbs.js";
import {
  isAdjective,
  isEnglishWord,
  isWordAs,
  nounFileNumbers,
  nounKinds,
  nounSenses,
} from "../lexicon/wordnet.js";
import type { Paragraph, TextModel, Token } from "../text-model.js";

export type NameKind = "person" | "organisation" | "place" | "work";

export interface NameRun {
  /** Paragraph index in the text model. */
  p: number;
  /** Token range of the whole run, titles included: [from, end). */
  from: number;
  /** Token range of the name proper: [start, end). */
  start: number;
  end: number;
  /** The name's words ("Vladimir", "Putin"). */
  words: string[];
  /** Title words before the name, as written ("Russian President"). */
  title?: string;
  /** Honorific before the name, lower case ("mr", "sir"). */
  honorific?: string;
  sent: number;
  /** Id of the quote the run is in, or -1. */
  q: number;
  /** The run starts a sentence or a quotation (its capital may be only that). */
  first: boolean;
  /** What the words alone say: undefined when they need context to decide. */
  kind?: NameKind;
  gender?: "m" | "f";
  /** The gender is only the first name's usual one ("Lindsey", "Christie"): the article's pronouns may overrule it. */
  guessedGender?: boolean;
}

/** "J", and "J.J" of "J.J. Goldberg". */
const isInitial = (t: Token) => /^(\p{Lu}\.)*\p{Lu}$/u.test(t.text);

function nameToken(t: Token | undefined): boolean {
  return (
    !!t && t.word && t.cap && !NOT_NAME_WORDS.has(t.lower.replace(/’/g, "'")) && !/^\d/.test(t.text)
  );
}

/** All capitalised runs of the article, in text order. */
export function findNameRuns(model: TextModel): NameRun[] {
  const out: NameRun[] = [];
  for (const p of model.paragraphs) {
    const toks = p.tokens;
    let i = 0;
    while (i < toks.length) {
      if (!nameToken(toks[i]) && !monthAsName(toks, i)) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < toks.length) {
        const t = toks[j]!;
        if (t.q !== toks[i]!.q) break;
        // "Chris Christie Says He Would …": a headline's capitalised reporting verb ends the name.
        // Not "United States": a reporting verb that ends a known place's or body's name.
        if (isFrameVerb(t.lower) && t.lower.endsWith("s") && !knownWithVerb(toks, i, j)) break;
        if (nameToken(t)) j++;
        // "Theresa May", "Brian May", "Mike Friday": a month or a weekday after a first name is a surname.
        else if (
          t.word &&
          t.cap &&
          (MONTHS.has(t.lower) || (WEEKDAYS.has(t.lower) && j - 1 === i && roleBefore(toks, i))) &&
          firstNameGender(toks[j - 1]!.lower) &&
          toks[j - 1]!.cap
        )
          j++;
        else if (NAME_PARTICLES.has(t.lower) && nameToken(toks[j + 1])) j++;
        else if (bodyNameGoesOn(toks, i, j)) j += toks[j + 1]!.lower === "the" ? 2 : 1;
        else if (
          t.text === "." &&
          (isInitial(toks[j - 1]!) ||
            HONORIFICS[toks[j - 1]!.lower] ||
            isTitleAbbreviation(toks[j - 1]!.lower)) &&
          nameToken(toks[j + 1]) &&
          toks[j + 1]!.start === t.end + 1
        )
          j++;
        else break;
      }
      const run = makeRun(p, i, j);
      // "Secretary" of "Secretary of State Tom Reyes" is in the title of the run after it.
      const prev = out[out.length - 1];
      if (run && prev?.p === p.index && prev.end > run.from) out.pop();
      if (run) out.push(run);
      i = j;
    }
  }
  thingsNamedSoElsewhere(out);
  initialsOfBodiesNamed(out);
  firmsBeforeAmpersand(model, out);
  return out.filter(
    (r, i) => !onlyTheSentenceCapital(model, r, out[i + 1]) && !titleCasePhrase(model, r),
  );
}

/**
 * "Jan Brewer", "April Ryan": a month's name (or its short form) before a capitalised surname,
 * with no number beside it and no preposition, determiner, adjective or other month before it
 * ("in May Congress", "last May", "June and April"), is a given name. "May said:": a month's
 * name opening a sentence right before a verb of saying is its subject, a person.
 */
function monthAsName(toks: Token[], i: number): boolean {
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

/** Function words a title in title case capitalises: prepositions, conjunctions, determiners. */
const TITLE_CASE_WORDS = new Set([
  ...PREPOSITIONS,
  ...CONJUNCTIONS,
  ...DETERMINERS,
  "within",
  "upon",
]);

/**
 * "Actors Asked To Act Whiter", "Lost In Translation": a run whose inner words include a
 * capitalised function word is a phrase in title case (a subhead, a work's title), no one's
 * name — names write them in lower case ("Bank of America"), save particles ("Robert De Niro").
 */
function titleCasePhrase(model: TextModel, r: NameRun): boolean {
  const toks = model.paragraphs[r.p]!.tokens;
  for (let k = r.start + 1; k < r.end - 1; k++) {
    const t = toks[k]!;
    // Not "Samuel A. Alito": an initial.
    if (
      t.word &&
      t.cap &&
      t.text.length > 1 &&
      TITLE_CASE_WORDS.has(t.lower) &&
      !NAME_PARTICLES.has(t.lower)
    )
      return true;
  }
  return false;
}

/**
 * "Band member Flea", "Party leader Ann Lee": a common noun opening the sentence before a role
 * noun and a name is capitalised only as the sentence's first word, no name of its own.
 */
function onlyTheSentenceCapital(model: TextModel, r: NameRun, next: NameRun | undefined): boolean {
  if (!r.first || r.words.length !== 1 || r.title || !next || next.p !== r.p) return false;
  const w = r.words[0]!.toLowerCase();
  if (!isWordAs(w, "noun") || knownNameWord(w) || ORGANISATIONS.has(w) || PLACES.has(w))
    return false;
  if (ACRONYM.test(r.words[0]!)) return false;
  const between = model.paragraphs[r.p]!.tokens.slice(r.end, next.from);
  return (
    between.length > 0 &&
    between.length <= 2 &&
    between.every((t) => t.word && !t.cap && isPersonNoun(t.lower))
  );
}

/**
 * "Federal Bureau of Investigation", "Bank of England", "Department for Education": a body's noun
 * (an ending of organisations' names with a group's sense in WordNet) goes on through "of (the)"
 * or "for" to the capitalised words after it. "Securities and Exchange Commission": one common
 * noun, "and", and a capitalised run ending in such a noun is one name — not "Britain and France".
 */
function bodyNameGoesOn(toks: Token[], i: number, j: number): boolean {
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
function bodyOfOrFor(toks: Token[], from: number, end: number): boolean {
  for (let k = from + 1; k < end; k++)
    if ((toks[k]!.lower === "of" || toks[k]!.lower === "for") && isBodyHead(toks[k - 1]!.lower))
      return true;
  return false;
}

/** "bureau", "bank", "school", "commission": an ending of bodies' names with a group's sense in WordNet. */
export const isBodyHead = (w: string) =>
  ORG_SUFFIXES.has(w) && nounKinds(w).includes("group") && !isRoleNoun(w) && !TITLE_WORDS.has(w);

/** "United States", "Federated States": the run's words up to the verb at `j` name a known place or body. */
function knownWithVerb(toks: Token[], i: number, j: number): boolean {
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
function roleBefore(toks: Token[], i: number): boolean {
  const t = toks[i - 1];
  return !!t?.word && !t.cap && isPersonRoleNoun(t.lower);
}

/** Runs named after a work's or a body's noun ("the film Vera Drake"). */
export const namedAfterKindNoun = new WeakSet<NameRun>();
const keyOfRun = (r: NameRun) => r.words.join(" ").toLowerCase();

/** "the film Vera Drake … Vera Drake won": the same words name the same thing where no title or honorific says otherwise. */
function thingsNamedSoElsewhere(runs: NameRun[]): void {
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

function makeRun(p: Paragraph, from: number, end: number): NameRun | undefined {
  const toks = p.tokens;
  let i = from;
  // Capitals that only start the sentence: "But", "The", "In", "Certainly"; "Neither" anywhere.
  while (i < end && notNameStart(toks[i]!, i < end - 1) && !monthAsName(toks, i)) i++;
  if (i >= end) return undefined;
  const runFrom = i;
  let start = i;
  let honorific: string | undefined;
  let titleEnd = -1;
  // The last honorific or title word followed by a name: "Lib Dem Sir Archy Kirkwood", "Foreign Secretary Jack Straw".
  for (let k = end - 2; k >= i; k--) {
    const w = toks[k]!.lower;
    const next = toks[k + 1]!;
    const after = next.text === "." ? k + 2 : k + 1;
    if (after >= end) continue;
    // "Lord Chancellor", "Lord Chief Justice": an honorific before a title alone names no one.
    if (HONORIFICS[w] && !(HONORIFICS[w].kept && onlyTitles(toks.slice(after, end)))) {
      honorific = w;
      titleEnd = k;
      start = after;
      while (start < end - 1 && HONORIFIC_FOLLOWERS.has(toks[start]!.lower)) start++;
      break;
    }
    const lastWord = toks[end - 1]!.lower;
    // "General Election", "International Development", "Star Wars": adjectives, not titles, before one word.
    if (AMBIGUOUS_TITLES.has(w) && end - after === 1) continue;
    if (
      (TITLE_WORDS.has(w) ||
        isTitleAbbreviation(w) ||
        (ROLE_NOUNS.has(w) && !GENERIC_PERSON_WORDS.has(w))) &&
      !TITLE_WORDS.has(toks[after]!.lower) &&
      !isTitleAbbreviation(toks[after]!.lower) &&
      !ORG_SUFFIXES.has(lastWord) &&
      !PLACE_SUFFIXES.has(lastWord) &&
      !bodyOfOrFor(toks, after, end)
    ) {
      titleEnd = k + 1;
      start = after;
      break;
    }
  }
  let runStart = runFrom;
  if (titleEnd < 0) {
    const title = titleOfBefore(p, runFrom, end);
    if (title) [runStart, titleEnd, start] = [title.from, title.name, title.name];
  }
  if (titleEnd < 0)
    [runStart, start] = Array(2).fill(afterModifiers(toks, start, end)) as [number, number];
  const words = toks
    .slice(start, end)
    .filter((t) => t.word)
    .map((t) => t.text);
  if (words.length === 0) return undefined;
  const first = toks[runStart]!;
  // Every field from the start, in one order: runs of one shape keep V8's code for them optimised.
  const run: NameRun = {
    p: p.index,
    from: runStart,
    start,
    end,
    words,
    title: titleEnd > runStart ? textOf(p, runStart, titleEnd) : undefined,
    honorific: honorific || undefined,
    sent: first.sent,
    q: first.q,
    first: first.first,
    kind: undefined,
    gender: undefined,
    guessedGender: undefined,
  };
  classify(run);
  // "pollster Frank Luntz", "the economist Jared Bernstein": a role noun before a full name.
  const before = toks[runStart - 1];
  if (
    !run.kind &&
    words.length >= 2 &&
    before?.word &&
    !before.cap &&
    isPersonRoleNoun(before.lower)
  )
    run.kind = "person";
  else if (
    run.kind !== "place" &&
    !run.title &&
    !run.honorific &&
    !FULL_NAMES.has(words.join(" ").toLowerCase()) &&
    !(
      words.length === 1 &&
      // Not "Parisians", "PCs": a plural of one word names people or things of a kind.
      (DEMONYMS.has(words[0]!.toLowerCase()) || /s$/.test(words[0]!))
    ) &&
    !isCalendarWord(words[0]!.toLowerCase()) &&
    !/^[A-Z][a-z]{2}$/.test(words[0]!) &&
    !loneGivenNameAfterWork(toks, runStart, words) &&
    afterKindNoun(toks, runStart, end)
  ) {
    const initials = words.length === 1 && ACRONYM.test(words[0]!);
    // "offer TV content": initials WordNet writes for a thing name no body and no work; "the
    // cable channel HBO": other initials are a body's (works are named in words).
    if (!initials || !initialsOfAThing(words[0]!)) {
      run.kind = initials ? "organisation" : kindNamedAfter(toks[runStart - 1]!.lower);
      namedAfterKindNoun.add(run);
    }
  }
  return run;
}

/**
 * "the musical Billy Elliot", "Scottish-based band Snow Patrol", "investment bank Morgan
 * Stanley": a name in apposition after a noun whose commonest sense (WordNet) is a work or a
 * body — a communication or a group — names such a thing, not a person. Not when a verb
 * follows the name ("the jury Tom Reyes had lied"), nor after "told" ("told the panel …"),
 * nor when the noun may be a verb of the words before ("Polls show Jan Okafor ahead").
 */
function afterKindNoun(toks: Token[], from: number, end: number): boolean {
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
function kindNamedAfter(noun: string): NameKind {
  const kinds = nounKinds(noun);
  const body = kinds.includes("group") || SPEAKING_BODIES.has(noun);
  return kinds[0] === "communication" && !body ? "work" : "organisation";
}

/**
 * "rock legend Elvis", "soul icon Aretha": a lone given name after a noun WordNet knows only as a
 * work or a writing is a person's; not "rock band Keane" (a body's name, and a surname too).
 */
function loneGivenNameAfterWork(toks: Token[], from: number, words: string[]): boolean {
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

/**
 * Where the name starts when capitalised modifiers that are no names open the run:
 * "Republican Marco Rubio", "Vermonter Bernie Sanders" start at the first given name, when a
 * given name and a surname follow it and no word before it is a known first or last name.
 */
function afterModifiers(toks: Token[], start: number, end: number): number {
  // "Australian Johnson", "Brazilian Ronaldo": a nationality before a name alone.
  const one = toks[start + 1];
  if (end - start === 2 && DEMONYMS.has(toks[start]!.lower) && one && knownNameWord(one.lower))
    return start + 1;
  for (let k = start; k <= end - 2; k++) {
    const w = toks[k]!.lower;
    if (!toks[k]!.word) return start;
    if (firstNameGender(w)) return k;
    if (LAST_NAMES.has(w)) return start;
  }
  return start;
}

/** "Chancellor", "Chief Justice" (of "Lord Chancellor"), not "King" (of "Lord King", "Ms King"). */
const onlyTitles = (toks: Token[]) =>
  toks.every((t) => !t.word || (isTitleWord(t.lower) && !LAST_NAMES.has(t.lower)));

const knownNameWord = (w: string) =>
  LAST_NAMES.has(w) || !!firstNameGender(w) || ONE_WORD_NAMES.has(w) || FULL_NAMES.has(w);

/**
 * "Secretary of State Tom Reyes", "Speaker of the House Ann Lee": a run after "<title> of (the)"
 * whose first words end the title: where the title starts and where the name starts (at its
 * first given name).
 */
function titleOfBefore(
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
 * A capitalised word that is not a name's first word: a function word, a reporting verb, a role
 * modifier opening the sentence ("Former Arizona governor Jan Brewer") or,
 * before more of the run, an -ly adverb opening the sentence ("Certainly Donald Trump", not "Schlafly").
 */
function notNameStart(t: Token, moreFollow: boolean): boolean {
  const w = t.lower;
  if (SENTENCE_WORDS.has(w) && (t.first || w === "the")) return true;
  if (firstNameGender(w) || LAST_NAMES.has(w)) return false;
  if (OPENING_WORDS.has(w) || (t.first && (TIME_WORDS.has(w) || FORMERLY.test(w)))) return true;
  if (COMPOUND_MODIFIER.test(w)) return true;
  return t.first && (isFrameVerb(w) || (moreFollow && /ly$/.test(w) && w.length > 4));
}

/** "Tunisian-born", "London-based", "Saudi-led": a compound adjective before a name, never part of it. */
const COMPOUND_MODIFIER = /-(born|based|bred|raised|led|backed|owned|run)$/;

/** Role modifiers of time that open a sentence before a place or a title, never a name. */
const FORMERLY = /^(former|acting|interim|outgoing)$/;

const isPersonRoleNoun = (w: string) =>
  (TITLE_WORDS.has(w) || ROLE_NOUNS.has(w)) && !GENERIC_PERSON_WORDS.has(w);

export function textOf(p: Paragraph, from: number, to: number): string {
  if (to <= from) return "";
  return p.text.slice(p.tokens[from]!.start, p.tokens[to - 1]!.end);
}

const ACRONYM = /^[A-Z][A-Z0-9&]{1,5}$/;

/** What a name's words alone say it is (set on run.kind), and the gender its title or first name gives. */
function classify(run: NameRun): void {
  const lower = run.words.map((w) => w.toLowerCase());
  const full = lower.join(" ");
  const last = lower[lower.length - 1]!;
  const honorific = run.honorific ? HONORIFICS[run.honorific] : undefined;
  if (honorific?.gender) run.gender = honorific.gender;
  const g = lower.length > 1 ? firstNameGender(lower[0]!) : undefined;
  const guess = lower.length > 1 ? givenNameGender(lower[0]!) : undefined;
  if (!run.gender && (guess === "m" || guess === "f")) {
    run.gender = guess;
    run.guessedGender = true;
  }
  if (run.honorific) {
    run.kind = "person";
    return;
  }
  const thingInitials =
    lower.length === 1 && ACRONYM.test(run.words[0]!) && initialsOfAThing(run.words[0]!);
  if (
    ORGANISATIONS.has(full) ||
    lower.some((w, k) => (w === "of" || w === "for") && k > 0 && isBodyHead(lower[k - 1]!)) ||
    (lower.length > 1 ? ORG_SUFFIXES.has(last) : namesABodyAlone(last) && !thingInitials) ||
    (lower.length === 1 && ACRONYM.test(run.words[0]!) && !PLACES.has(full) && !thingInitials) ||
    // "EMI Music", "CIBC World Markets": a name opening with a body's initials (of three or more) is the body's.
    (lower.length > 1 && /^[A-Z]{3,}$/.test(run.words[0]!) && !isEnglishWord(lower[0]!))
  ) {
    run.kind = "organisation";
    return;
  }
  // "Hotel", "Associates": a word that ends a body's name but alone names none is no one's name.
  if (lower.length === 1 && ORG_SUFFIXES.has(last)) return;
  if (PLACES.has(full) || PLACE_SUFFIXES.has(last)) {
    run.kind = run.title ? "person" : "place";
    return;
  }
  const known = lower.length > 1 && !run.title ? thingNamed(lower) : undefined;
  if (known) {
    run.kind = known;
    return;
  }
  if (lower.length === 1 && DEMONYMS.has(full)) return;
  // "African American", "Mexican American": two nationalities describe people; they name nothing.
  if (lower.length === 2 && DEMONYMS.has(lower[0]!) && DEMONYMS.has(last)) return;
  // "Saudi Arabian", "Afghan Women": a nationality before a noun for people describes them.
  if (lower.length === 2 && DEMONYMS.has(lower[0]!) && nounForPeople(last)) return;
  // "Swiss Re", "American Idol": a nationality before words that hold no given name names a body or a thing.
  if (
    lower.length === 2 &&
    DEMONYMS.has(lower[0]!) &&
    !givenNameGender(run.words[0]!) &&
    !isRoleNoun(last) &&
    !last.endsWith("s")
  ) {
    run.kind = "organisation";
    return;
  }
  // "Went And Left Me": a title of a work, not a name.
  if (lower.slice(1).some((w) => SENTENCE_WORDS.has(w) && !NAME_PARTICLES.has(w))) return;
  if (run.title) {
    run.kind = "person";
    return;
  }
  // "Rihanna", "Beyonce": a one-word name compromise knows as a person's.
  if (lower.length === 1 && ONE_WORD_NAMES.has(full) && !ORGANISATIONS.has(full)) {
    run.kind = "person";
    return;
  }
  if (lower.length === 1) return;
  if (FULL_NAMES.has(full)) {
    run.kind = "person";
    return;
  }
  const anyPlaceOrOrg = lower.some((w) => PLACES.has(w) || ORGANISATIONS.has(w) || DEMONYMS.has(w));
  // "Johanna Bayer", "Michael Dell": a first name before a firm's word is a person named so.
  if (g && !PLACES.has(last) && (!ORGANISATIONS.has(last) || lower.length === 2)) {
    run.kind = "person";
    return;
  }
  // "Ruud van Nistelrooy", not "Stade de France".
  if (lower.length <= 4 && lower.some((w) => NAME_PARTICLES.has(w)) && !PLACES.has(last)) {
    run.kind = "person";
    return;
  }
  // "B.B. King", "J.K. Rowling": given names as initials before a surname; not "U.S. Steel".
  if (
    lower.length === 2 &&
    /^(\p{Lu}\.)+\p{Lu}$/u.test(run.words[0]!) &&
    !PLACES.has(lower[0]!) &&
    !PLACES.has(`${lower[0]!}.`) &&
    !ORGANISATIONS.has(lower[0]!)
  ) {
    run.kind = "person";
    return;
  }
  // "Tory Leader" names a role, not a person.
  if (TITLE_WORDS.has(last)) return;
  if (!anyPlaceOrOrg && lower.length <= 3 && (LAST_NAMES.has(last) || FULL_NAMES.has(last))) {
    run.kind = "person";
  }
}

/**
 * "Capitol Hill", "Wall Street", "Jim Crow": a name WordNet knows, none of whose senses is a
 * person — a place when its first sense is a location, else a body or thing (kept as an
 * organisation so that it is never a speaker's name).
 */
function thingNamed(lower: string[]): NameKind | undefined {
  const kinds = nounKinds(lower.join("_"));
  if (!kinds.length || kinds.includes("person")) return undefined;
  return kinds[0] === "location" ? "place" : "organisation";
}

/** WordNet's lexicographer files (lexnames(5WN)) of the senses that make initials a thing's. */
const ANY_SENSE_THING = new Set([6, 26, 28]); // artifact, state, time
const FIRST_SENSE_THING = new Set([4, 10, 18, 21, 27]); // act, communication, person, possession, substance

/**
 * "TV", "PC", "DVD", "GMT", "AIDS", "CEO": initials WordNet writes so (in capitals) for a device,
 * a state, a time, a medium or a title, and never for a group, are no organisation's name. Not
 * "FBI", "NRA", "SEC" (groups), nor "ISIS", "BARD", "GE" (words or symbols WordNet does not write
 * in capitals: a body's initials in news).
 */
function initialsOfAThing(written: string): boolean {
  let known = initialsRead.get(written);
  if (known === undefined) initialsRead.set(written, (known = readInitials(written)));
  return known;
}

/**
 * "British Airways … BA said": initials of an organisation the article names in full are that
 * body's, even where WordNet writes them for a thing (a degree, a device).
 */
function initialsOfBodiesNamed(runs: NameRun[]): void {
  const initials = new Set(
    runs
      .filter((r) => r.kind === "organisation" && r.words.length > 1)
      .map((r) =>
        r.words
          .filter((w) => !/^(?:of|and|the|for|&)$/i.test(w))
          .map((w) => w[0])
          .join(""),
      ),
  );
  for (const r of runs)
    if (!r.kind && r.words.length === 1 && ACRONYM.test(r.words[0]!) && initials.has(r.words[0]!))
      r.kind = "organisation";
}

/**
 * "D.E. Shaw & Co.", "Walter Brandt & Sons": a name before "&" and a body's ending is a firm's,
 * and the ending joins its name (not a body of its own).
 */
function firmsBeforeAmpersand(model: TextModel, runs: NameRun[]): void {
  for (let i = 0; i < runs.length; i++) {
    const r = runs[i]!;
    const toks = model.paragraphs[r.p]!.tokens;
    const [amp, next] = [toks[r.end], toks[r.end + 1]];
    if (amp?.text !== "&" || !next?.cap || !ORG_SUFFIXES.has(next.lower.replace(/\.$/, "")))
      continue;
    r.kind = "organisation";
    const tail = runs[i + 1];
    if (tail && tail.p === r.p && tail.start === r.end + 1 && tail.end === r.end + 2) {
      r.words = [...r.words, "&", ...tail.words];
      r.end = tail.end;
      runs.splice(i + 1, 1);
    }
  }
}

/** Initials already read (a few hundred at most: capitals of two to six letters news uses). */
const initialsRead = new Map<string, boolean>();

function readInitials(written: string): boolean {
  const lower = written.toLowerCase();
  const files = nounFileNumbers(lower);
  const asInitials = nounSenses(lower)
    .map((members, i) => ({ members, file: files[i] ?? -1 }))
    .filter((s) => s.members.includes(written))
    .map((s) => s.file);
  if (!asInitials.length || asInitials.includes(GROUP_FILE)) return false;
  return asInitials.some((f) => ANY_SENSE_THING.has(f)) || FIRST_SENSE_THING.has(asInitials[0]!);
}

const GROUP_FILE = 14;

/** "women", "arabian", "officials": a noun (or a plural of one) whose commonest sense is a person. */
export function nounForPeople(w: string): boolean {
  const one = singular(w) !== w ? singular(w) : w.replace(/([^s])s$/, "$1");
  return nounKinds(w)[0] === "person" || nounKinds(one)[0] === "person";
}
