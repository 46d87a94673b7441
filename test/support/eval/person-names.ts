/**
 * Person names for the quote scorers: which person a speaker string names, whether two strings
 * name the same person, and the gender a name shows. Word knowledge comes from compromise's
 * lexicon (MIT): first names with their gender, and which capitalised words are ordinary words
 * ("State", "Police", "White") or titles (`Honorific`, `Actor`: "Sen", "President") rather than names.
 */
import nlp from "compromise";
import { getGender } from "gender-detection-from-name";

export interface PersonName {
  /** Lower case, accents folded, possessive dropped: "o'rourke". */
  surname: string;
  /** Lower-case given names written before the surname ("hillary", "rodham"); titles and initials left out. */
  given: string[];
}

export type Gender = "m" | "f";

type Tags = string | string[];
let lexicon: Record<string, Tags> | undefined;
function tagsOf(word: string): string[] {
  lexicon ??= (nlp.model() as { one: { lexicon: Record<string, Tags> } }).one.lexicon;
  const t = lexicon[word];
  return t === undefined ? [] : Array.isArray(t) ? t : [t];
}

const FIRST_NAME_TAGS = ["FirstName", "MaleName", "FemaleName"];

/** Whether compromise's lexicon knows a word as a first name ("dorothy"; not "star", which only another list calls female). */
export function lexiconFirstName(word: string): boolean {
  return tagsOf(word).some((t) => FIRST_NAME_TAGS.includes(t));
}
const NAME_TAGS = [...FIRST_NAME_TAGS, "LastName", "Person"];
const fold = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/'s?$/, "");

/** A title or honorific written before a name: "Sen.", "Rep", "President", "Secretary". */
export function isTitleWord(token: string): boolean {
  const w = fold(token).replace(/\.$/, "");
  return /\.$/.test(token) || tagsOf(w).some((t) => t === "Honorific" || t === "Actor");
}

/** Lexicon tags of words that are not given names: titles, places, adjectives, verbs… */
const NOT_GIVEN_TAGS = new Set([
  "Actor",
  "Honorific",
  "Adjective",
  "Place",
  "Country",
  "City",
  "Region",
  "Organization",
  "Demonym",
  "Plural",
  "Verb",
  "Infinitive",
  "PresentTense",
  "PastTense",
  "Determiner",
  "Preposition",
  "Conjunction",
  "Adverb",
  "Date",
  "Month",
  "WeekDay",
  "Value",
  "Cardinal",
  "Ordinal",
  "QuestionWord",
  "Pronoun",
  "Uncountable",
  "Copula",
  "Modal",
  "Auxiliary",
]);

/** Lexicon tags of words that never end a name: "the", "when", "of". */
const FUNCTION_TAGS = [
  "Determiner",
  "Preposition",
  "Conjunction",
  "Pronoun",
  "QuestionWord",
  "Copula",
];

/**
 * A capitalised token that can be a given name: one the lexicon knows as a name, or not as a word
 * of another kind ("State", "Former", "Texas" are not); capitalised agent nouns the lexicon lacks
 * ("Governor", "Senator", "Speaker", "Chairman") are titles. "Bill", "Hope", "Will" are names here.
 */
function isGivenName(token: string): boolean {
  if (/\./.test(token) || token.replace(/\W/g, "").length < 2) return false;
  const word = fold(token);
  const tags = tagsOf(word);
  if (tags.some((t) => NAME_TAGS.includes(t))) return true;
  if (tags.some((t) => NOT_GIVEN_TAGS.has(t))) return false;
  return !/(or|er|m[ae]n|ent|ary|ive)$/.test(word);
}

const SUFFIX = /^(jr|sr|ii|iii|iv|v|esq|phd|md)\.?,?$/i;
const capitalised = (t: string) => /^[\p{Lu}]/u.test(t) || /^(o'|o’|mc|mac|d'|d’)\p{Lu}/iu.test(t);

