/**
 * Whether an answer fills the slot its question asks for (issue 12, item 6): when it does not,
 * the honest reply is "the article does not say", with the closest sentence at most — never a
 * confident wrong answer. Each rule is about the words of a sentence, not about any article:
 *
 * - a date answers "when did X do Y" only in a sentence that is itself about X doing Y (not one
 *   near it), and not from an aside (between dashes or brackets) that leaves the asked verb out;
 * - an age answers "how old is X" only next to X's name (no other name nearer to it);
 * - a number answers "how many emails" only when it counts them (not "two days", "$2 million",
 *   "22 January", "the two firms"), and "how many … this year" only in a sentence that dates it;
 * - a reporting verb with a noun object ("maintains a lead", "added a goal") reports no speech,
 *   and "Acme said Japan's Smith Corp. was …" is not Smith speaking;
 * - "Mrs. Smith" is not "John Smith": an honorific of the other gender than the asked person's.
 */
import type { Analysis } from "../../model/analysis.js";
import { HONORIFICS } from "../../nlp/lexicon/titles.js";
import { takesNounObject } from "../../nlp/lexicon/reporting-verbs.js";
import { isCalendarWord } from "../../nlp/lexicon/calendar.js";
import { isRoleNoun } from "../../nlp/lexicon/roles.js";
import { firstNameGender } from "../../nlp/lexicon/person-names.js";
import { PASSIVE_AUXILIARIES, POSSESSIVE_DETERMINERS } from "../../nlp/lexicon/function-words.js";
import { isStopWord, words } from "../../nlp/tokens.js";
import {
  isAdjective,
  isWordAs,
  nounAncestors,
  nounKinds,
  synonyms,
} from "../../nlp/lexicon/wordnet.js";
import { CASH, MONEY } from "../../nlp/lexicon/currencies.js";
import { PERCENT_FIGURE, SUM_FIGURE, isScaleWord, isSumOrShare, isUnitNoun } from "./units.js";
import { AGE, AGE_IN_WORDS, NUMBER_WORDS } from "../../search/sentence-flags.js";
import { processTerm } from "../../search/terms.js";
import type { RankedHit } from "./ranking.js";
import { coverage, textStems, type Query } from "./terms.js";

/** A possessive before a word: "his 6-year-old son", "the firm's 50-year-old chief". */
const OWNER_BEFORE = new RegExp(
  `\\b(?:${[...POSSESSIVE_DETERMINERS].join("|")})\\s+$|\\p{L}['’]s?\\s+$`,
  "iu",
);

/**
 * The least share of the question a sentence must cover by its own words (and the names its
 * pronouns stand for) to give the date, age or number asked for: what only the sentence before
 * it or the title says is context, not the event asked about.
 */
export const OWN_COVERAGE = 0.4;

/** Share of the question a sentence covers by its own words and resolved pronouns only. */
export function ownCoverage(query: Query, hit: RankedHit): number {
  const direct = new Set(textStems(hit.sentence.text));
  for (const t of hit.matched) direct.add(t);
  return coverage(query, direct);
}

/** Asides: text between paired dashes ("_ … _", "— … —", " - … - ") or in brackets. */
const ASIDE = /\(([^()]*)\)|(?:^|\s)([_—–]|--?)\s([^_—–]*?)\s\2(?=\s|$)/g;

/**
 * True when the words at [from, to) sit in an aside of the sentence that has none of the
 * `asked` stems, while the rest of the sentence has one: "Based on evidence _ including a rifle
 * found in April _ officials issued a warrant for his arrest": April is not the arrest's date.
 */
export function inAsideWithout(text: string, from: number, to: number, asked: string[]): boolean {
  if (!asked.length) return false;
  const has = (part: string) => {
    const stems = textStems(part);
    return asked.some((a) => stems.has(a));
  };
  for (const m of text.matchAll(ASIDE)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (from < start || to > end) continue;
    const aside = m[1] ?? m[3] ?? "";
    const outside = text.slice(0, start) + " " + text.slice(end);
    return !has(aside) && has(outside);
  }
  return false;
}

