/**
 * Capitalised name runs in the text ("Russian President Vladimir Putin", "Mr Howard",
 * "Ruud van Nistelrooy") split into title and name, and a first guess at what each names.
 */
import { MONTHS, WEEKDAYS, isCalendarWord } from "../lexicon/calendar.js";
import { ORG_SUFFIXES, ORGANISATIONS } from "../lexicon/organisations.js";
import { FULL_NAMES, NAME_PARTICLES, firstNameGender } from "../lexicon/person-names.js";
import { DEMONYMS, PLACE_SUFFIXES, PLACES } from "../lexicon/places.js";
import { GENERIC_PERSON_WORDS, ROLE_NOUNS } from "../lexicon/roles.js";
import {
  AMBIGUOUS_TITLES,
  HONORIFIC_FOLLOWERS,
  HONORIFICS,
  TITLE_WORDS,
  isTitleAbbreviation,
} from "../lexicon/titles.js";
import { isFrameVerb } from "../lexicon/reporting-verbs.js";
import type { Paragraph, TextModel, Token } from "../text-model.js";
import { isEnglishWord, isWordAs } from "../lexicon/wordnet.js";
import { lemma } from "../lexicon/irregular-verbs.js";
import { isInitial, nameToken, isPersonRoleNoun, ACRONYM, knownNameWord } from "./name-words.js";
import {
  monthAsName,
  bodyNameGoesOn,
  bodyOfOrFor,
  knownWithVerb,
  roleBefore,
} from "./name-extent.js";
import { afterModifiers, onlyTitles, titleOfBefore, notNameStart } from "./name-title.js";
import { classify, initialsOfAThing } from "./name-kind.js";
import {
  namedAfterKindNoun,
  thingsNamedSoElsewhere,
  afterKindNoun,
  kindNamedAfter,
  loneGivenNameAfterWork,
} from "./named-after-noun.js";
import {
  titleCasePhrase,
  onlyTheSentenceCapital,
  initialsOfBodiesNamed,
  firmsBeforeAmpersand,
} from "./name-run-passes.js";

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
        if (nameToken(t)) {
          j++;
          // "a Janet Jackson-style stunt": a lower-case affix ends the name (affixedName).
          if (affixedName(t.text) && adjectiveOfName(t.text, toks[j])) break;
        }
        // "Theresa May", "Brian May", "Mike Friday": a month or a weekday after a first name is a surname.
        else if (
          t.word &&
          t.cap &&
          (MONTHS.has(t.lower) || (WEEKDAYS.has(t.lower) && j - 1 === i && roleBefore(toks, i))) &&
          firstNameGender(toks[j - 1]!.lower) &&
          toks[j - 1]!.cap
        )
          j++;
        // "Yin Myint May", "Khin Maung June": a month after two name words, the one before it no
        // English word (WordNet) nor a known place or body, and no day's number after it, is the
        // name's last word (Burmese names have no surname; "Tesco May sales" has one word before).
        else if (monthEndsName(toks, i, j)) j++;
        else if (NAME_PARTICLES.has(t.lower) && nameToken(toks[j + 1])) j++;
        // "Ursula von der Leyen", "Maria de la Cruz": two particles before the surname.
        else if (
          NAME_PARTICLES.has(t.lower) &&
          !t.cap &&
          NAME_PARTICLES.has(toks[j + 1]?.lower ?? "") &&
          !toks[j + 1]!.cap &&
          nameToken(toks[j + 2])
        )
          j += 2;
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

function monthEndsName(toks: Token[], from: number, at: number): boolean {
  const [t, prev, next] = [toks[at]!, toks[at - 1]!, toks[at + 1]];
  return (
    at - from >= 2 &&
    t.word &&
    t.cap &&
    MONTHS.has(t.lower) &&
    prev.word &&
    prev.cap &&
    !isEnglishWord(prev.lower) &&
    !PLACES.has(prev.lower) &&
    !ORGANISATIONS.has(prev.lower) &&
    !/^\d/.test(next?.text ?? "")
  );
}

/**
 * "Jackson-style", "Obama-era", "Kremlin-backed": a capitalised word with a lower-case word
 * hyphened to its end is an adjective made of a name; the name is the part before the affix
 * ("Jackson"). Undefined for any other word ("Coca-Cola", "al-Assad", "Smith").
 */
export function affixedName(text: string): string | undefined {
  return AFFIXED.exec(text)?.[1];
}
/**
 * An affixed name word used as an adjective: with a participle for its affix ("Kremlin-backed",
 * "San Francisco-based Balco"), or a known name or word before a lower-case word ("Jackson-style
 * controversies"); not "Blu-ray Disc", "Blu-ray developed" or "Nursultan Abish-uly Nazarbayev".
 */
export function adjectiveOfName(text: string, next: Token | undefined): boolean {
  const stem = affixedName(text);
  if (!stem) return false;
  const affix = text.slice(text.lastIndexOf("-") + 1);
  const participle =
    (/^[a-z]{2,}ed$/.test(affix) || lemma(affix) !== affix) && isWordAs(lemma(affix), "verb");
  if (participle) return true;
  // "Jackson-style", "Trump-era": a name or word the lexicons know before the affix, not "Blu-ray".
  const last = stem.split("-").at(-1)!.toLowerCase();
  // Not "Lee Ka-chun", "Moon Jae-in": a given name's second syllable is no English word of
  // three letters or more ("style", "era", "like").
  return (
    (!next?.word || !next.cap) &&
    (knownNameWord(last) || isEnglishWord(last)) &&
    affix.length >= 3 &&
    isEnglishWord(affix.toLowerCase())
  );
}
const AFFIXED = /^(\p{Lu}[\p{L}\p{M}'’.]*(?:-\p{Lu}[\p{L}\p{M}'’.]*)*)-\p{Ll}+$/u;

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
      // Not "Main Street", "Abbey Road"; but "Rep. Jo Lane": a title and a given name.
      (!PLACE_SUFFIXES.has(lastWord) || titleThenGivenName(toks, after, end)) &&
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
    .map((t, k, all) =>
      k === all.length - 1 && adjectiveOfName(t.text, toks[end]) ? affixedName(t.text)! : t.text,
    );
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

/** "Rep. Jo Lane", "Mayor Ann Park": a title, then a given name and the last word. */
function titleThenGivenName(toks: Paragraph["tokens"], after: number, end: number): boolean {
  return end - after === 2 && !!firstNameGender(toks[after]!.lower);
}

export function textOf(p: Paragraph, from: number, to: number): string {
  if (to <= from) return "";
  return p.text.slice(p.tokens[from]!.start, p.tokens[to - 1]!.end);
}