/** The runs of capitalised tokens in a phrase, each a list of tokens. */
function capitalisedRuns(phrase: string): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  for (const raw of phrase.split(/\s+/)) {
    const token = raw.replace(/^[^\p{L}]+|[^\p{L}.'’]+$/gu, "");
    if (token && capitalised(token)) {
      run.push(token);
      continue;
    }
    if (run.length) runs.push(run);
    run = [];
  }
  if (run.length) runs.push(run);
  return runs;
}

function nameFromRun(run: string[]): PersonName | undefined {
  const tokens = [...run];
  while (tokens.length > 1 && SUFFIX.test(tokens[tokens.length - 1]!)) tokens.pop();
  const last = tokens.pop();
  // A lone title ("Rep", "Sen.") names nobody; a lone role noun can be a surname ("Tester", "Baker").
  if (!last || (!tokens.length && (/\.$/.test(last) || tagsOf(fold(last)).includes("Honorific"))))
    return undefined;
  const surname = fold(last).replace(/\.$/, "");
  if (!/\p{L}{2}/u.test(surname) || tagsOf(surname).some((t) => FUNCTION_TAGS.includes(t)))
    return undefined;
  return { surname, given: givenNamesBefore(tokens).map(fold) };
}

/**
 * The given names written right before the surname, initials skipped ("Donald J. Trump"): the
 * walk stops at the first other word, so "Media Research Center President Brent Bozell" gives
 * "Brent" and "When Trump" none.
 */
function givenNamesBefore(tokens: string[]): string[] {
  const given: string[] = [];
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (/^\p{Lu}\.$/u.test(t)) continue;
    if (!isGivenName(t)) break;
    given.unshift(t);
  }
  return given;
}

/**
 * The person a speaker phrase names, or undefined when it names none. The name is looked for
 * before any apposition or relative clause ("Andrew Rice, a Democrat who …" → Andrew Rice) and
 * before a prepositional tail ("Gov. Phil Bryant of Mississippi"), unless what comes before the
 * preposition is only a title ("Secretary of State John Kerry" → John Kerry).
 */
export function personName(phrase: string): PersonName | undefined {
  return nameInPhrase(phraseHead(phrase));
}

/** The phrase before any apposition, relative clause or bracket: "Andrew Rice, a Democrat who …" → "Andrew Rice". */
export function phraseHead(phrase: string): string {
  return appositions(phrase)[0] ?? "";
}