/** Stems of the asked words (verbs or content words) for the checks above. */
export function stemsOf(asked: string[]): string[] {
  return asked.map((w) => processTerm(w)).filter((t): t is string => t !== null);
}

/**
 * An age as a clause or phrase gives it: "when she was 4", "as he was seven", "at the age of
 * 12", "at age 70" — a small number after a pronoun's "was" in a "when" clause (not a score,
 * a time or a measure), or after "age"; or after a name's "was", with "years old" or the
 * clause's end after it ("when McFadden was two years old", "when Ana Ruiz was 12,"; the name's
 * capitals are checked in ageOf, the pattern being case-blind).
 */
const AGE_CLAUSE = new RegExp(
  `\\b(?:when|while|as)\\s+(?:\\p{Lu}[\\p{L}'’-]+\\s+){0,2}\\p{Lu}[\\p{L}'’-]+\\s+was\\s+(?:only\\s+|just\\s+|still\\s+)?(?:\\d{1,2}|${AGE_IN_WORDS})(?:[\\s-]+years?[\\s-]+old\\b|(?=\\s*(?:[,.;)]|$)))|` +
    /\b(?:(?:when|while|as)\s+(?:he|she|they|I|we)\s+(?:was|were)\s+(?:only\s+|just\s+|still\s+)?(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)(?!\d|[.,:]\d|-|\s*(?:%|percent|per\s+cent|am|pm|a\.m|p\.m|o['’]clock|points?|seconds?|minutes?|hours?|days?|weeks?|months?|miles?|feet|foot|inches|metres?|meters?|km|kg|pounds?|of|or|and|to)\b)|at\s+(?:the\s+)?age\s+(?:of\s+)?\d{1,3}\b)/iu
      .source,
  "iu",
);
/** An age ("26-year-old", "aged 26", "Bell, 30,", "when she was 4"), every one with where it is. */
export const AGE_ANY = new RegExp(`${AGE.source}|${AGE_CLAUSE.source}`, "iu");
const AGE_AT = new RegExp(AGE_ANY.source, "giu");
/** A capitalised word that may be part of a name. */
const CAPITALISED = /(?<=^|\s)\p{Lu}[\p{L}'’-]+/gu;

const STARTS_UPPER = /^\p{Lu}/u;
const AGE_OF_PATTERN = /^\s+\p{Lu}/u;
const AGE_OF_PATTERN_2 = /^\s+(\p{Ll}+)/u;
const AGE_OF_PATTERN_3 = /(\p{Lu}[\p{L}'’-]+),\s+(?:a|an|the)\s+$/u;

/**
 * The age a sentence gives the person asked about: `nameWords` are the asked words that name a
 * person of the article (lower case); `before` is the text just before the sentence. With no
 * name asked ("the doctor"), any age. Else an age whose nearest name word is one of theirs
 * ("Bell, 30,"), in apposition after their name ("Bell, a 30-year-old nurse"), or one that
 * stands for the last person named before it ("the 26-year-old", "when she was 4"; `people`:
 * the article's people's name words, else any capitalised word). Never a possessive's ("his
 * 6-year-old son"). Undefined when the age is someone else's.
 */
export function ageOf(
  text: string,
  nameWords: string[],
  before: string,
  people?: ReadonlySet<string>,
): string | undefined {
  const first = AGE_AT.exec(text);
  AGE_AT.lastIndex = 0;
  if (!nameWords.length) return first?.[0];
  const mine = new Set(nameWords);
  const near = words(`${before} ${text}`).some((w) => mine.has(w));
  const names = [...text.matchAll(CAPITALISED)]
    .filter((m) => !isStopWord(m[0].toLowerCase()) && !HONORIFICS[m[0].toLowerCase()])
    .map((m) => ({ at: m.index ?? 0, end: (m.index ?? 0) + m[0].length, word: m[0] }));
  for (const m of text.matchAll(AGE_AT)) {
    const at = m.index ?? 0;
    const end = at + m[0].length;
    if (ageOfAThing(text.slice(end))) continue;
    // "voters aged 45 and older", "people aged 18 to 24": a group's range, no one's age.
    if (ageOfAGroup(text.slice(0, at), m[0], text.slice(end))) continue;
    // "when McFadden was two years old": the age of the name the clause opens with (the
    // pattern is case-blind: "when the firm was 12," names no one).
    const clause = /^(?:when|while|as)\s+(.+?)\s+(?:was|were)\s/i.exec(m[0])?.[1];
    if (clause && !/^(?:he|she|they|i|we)$/i.test(clause)) {
      const subject = clause.split(/\s+/);
      if (subject.every((w) => STARTS_UPPER.test(w)) && words(clause).some((w) => mine.has(w)))
        return m[0];
      continue;
    }
    // "the 26-year-old" with no name after it stands for someone named before.
    // "when she was 4": the pronoun stands for someone named before, like "the 26-year-old".
    // "She was 92." after an obituary's death sentence: the same.
    const anaphor =
      (/\bthe\s+$/i.test(text.slice(0, at)) &&
        (!AGE_OF_PATTERN.test(text.slice(end)) ||
          // "The 25-year-old Newcastle star takes over": opening the sentence, someone named before.
          (/^\s*the\s+$/i.test(text.slice(0, at)) && describedAfter(text.slice(end), people)))) ||
      /^(?:when|while|as|he|she)\b/i.test(m[0]);
    // "his 6-year-old son", "the firm's 50-year-old chief": a possessive's relative, not the one named.
    if (OWNER_BEFORE.test(text.slice(0, at))) continue;
    // An anaphor stands for someone named before it, not after ("the 6-year-old boy's reunion with his father, Smith").
    if (anaphor) {
      // "Judge Rosa Vell … Holt said the 71-year-old judge": the noun after the age is the title
      // a person was named with before, and the age is theirs, not the last name's.
      const noun = AGE_OF_PATTERN_2.exec(text.slice(end))?.[1];
      const titled = noun ? titledName(noun, `${before} ${text.slice(0, at)}`) : undefined;
      if (titled) {
        if (mine.has(titled)) return m[0];
        continue;
      }
      if (mine.has(lastNameWord(`${before} ${text.slice(0, at)}`, people) ?? "")) return m[0];
      // "Ruiz was coached by Ann Berg. The 27-year-old …": a sentence that opens with the
      // anaphor may go on with the subject of the sentence before.
      if (/^\s*the\s+$/i.test(text.slice(0, at)) && mine.has(subjectWord(before, people) ?? ""))
        return m[0];
      continue;
    }
    if (!names.length) {
      if (near) return m[0];
      continue;
    }
    // "Tom Reyes, a 39-year-old Denver grocer": an age in an appositive is the name's
    // before it, not the modifier's after it.
    const appositive = AGE_OF_PATTERN_3.exec(text.slice(0, at))?.[1];
    if (appositive) {
      if (words(appositive).some((w) => mine.has(w))) return m[0];
      continue;
    }
    // "partnered 17-year-old Italian striker Arturo Lupoli": an age before a noun phrase is the
    // age of the name that ends it.
    const head = nameAfterAge(text.slice(end), people);
    if (head) {
      if (mine.has(head)) return m[0];
      continue;
    }
    const gap = (n: { at: number; end: number }) => (n.end <= at ? at - n.end : n.at - end);
    const nearest = names.reduce((a, b) => (gap(b) < gap(a) ? b : a));
    if (words(nearest.word).some((w) => mine.has(w))) return m[0];
  }
  return undefined;
}

const NAME_AFTER_AGE_PATTERN = /^[\p{L}-]+$/u;

/**
 * The name an age's noun phrase ends in, lower case (its last word): "Italian striker Arturo
 * Lupoli with …" → "lupoli". Modifiers are lower-case words that are no function words and
 * capitalised words that are no name (of `people`, when given; else no adjective such as
 * "Italian"); a function word or a punctuation mark ends the phrase without a name.
 */
export function nameAfterAge(after: string, people?: ReadonlySet<string>): string | undefined {
  let found: string | undefined;
  for (const token of after.trim().split(/\s+/).slice(0, 6)) {
    const w = token.replace(/(?:['’]s)?[.,;:!?’'"”)]*$/u, "");
    const lower = w.toLowerCase();
    const name =
      STARTS_UPPER.test(w) &&
      !isStopWord(lower) &&
      !HONORIFICS[lower] &&
      (people ? people.has(lower) : !isAdjective(lower));
    if (name) found = lower;
    else if (found || !NAME_AFTER_AGE_PATTERN.test(w) || isStopWord(lower)) break;
    if (w !== token) break;
  }
  return found;
}

/**
 * The name written right after `title` used as one ("Justice Ann Ruiz", "striker Ivo Dell"),
 * the last in the text, as its last word in lower case.
 */
function titledName(title: string, text: string): string | undefined {
  const first = title[0] ?? "";
  const pattern = new RegExp(
    `(?<![\\p{L}])[${first.toUpperCase()}${first}]${title.slice(1)}\\s+((?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,3}\\p{Lu}[\\p{L}'’-]+)`,
    "gu",
  );
  const last = [...text.matchAll(pattern)].at(-1)?.[1];
  return last ? words(last).at(-1) : undefined;
}

const DESCRIBED_AFTER_PATTERN = /^\s+((?:\p{Lu}[\p{L}'’.-]*\s+){1,3})(\p{Ll}[\p{Ll}-]*)/u;

/**
 * True when capitalised words after an age only qualify a noun for a person: "the 25-year-old
 * Newcastle star", "the 30-year-old Labour MP" describe someone named before; "the 33-year-old
 * Baker said" names them. A word of the article's people's names (`people`) is a name.
 */
export function describedAfter(after: string, people?: ReadonlySet<string>): boolean {
  const m = DESCRIBED_AFTER_PATTERN.exec(after);
  if (!m?.[1] || !m[2]) return false;
  if (words(m[1]).some((w) => people?.has(w))) return false;
  const noun = m[2];
  return isRoleNoun(noun) || nounKinds(noun).includes("person");
}

const AGE_OF_AGROUP_PATTERN = /(\p{Ll}+)\s+$/u;

/**
 * True when an age bounds a group: a range after it ("and older", "or over", "to 24", "-24"), or
 * a plural noun right before "aged" ("voters aged 45", "women aged 30").
 */
export function ageOfAGroup(before: string, age: string, after: string): boolean {
  if (
    /^(?:\s+(?:and|or)\s+(?:older|over|above|up|under|younger|below)\b|\s*(?:to|-|–)\s*\d)/i.test(
      after,
    )
  )
    return true;
  if (!/^aged\b/i.test(age)) return false;
  const w = AGE_OF_AGROUP_PATTERN.exec(before)?.[1] ?? "";
  return (
    /^(?:people|men|women|children)$/.test(w) ||
    (/[^s]s$/.test(w) && isWordAs(w.slice(0, -1), "noun") && !isStopWord(w))
  );
}

/** The last word of a name in a text, lower case: one of `people` (the article's people's name words), else any capitalised word that is not a stop word or honorific. */
function lastNameWord(text: string, people?: ReadonlySet<string>): string | undefined {
  const found = [...text.matchAll(CAPITALISED)]
    .map((m) => m[0].replace(/['’]s$/u, "").toLowerCase())
    .filter((w) => !isStopWord(w) && !HONORIFICS[w] && (!people || people.has(w)));
  return found.at(-1);
}

const SUBJECT_WORD_PATTERN = /(?<=[.!?]["”’]?)\s+(?=["“‘]?\p{Lu})/u;
const SUBJECT_WORD_PATTERN_2 = /^(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}/u;

/** The last name word of the name that opens the last sentence of a text (its subject), lower case. */
function subjectWord(text: string, people?: ReadonlySet<string>): string | undefined {
  const last = text.split(SUBJECT_WORD_PATTERN).at(-1) ?? "";
  const opening = SUBJECT_WORD_PATTERN_2.exec(last)?.[0] ?? "";
  return lastNameWord(opening, people);
}

const AGE_OF_ATHING_PATTERN = /^\p{Ll}[\p{Ll}-]*$/u;

/**
 * True when an age is a thing's, by the nouns right after it: "the 50-year-old alliance", "a
 * 10-year-old law" — lower-case nouns none of which WordNet lists as a person in any sense (not
 * "the 24-year-old pop star", "a 19-year-old man", "the 33-year-old is", "the 33-year-old Baker").
 */
export function ageOfAThing(after: string): boolean {
  const nouns: string[] = [];
  const tokens = after.split(/\s+/).filter(Boolean);
  for (const [k, token] of tokens.slice(0, 3).entries()) {
    const w = token.replace(/[.,;:!?’'"”)]+$/u, "");
    if (!AGE_OF_ATHING_PATTERN.test(w) || isStopWord(w) || !isWordAs(w, "noun")) break;
    // "the 56-year-old takes over", "the 30-year-old joins the club": a verb of the age's person.
    if (k === 0 && w === token && verbOfTheAged(w, tokens[1])) break;
    nouns.push(w);
    if (w !== token) break;
  }
  return nouns.length > 0 && !nouns.some((n) => isRoleNoun(n) || nounKinds(n).includes("person"));
}

/**
 * True when the word right after an age reads as the verb its person does: a third-person form
 * ("takes", "joins", "faces") of a WordNet verb, followed by a function word that opens what the
 * verb takes ("over", "the", "a") — not by a verb, as a plural noun is ("the 10-year-old laws were").
 */
function verbOfTheAged(w: string, next: string | undefined): boolean {
  if (!/[^s]s$/.test(w) || !isWordAs(w.slice(0, -1), "verb") || !next) return false;
  const n = next.toLowerCase().replace(/[.,;:!?’'"”)]+$/u, "");
  return (
    isStopWord(n) &&
    !PASSIVE_AUXILIARIES.has(n) &&
    !/^(?:have|had|will|would|can|could|may|might|must|should|do|did|and|or|of)$/.test(n)
  );
}

/** The words of the article's people's names and aliases, lower case. */
export function personWords(analysis: Analysis): Set<string> {
  const out = new Set<string>();
  for (const e of analysis.entities)
    if (e.kind === "person")
      for (const n of [e.name, ...e.aliases]) for (const w of words(n)) out.add(w);
  return out;
}

/**
 * The asked name words with every other word of the one person they name ("mccartney" →
 * "paul", "mccartney" when "Sir Paul McCartney" is also "Sir Paul"): an age next to any of
 * that person's names is theirs. Unchanged when no person, or more than one, has them all
 * ("clinton" of Bill and Hillary Clinton). Honorifics and descriptions are left out.
 */
export function namesOfAskedPerson(analysis: Analysis, nameWords: string[]): string[] {
  if (!nameWords.length) return nameWords;
  const owners = analysis.entities.filter((e) => {
    if (e.kind !== "person") return false;
    const own = new Set([e.name, ...e.aliases].flatMap((n) => words(n)));
    return nameWords.every((w) => own.has(w));
  });
  if (owners.length !== 1) return nameWords;
  const e = owners[0]!;
  // Names only, not descriptions ("the 30-year-old"): capitalised words, honorifics aside.
  const all = [e.name, ...e.aliases]
    .flatMap((n) => n.split(/\s+/).filter((t) => STARTS_UPPER.test(t)))
    .flatMap((t) => words(t))
    .filter((w) => !HONORIFICS[w] && !isStopWord(w));
  return [...new Set([...nameWords, ...all])];
}

const NUMBER_WORD = new RegExp(`^(?:${NUMBER_WORDS})$`, "i");

/** Units of time, length, area, weight and money: what a number measures, not a count of things. */
const MEASURE =
  /^(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries|miles?|km|kilometres?|kilometers?|metres?|meters?|feet|foot|inches|acres?|hectares?|tonnes?|tons?|kg|kilos?|pounds?|dollars?|euros?|cents?|pence|percent|per)$/;

/**
 * True unless the number a sentence gives plainly counts something else than the asked
 * `focus` ("how many emails"): a measure of time, length or money ("two days after", "15 miles
 * east", "$2 million"), a date ("22 January"), or another thing where the sentence names the
 * asked one apart from the number ("the two firms said … patients").
 */
export function countsFocus(
  text: string,
  phrase: string,
  focus: string | undefined,
  much = false,
): boolean {
  if (!focus) return true;
  // "What is the inflation rate": a rate or a share is a percentage.
  if (asksRate(focus)) return PERCENT_FIGURE.test(phrase);
  const at = text.indexOf(phrase);
  if (at < 0) return true;
  // The number itself, past a qualifier ("less than a half-hour", "more than 60 names").
  const phraseWords = words(phrase);
  const n = phraseWords.findIndex((w) => /\d/.test(w) || NUMBER_WORD.test(w));
  const after = words(text.slice(at)).slice((n < 0 ? 0 : n) + 1);
  const skipped = (w: string) => /^(?:of|the|a|an|more|other|further|\d+)$/.test(w);
  const counted = countedWord(after, skipped);
  if (!counted) return true;
  // "an audience of 144.4 million", "a crowd of 20,000": a group of people counted by its size.
  if (isPerson(focus) && sizeOfGroup(text.slice(0, at + Math.max(0, phrase.search(/\d/)))))
    return true;
  const stem = (w: string) => processTerm(w) ?? w;
  const asked = stem(focus);
  const near = after.slice(0, 4).map(stem);
  if (near.some((w) => sharesStem(w, asked))) return true;
  // "How much support": a share of it ("51 percent").
  if (much && PERCENT_FIGURE.test(phrase) && !isMoney(focus)) return true;
  // "How many adults": a share of a body of people ("40% of the country's population", "a third
  // of voters") counts them as a share of the whole.
  if (isPerson(focus) && PERCENT_FIGURE.test(phrase) && shareOfPeople(after)) return true;
  // "How much aid": a sum given as it ("hundreds of millions of pounds in aid", "$5m of aid").
  if (much && sumGivenAs(phrase, after, asked)) return true;
  // "How much power": an amount in a unit of measurement ("6 000 megawatts", "300 hectares").
  if (
    much &&
    !isPerson(focus) &&
    !NUMBER_WORD.test(counted) &&
    !MONEY.test(counted) &&
    isUnitNoun(counted)
  )
    return true;
  // "2.9 billion baht": a sum of money, which only money asked is counted by.
  if (CASH.test(counted)) return CASH.test(focus) || isMoney(focus);
  if (MEASURE.test(counted) || isSumOrShare(phrase))
    return MEASURE.test(focus) || (SUM_FIGURE.test(phrase) && isMoney(focus));
  if (isCalendarWord(counted)) return false;
  // A count of people may be a count of any kind of person ("seven people" for candidates),
  // not of things ("two objectors" is no count of votes).
  // The noun past a number word ("eight thousand reports").
  const noun = headNoun(after.filter((w) => !skipped(w) && !NUMBER_WORD.test(w))) ?? counted;
  if (isPerson(noun)) return isPerson(focus) || !nounKinds(focus).length;
  const named = words(text).map(stem).includes(asked);
  return !named && !otherNoun(noun, focus, after);
}

/**
 * True when two stems are forms of one word by their first four letters ("tourist",
 * "tourism"): both at least four letters long — a function word ("to") is no form of "tourists".
 */
export function sharesStem(a: string, b: string): boolean {
  if (a.length < 4 || b.length < 4) return a === b;
  return a.startsWith(b.slice(0, 4)) || b.startsWith(a.slice(0, 4));
}

/** The nouns of a rate question: "what is the inflation rate", "what is X's market share". */
const RATE_FOCUS = /^(?:rates?|share)$/;

/** True when the counted noun a question asks for is a rate or a share (answered by a percentage). */
export function asksRate(focus: string | undefined): focus is string {
  return focus !== undefined && RATE_FOCUS.test(focus);
}

/**
 * True when a sum of money is said to be given as the asked thing: "in" or "of" and the asked
 * word (stemmed) within six words after the number ("£5m in aid", "hundreds of millions of
 * pounds in aid"), with a currency or scale in the amount or just after it.
 */
function sumGivenAs(phrase: string, after: string[], asked: string): boolean {
  const near = after.slice(0, 7);
  const k = near.findIndex((w, i) => i > 0 && (processTerm(w) ?? w) === asked);
  if (k < 1 || !/^(?:in|of)$/.test(near[k - 1] ?? "")) return false;
  return MONEY.test(`${phrase} ${near.slice(0, k).join(" ")}`);
}

/**
 * The noun a number counts: the first word past the modifiers in front of it — adjectives,
 * also joined by "and"/"or" ("eleven progressive and Muslim organizations" counts
 * organizations, "two young men" men). A last word stays the head, whatever WordNet says.
 */
export function headNoun(ws: string[]): string | undefined {
  let i = 0;
  while (i + 1 < ws.length && (isAdjective(ws[i]!) || (i > 0 && /^(?:and|or)$/.test(ws[i]!)))) i++;
  // A modifier before a word that is not a noun was the noun itself ("two independents voted").
  return isWordAs(ws[i] ?? "", "noun") ? ws[i] : ws[0];
}

/**
 * True when the number plainly counts another kind of thing: the word right after it is a
 * noun (not an adjective) that is neither the asked one nor one of its WordNet synonyms
 * ("eight thousand reports" for "how many members"); in a partitive, the noun past the
 * adjectives and numbers ("six of the past seven contests" counts contests).
 */
function otherNoun(counted: string, focus: string, after: string[]): boolean {
  const from = after.findIndex((w) => !/^(?:of|the|a|an|\d+)$/.test(w) && !NUMBER_WORD.test(w));
  const to = after.indexOf(counted);
  const modifier = (w: string) => isAdjective(w) || NUMBER_WORD.test(w) || /^\d+$/.test(w);
  const partitive =
    after[0] === "of" && from >= 0 && to > from && after.slice(from, to).every(modifier);
  if ((!partitive && from !== to) || !isWordAs(counted, "noun") || isAdjective(counted))
    return false;
  const base = (w: string) => processTerm(w) ?? w;
  const related = (a: string, b: string) =>
    synonyms(a).some((s) => base(s) === base(b)) ||
    synonyms(singular(a)).some((s) => base(s) === base(b));
  return !related(counted, focus) && !related(focus, counted);
}

const SIZE_OF_GROUP_PATTERN =
  /(\p{L}+)\s+of\s+(?:(?:about|around|nearly|some|roughly|approximately|almost|more than|over|up to|an estimated)\s+)?$/iu;

/**
 * True when a text ends with a group noun and "of" (the number that follows is the group's
 * size): "an audience of", "a crowd of", "a workforce of" — WordNet files the noun's commonest
 * sense as a group. "A total of" or "a rise of" is no group.
 */
export function sizeOfGroup(before: string): boolean {
  const m = SIZE_OF_GROUP_PATTERN.exec(before);
  return !!m?.[1] && nounKinds(m[1].toLowerCase())[0] === "group";
}

/**
 * True when the words after a share are "of" and, within four words, a noun for people or a
 * body of them, a WordNet group under "people" ("of the region's population", "of adults", "of
 * the electorate"; not "of the company").
 */
function shareOfPeople(after: string[]): boolean {
  if (after[0] !== "of") return false;
  // The people must be the head of the phrase: "of the public vote" is a share of the vote.
  const modifies = (i: number) => isAdjective(after[i]!) && isWordAs(after[i + 1] ?? "", "noun");
  return after
    .slice(1, 5)
    .some(
      (w, i) =>
        !isStopWord(w) && !modifies(i + 1) && (isPerson(w) || nounAncestors(w).has("people")),
    );
}

/** A plural noun's singular as WordNet lists it ("reports" → "report"). */
function singular(w: string): string {
  return w.endsWith("ies") ? `${w.slice(0, -3)}y` : w.replace(/(?<=[^s])s$/, "");
}

/** A noun for people: "people", a role ("voters", "candidates"), a person in WordNet ("victims"). */
function isPerson(noun: string): boolean {
  return (
    /^(?:people|persons?|men|women|children|kids)$/.test(noun) ||
    isRoleNoun(noun.replace(/s$/, "")) ||
    nounKinds(noun).slice(0, 2).includes("person") ||
    // A plural WordNet lists as a group of its own ("viewers": the audience) is still people
    // when its singular is a person ("viewer").
    (singular(noun) !== noun && nounKinds(singular(noun)).slice(0, 2).includes("person"))
  );
}

/** A noun WordNet lists as a possession in its two commonest senses: "money", "cash", "salary". */
function isMoney(noun: string): boolean {
  return nounKinds(noun).slice(0, 2).includes("possession");
}

/** A question restricted to a time: "this year", "last month", "in 2015", "today". */
const ASKED_TIME =
  /\b(?:(?:this|last|next|that|the same)\s+(?:year|month|week|season|quarter|spring|summer|autumn|fall|winter)|in\s+(?:1[89]|20)\d\d|since\s+(?:1[89]|20)\d\d|today|yesterday|so far)\b/i;

/** The time phrase a question restricts its answer to, if any. */
export function askedTime(question: string): string | undefined {
  return ASKED_TIME.exec(question)?.[0];
}

/**
 * True when a reporting verb is used with a noun object, not to report speech:
 * "Rubio maintains an overwhelming lead", "Smith added a second goal".
 */
export function cueTakesObject(text: string, at: number, cue: string): boolean {
  const next = words(text.slice(at + cue.length, at + cue.length + 20))[0];
  return takesNounObject(cue.toLowerCase(), next);
}

/**
 * True when a reporting verb at `at` may have its speaker after it ("…," said Smith; "— said
 * Smith"): after a comma, a closing quote or a dash, or at the start. "Acme said Japan's Smith
 * Corp. was …" has its speaker before it; Smith is only spoken of.
 */
export function speakerMayFollow(text: string, at: number): boolean {
  return /(?:^|[,"”’'—–:-])\s*$/.test(text.slice(0, at));
}

/**
 * True when the sentence calls the surname of the person asked about (a first name and a
 * surname) by an honorific that points to someone else, and never by the asked first name: of
 * the other gender than the asked first name (asked "John Smith", "Mrs. Smith"), or — the asked
 * first name's gender unknown — the gender of another person of the article with that surname
 * (asked "Bill Clinton" beside "Hillary Clinton", "Mrs. Clinton" is Hillary).
 */
export function someoneElseNamed(askedName: string, text: string, analysis: Analysis): boolean {
  const parts = words(askedName);
  if (parts.length < 2) return false;
  const [first, surname] = [parts[0]!, parts.at(-1)!];
  const ws = words(text);
  if (ws.includes(first)) return false;
  const asked = firstNameGender(first);
  const others = analysis.entities
    .filter((e) => e.kind === "person")
    .map((e) => words(e.name))
    .filter((n) => n.length >= 2 && n.at(-1) === surname && n[0] !== first)
    .map((n) => firstNameGender(n[0]!));
  return ws.some((w, i) => {
    if (w !== surname || i === 0) return false;
    const g = HONORIFICS[ws[i - 1]!]?.gender;
    if (!g) return false;
    return asked === "m" || asked === "f" ? asked !== g : others.includes(g);
  });
}

/**
 * The word a number counts, past `skipped` words; past its scale too when a currency's name
 * follows it ("612 million pounds", "3 billion francs"): a sum written in words, as wire copy
 * writes it, measures money as "$612 million" does.
 */
export function countedWord(
  after: readonly string[],
  skipped: (w: string) => boolean,
): string | undefined {
  const k = after.findIndex((w) => !skipped(w));
  const counted = after[k];
  const next = after[k + 1];
  if (counted && isScaleWord(counted) && next && CASH.test(next)) return next;
  return counted;
}