/** The comma-separated parts of a phrase, each cut before a relative clause; brackets removed. */
export function appositions(phrase: string): string[] {
  return phrase
    .replace(/\([^)]*\)/g, " ")
    .split(/,|;|\s[-–—]\s/u)
    .map((part) =>
      part
        .split(/\s(?:who|whose|which|that)\s/u)[0]!
        .replace(/[^\p{L}\p{N}'’.-]+$/u, "")
        .trim(),
    )
    .filter(Boolean);
}

function nameInPhrase(head: string): PersonName | undefined {
  const segments = head.split(/\s(?:of|from|at|for|in|with|on|to)\s/u);
  for (const [i, segment] of segments.entries()) {
    const runs = capitalisedRuns(segment);
    const run = runs[runs.length - 1];
    // "Secretary of State John Kerry": a segment ending in a title is followed by the name.
    if (!run || (i < segments.length - 1 && isTitleWord(run[run.length - 1]!))) continue;
    // "Speaker of the House Rep. Paul Ryan": a lone word before "of" is a title when a full name follows.
    if (run.length === 1 && i < segments.length - 1 && segment.trim() === run[0]) {
      const later = nameInPhrase(segments.slice(i + 1).join(" of "));
      if (later?.given.length) return later;
    }
    return nameFromRun(run);
  }
  return undefined;
}

/** Whether a name can be a person's: its surname is not an ordinary English word ("Post", "Partnership"). */
export function plausiblePerson(name: PersonName): boolean {
  const tags = tagsOf(name.surname);
  return tags.length === 0 || tags.some((t) => NAME_TAGS.includes(t));
}

const organisations = new Map<string, boolean>();

/** Whether compromise tags a name as an organisation ("Senate Intelligence Committee", "Fox News"). */
export function looksLikeOrganisation(phrase: string): boolean {
  let known = organisations.get(phrase);
  if (known === undefined) organisations.set(phrase, (known = nlp(phrase).has("#Organization")));
  return known;
}

const places = new Map<string, boolean>();

/** Whether compromise tags a name, written capitalised, as a place ("Wall Street", "Main Street"). */
export function looksLikePlace(name: PersonName): boolean {
  const written = [...name.given, name.surname]
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(" ");
  let known = places.get(written);
  if (known === undefined) places.set(written, (known = nlp(written).has("#Place")));
  return known;
}

/**
 * Same person: same surname, and, when both sides write given names, one shared ("Hillary
 * Clinton" / "Hillary Rodham Clinton"; not "Bill Clinton", not "Eric Trump" / "Donald J. Trump").
 */
export function sameName(a: PersonName, b: PersonName): boolean {
  if (a.surname !== b.surname) return false;
  return !a.given.length || !b.given.length || a.given.some((g) => b.given.includes(g));
}

export function showName(n: PersonName): string {
  return [...n.given, n.surname].join(" ");
}

const HONORIFIC_GENDER: Record<string, Gender> = { mr: "m", mrs: "f", ms: "f", miss: "f" };

/**
 * The gender the given names show (compromise's first-name lexicon, else the English first names
 * of gender-detection-from-name: "Bill", "Ghazala"), or an honorific in `phrase`.
 */
export function genderOf(name: PersonName, phrase = ""): Gender | undefined {
  for (const g of name.given) {
    const tags = tagsOf(g);
    if (tags.includes("MaleName")) return "m";
    if (tags.includes("FemaleName")) return "f";
  }
  for (const g of name.given) {
    if (g.length < 2) continue;
    const usual = getGender(g, "en");
    if (usual !== "unknown") return usual === "male" ? "m" : "f";
  }
  const honorific = /\b(Mrs|Mr|Ms|Miss)\b\.?/.exec(phrase)?.[1]?.toLowerCase();
  return honorific ? HONORIFIC_GENDER[honorific] : undefined;
}

/**
 * The gender of someone the article calls by a first name alone ("Bob", "Jane"): a name written
 * without given names whose only word compromise's lexicon knows as a first name.
 */
export function firstNameAloneGender(name: PersonName): Gender | undefined {
  if (name.given.length || !tagsOf(name.surname).some((t) => FIRST_NAME_TAGS.includes(t)))
    return undefined;
  return genderOf({ surname: name.surname, given: [name.surname] });
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A surname-only name made full from the document, as a reader resolves it. When the article
 * writes one person with that surname in full, that person (the nearest full mention before
 * offset `at`, else the first after). When it writes several ("Hillary Clinton", "Bill Clinton"),
 * a surname alone stands for the article's main bearer of it — the one it introduces first (a
 * writer names the others in full or by first name each time) — unless another is written in full
 * right before it (its paragraph or the one before, three sentences back at most: "Bill Clinton spoke next. “…,” Clinton
 * said." is Bill). Given names whose gender no lexicon knows ("Team
 * Trump", a Title-Case headline's "Stunning Trump") are passed over in choosing the main bearer.
 * A mention whose gender contradicts `gender` is passed over ("Mrs. Clinton" is not the "Bill
 * Clinton" mentioned just before).
 */
export function fullerName(name: PersonName, doc: string, at: number, gender?: Gender): PersonName {
  if (name.given.length) return name;
  const fitting = surnameMentions(name.surname, doc).filter((m) => {
    if (!m.name.given.length) return false;
    const g = genderOf(m.name);
    if (gender && g && g !== gender) return false;
    // "Ms. Khan" in an article that also writes "Mr. Khan": a given name of unknown gender may be his.
    return !(gender && !g && honorificGenders(name.surname, doc).size > 1);
  });
  const before = fitting.filter((m) => m.at < at).pop();
  // One person's mentions: a given name shared ("Hillary Rodham Clinton", "Hillary Clinton"), or
  // one sharing its first three letters ("Hilary"/"Hillary", "Sandra"/"Sandy").
  const groups: PersonName[][] = [];
  const groupOf = new Map<(typeof fitting)[number], PersonName[]>();
  for (const m of fitting) {
    let group = groups.find((g) => g.some((n) => oneGivenName(n, m.name)));
    if (!group) groups.push((group = []));
    group.push(m.name);
    groupOf.set(m, group);
  }
  if (groups.length < 2 || (before && closeBefore(doc, before.at, at)))
    return (before ?? fitting[0])?.name ?? name;
  const main = groups.find((g) => g.some((n) => genderOf(n))) ?? groups[0]!;
  const ofMain = fitting.filter((m) => groupOf.get(m) === main);
  return (ofMain.filter((m) => m.at < at).pop() ?? ofMain[0]!).name;
}

/** Whether two full names share a given name, or given names sharing their first three letters. */
function oneGivenName(a: PersonName, b: PersonName): boolean {
  return a.given.some((x) => b.given.some((y) => x === y || x.slice(0, 3) === y.slice(0, 3)));
}

const SENTENCE_END = /(?<!\b\p{Lu}\p{Ll}{0,2})[.!?]["”’']*\s+(?=["“‘']*\p{Lu})|\n+/gu;

/**
 * Whether a mention at `from` is named right before `to`: in its sentence, or in the sentence of
 * narration before it, in its paragraph or the one before ("Then Tom Reyes took the microphone.
 * ¶ “We stay. We fight,” Reyes said."). A quotation's own sentences do not count.
 */
function closeBefore(doc: string, from: number, to: number): boolean {
  const between = doc.slice(from, to).replace(/“[^“”]*”|"[^"\n]*"|''(?:(?!'')[^\n])*''/g, "Q");
  return (
    (between.match(SENTENCE_END) ?? []).length <= 1 && (between.match(/\n+/g) ?? []).length <= 1
  );
}

const RUN_BEFORE = /(?:[\p{Lu}][\p{L}'’.-]*[ \u00a0]+){1,4}$/u;

/** Every capitalised mention of a surname in the document, with the name written there ("Donald J. Trump", "Mr. Trump"). */
export function surnameMentions(surname: string, doc: string): { at: number; name: PersonName }[] {
  if (mentionCache.doc !== doc) mentionCache = { doc, bySurname: new Map() };
  let found = mentionCache.bySurname.get(surname);
  if (!found) mentionCache.bySurname.set(surname, (found = findSurnameMentions(surname, doc)));
  return found;
}

let mentionCache: { doc: string; bySurname: Map<string, { at: number; name: PersonName }[]> } = {
  doc: "",
  bySurname: new Map(),
};

function findSurnameMentions(surname: string, doc: string): { at: number; name: PersonName }[] {
  const found: { at: number; name: PersonName }[] = [];
  for (const at of capitalisedWords(doc).get(surname) ?? []) {
    const run = (RUN_BEFORE.exec(doc.slice(Math.max(0, at - 80), at))?.[0] ?? "")
      .trim()
      .split(/\s+/)
      .filter(Boolean);
    // "… the Republican National Committee. Steele said": a full stop after a word ends the sentence.
    let end = run.length - 1;
    while (end >= 0 && !(/\p{L}{2}\.$/u.test(run[end]!) && !isTitleWord(run[end]!.slice(0, -1))))
      end--;
    const word = /^[\p{L}'’-]+/u.exec(doc.slice(at, at + 40))![0];
    const name = nameFromRun([...run.slice(end + 1), word]);
    if (name?.surname === surname) found.push({ at, name });
  }
  return found;
}

let wordsCache: { doc: string; words: Map<string, number[]> } = { doc: "", words: new Map() };

/** Where each capitalised word of the document is, by its folded form ("Trump’s" → "trump"). */
function capitalisedWords(doc: string): Map<string, number[]> {
  if (wordsCache.doc === doc) return wordsCache.words;
  const words = new Map<string, number[]>();
  for (const m of doc.matchAll(/(?<![\p{L}'’])\p{Lu}[\p{L}'’-]*/gu)) {
    const key = fold(m[0].replace(/[-'’]+$/, ""));
    const list = words.get(key);
    if (list) list.push(m.index);
    else words.set(key, [m.index]);
  }
  wordsCache = { doc, words };
  return words;
}

/** The gender a surname-only name has in the document ("Mr. Garin"), when the document is consistent. */
export function genderInDoc(name: PersonName, doc: string): Gender | undefined {
  const seen = honorificGenders(name.surname, doc);
  return seen.size === 1 ? [...seen][0] : undefined;
}

/** The genders of the honorifics the document writes before a surname ("Mr. Khan", "Ms. Khan"). */
function honorificGenders(surname: string, doc: string): Set<Gender> {
  const seen = new Set<Gender>();
  const re = new RegExp(`\\b(Mrs|Mr|Ms|Miss)\\.?\\s+${escapeRe(surname)}\\b`, "giu");
  for (const m of doc.matchAll(re)) seen.add(HONORIFIC_GENDER[m[1]!.toLowerCase()]!);
  return seen;
}
