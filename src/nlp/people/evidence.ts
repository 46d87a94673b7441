/**
 * Which capitalised names are people's: the words alone may say so (names.ts), else the
 * context does — a reporting verb next to the name, "according to", "X, who", an age, a
 * role — and "Arsene Wenger" is a person when "Wenger said" is. A single word that speaks
 * ("Yukos said") is a body unless "he" or "she" follows it.
 */
import {
  isPlacePreposition,
  POSSESSIVE_DETERMINERS,
  PREPOSITIONS,
  SENTENCE_WORDS,
} from "../lexicon/function-words.js";
import { firstNameGender, givenNameGender, LAST_NAMES } from "../lexicon/person-names.js";
import { DEMONYMS } from "../lexicon/places.js";
import { isEnglishWord, isWordAs, nounKinds } from "../lexicon/wordnet.js";
import { isFrameVerb, isInversionVerb, VERB_FILLERS } from "../lexicon/reporting-verbs.js";
import { singular } from "../lexicon/irregular-verbs.js";
import { isRoleNoun } from "../lexicon/roles.js";
import { isTitleWord } from "../lexicon/titles.js";
import type { Paragraph, TextModel } from "../text-model.js";
import type { NameRun } from "./names.js";

const ACRONYM = /^[A-Z][A-Z0-9&]{1,5}$/;
/** Words that may follow a speaker named after an inverted verb: "…," said Mr Smith in/on/yesterday. */
export const AFTER_INVERTED =
  /^(of|at|in|on|from|back|yesterday|today|last|earlier|who|while|when|after|before|during|recently)$/;

const keyOf = (r: NameRun) => r.words.join(" ").toLowerCase();

/**
 * Whether each run names a person, from its words and its context; single words that speak
 * but are never "he" or "she" become organisations (their runs' kind is set).
 */
export function personTest(
  model: TextModel,
  runs: NameRun[],
  hasRole: (r: NameRun) => boolean,
): (r: NameRun) => boolean {
  const surnames = surnamesOfUndecided(model, runs);
  const apposed = new Set<string>();
  const evidence = namesInPersonContext(model, runs, hasRole, apposed);
  const singles = new Set([...evidence].filter((key) => !key.includes(" ")));
  const pronounFollows = new Set<string>();
  for (const r of runs) {
    const key = keyOf(r);
    if (singles.has(key) && heOrSheFollows(model.paragraphs[r.p]!, r.end)) pronounFollows.add(key);
  }
  addFullNamesOfSurnames(runs, evidence);
  const singleRuns = new Map<string, NameRun[]>();
  for (const r of runs) if (r.words.length === 1) push(singleRuns, r.words[0]!.toLowerCase(), r);
  // "Bassist Flea" … "said Flea": a one-word name a title or an honorific gives a person elsewhere.
  const titled = new Set(runs.filter((r) => r.kind === "person").map(keyOf));
  for (const key of singles) {
    if (
      pronounFollows.has(key) ||
      knownName(key) ||
      titled.has(key) ||
      surnames.has(key) ||
      apposed.has(key)
    )
      continue;
    evidence.delete(key);
    for (const r of singleRuns.get(key) ?? []) if (!r.kind) r.kind = "organisation";
  }
  return (r) => r.kind === "person" || (!r.kind && evidence.has(keyOf(r)));
}

/**
 * "Cornel West … West said": the last word of a name of two or three words the name lists
 * cannot place, written alone, is that name's surname, even where a list knows it as a place
 * ("West", "Jordan"), where it speaks as a person ("West said"; not "Eastern Europe … Europe").
 * Returns those words.
 */
function surnamesOfUndecided(model: TextModel, runs: NameRun[]): Set<string> {
  const out = new Set<string>();
  for (const r of runs)
    if (
      !r.kind &&
      !r.title &&
      r.words.length >= 2 &&
      r.words.length <= 3 &&
      r.words.every((w) => /^\p{Lu}\p{Ll}/u.test(w)) &&
      !wordsOfNoName(r)
    )
      out.add(r.words[r.words.length - 1]!.toLowerCase());
  const speaking = new Set<string>();
  if (!out.size) return speaking;
  for (const r of runs)
    if (
      r.kind === "place" &&
      r.words.length === 1 &&
      !r.title &&
      out.has(keyOf(r)) &&
      personContext(r, model.paragraphs[r.p]!)
    ) {
      r.kind = undefined;
      speaking.add(keyOf(r));
    }
  return speaking;
}

/** Names (lower case) the context makes a person's: a role, "who", an age, a reporting verb. */
function namesInPersonContext(
  model: TextModel,
  runs: NameRun[],
  hasRole: (r: NameRun) => boolean,
  apposed: Set<string>,
): Set<string> {
  const midCaps = new Set<string>();
  // Words capitalised where no sentence starts, or the last word of a longer name ("Wenger" of "Arsene Wenger").
  for (const r of runs)
    if (!r.first || r.words.length > 1) midCaps.add(r.words[r.words.length - 1]!.toLowerCase());
  const evidence = new Set<string>();
  for (const r of runs) {
    if (r.kind) continue;
    const key = keyOf(r);
    const p = model.paragraphs[r.p]!;
    // "Lakshmi, a daily-wage worker, said", "Morag Bain, a crofter": a person noun in apposition.
    if (!namesOnlyARole(r) && !wordsOfNoName(r) && personInApposition(r, p)) {
      evidence.add(key);
      apposed.add(key);
      continue;
    }
    // "Another resident, Sipho Nkosi, said": a name of words no dictionary knows, set off by commas after a person noun.
    if (r.q < 0 && unknownWords(r) && roleInApposition(r, p)) {
      evidence.add(key);
      continue;
    }
    // "Morag Bain was less forgiving. “…,” she said": a name of words no dictionary knows, then "she".
    if (r.q < 0 && unknownWords(r) && !afterPreposition(r, p) && heOrSheFollows(p, r.end)) {
      evidence.add(key);
      continue;
    }
    if (
      r.words.length === 1 &&
      (ACRONYM.test(r.words[0]!) ||
        /^[A-Z]+s$/.test(r.words[0]!) ||
        (r.first && !midCaps.has(key) && !afterClosingQuote(model.paragraphs[r.p]!, r)))
    )
      continue;
    if (r.words.length === 1 && !personLikeWord(key)) continue;
    if (namesOnlyARole(r) || wordsOfNoName(r)) continue;
    if (personContext(r, model.paragraphs[r.p]!) || hasRole(r)) evidence.add(key);
  }
  return evidence;
}

/**
 * `“…!” Cruz said.`: a quote ending in "!" or "?" makes the next word a sentence's first, but a
 * capital right after the closing mark is the frame's name, not only the sentence's.
 */
function afterClosingQuote(p: Paragraph, r: NameRun): boolean {
  return p.tokens[r.from - 1]?.mark === "close";
}

/**
 * "Arsene Wenger" is a person's name when "Wenger said" or "Mr Wenger" is — written somewhere not
 * at a sentence's start, or with a first name.
 */
function addFullNamesOfSurnames(runs: NameRun[], evidence: Set<string>): void {
  const honorificSurnames = new Set<string>();
  for (const r of runs)
    if (r.honorific && r.words.length === 1) honorificSurnames.add(r.words[0]!.toLowerCase());
  const firstWordsBefore = new Map<string, Set<string>>();
  for (const r of runs) {
    if (r.words.length < 2) continue;
    const last = r.words[r.words.length - 1]!.toLowerCase();
    const firsts = firstWordsBefore.get(last) ?? new Set<string>();
    firstWordsBefore.set(last, firsts.add(r.words[0]!.toLowerCase()));
  }
  for (const r of runs) {
    if (r.kind || r.words.length < 2 || r.words.length > 4) continue;
    // "Hu Jintao" … "Mr Hu": a name written family name first (no given name takes "Mr").
    const first = r.words[0]!.toLowerCase();
    if (honorificSurnames.has(first) && !givenNameGender(r.words[0]!)) evidence.add(keyOf(r));
    const last = r.words[r.words.length - 1]!.toLowerCase();
    // "Team Trump sees …" beside "Donald Trump": a sentence's capital on an English word (WordNet)
    // no first name is only the sentence's when another name ends in the same word (not "Cornel West").
    if (
      r.first &&
      r.from === r.start &&
      sentenceWordBefore(r.words[0]!) &&
      (firstWordsBefore.get(last)?.size ?? 0) > 1
    )
      continue;
    if (evidence.has(last) || honorificSurnames.has(last)) evidence.add(keyOf(r));
  }
}

const sentenceWordBefore = (w: string) =>
  !givenNameGender(w) && !LAST_NAMES.has(w.toLowerCase()) && isEnglishWord(w.toLowerCase());

/** A reporting verb right after the name ("Tokaev told"), right before it ("said Tokaev"), "according to X", "X, who", an age. */
function personContext(r: NameRun, p: Paragraph): boolean {
  const toks = p.tokens;
  const after = toks[r.end];
  // "the Institute of Fiscal Studies who …": a name inside a prepositional phrase is not the subject.
  const prep = toks[r.from - 1];
  if (
    prep &&
    isPlacePreposition(prep.lower) &&
    !(prep.lower === "to" && toks[r.from - 2]?.lower === "according")
  )
    return false;
  if (after?.text === "," && toks[r.end + 1]?.lower === "who") return true;
  if (after?.lower === "who") return true;
  if (
    after?.text === "," &&
    /^\d{1,2}$/.test(toks[r.end + 1]?.text ?? "") &&
    toks[r.end + 2]?.text === ","
  )
    return true;
  let k = r.end;
  let plural = false;
  while (toks[k] && VERB_FILLERS.has(toks[k]!.lower)) {
    // "41 Britons are now confirmed": a plural subject is not one person.
    if (/^(are|were|have)$/.test(toks[k]!.lower)) plural = true;
    k++;
  }
  const verb = plural ? undefined : toks[k];
  const before = toks[r.from - 1];
  if (before && isPlacePreposition(before.lower))
    return before.lower === "to" && toks[r.from - 2]?.lower === "according";
  if (
    verb &&
    verb.word &&
    !verb.cap &&
    isFrameVerb(verb.lower) &&
    verb.lower !== "call" &&
    verb.lower !== "calls"
  )
    return true;
  const next = toks[r.end];
  if (
    before &&
    isInversionVerb(before.lower) &&
    (!next || !next.word || AFTER_INVERTED.test(next.lower))
  )
    return true;
  if (before?.lower === "to" && toks[r.from - 2]?.lower === "according") return true;
  return false;
}

/**
 * "Lakshmi, a daily-wage worker, said", "Ramesh, 45, a farmer from Lasalgaon": the name followed
 * by a comma (an age between commas may come first) and an indefinite phrase headed by a noun for
 * a person (WordNet's commonest sense, or a role); not "Wealth-X, a private research firm".
 */
function personInApposition(r: NameRun, p: Paragraph): boolean {
  const toks = p.tokens;
  let k = r.end;
  if (toks[k]?.text !== ",") return false;
  k++;
  if (/^\d{1,3}$/.test(toks[k]?.text ?? "") && toks[k + 1]?.text === ",") k += 2;
  if (!/^(a|an)$/.test(toks[k]?.lower ?? "")) return false;
  // The phrase's head: its last word before a preposition, a relative word or punctuation.
  let head: string | undefined;
  for (let j = k + 1; j < toks.length && j <= k + 5; j++) {
    const t = toks[j]!;
    if (!t.word || t.cap || PREPOSITIONS.has(t.lower) || /^(who|that|which)$/.test(t.lower)) break;
    head = t.lower;
  }
  return !!head && (isRoleNoun(head) || nounKinds(head)[0] === "person");
}

/** Words besides the possessive determiners that open a noun phrase a name may stand in apposition to: "another resident" ("its chief executive"). */
const APPOSITION_OPENERS = /^(a|an|the|another|one)$/;

/**
 * "Another resident, Sipho Nkosi, said", "said the union's secretary-general, Rachel Chepkoech.":
 * the mirror of personInApposition — the name set off by a comma (and a comma or the sentence's
 * end after it) right after a phrase that opens on a determiner or a possessive and ends on a
 * noun for a person (a role, or WordNet's commonest sense).
 */
function roleInApposition(r: NameRun, p: Paragraph): boolean {
  const toks = p.tokens;
  const after = toks[r.end];
  if (after && after.text !== "," && !/^[.;:]$/.test(after.text)) return false;
  if (toks[r.from - 1]?.text !== ",") return false;
  const head = toks[r.from - 2];
  if (!head?.word || head.cap || !(isRoleNoun(head.lower) || nounKinds(head.lower)[0] === "person"))
    return false;
  for (let j = r.from - 3; j >= 0 && j >= r.from - 8; j--) {
    const t = toks[j]!;
    if (t.word && (APPOSITION_OPENERS.test(t.lower) || POSSESSIVE_DETERMINERS.has(t.lower)))
      return true;
    if (/^['’]s?$/.test(t.text)) return true;
    if (!t.word || t.q >= 0) return false;
  }
  return false;
}

/**
 * "head of trading at Shearson Lehman Hutton, acknowledges that he …": a name after a
 * preposition is where someone works or goes, not the one "he" goes back to.
 */
function afterPreposition(r: NameRun, p: Paragraph): boolean {
  const before = p.tokens[r.from - 1];
  return !!before && PREPOSITIONS.has(before.lower);
}

/** "Morag Bain", "Naledi Khumalo": two or three words, each a known given name or surname or no English word. */
function unknownWords(r: NameRun): boolean {
  return (
    r.words.length >= 2 &&
    r.words.length <= 3 &&
    r.words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)) &&
    r.words.every((w) => {
      const lower = w.toLowerCase();
      return (
        knownName(lower) ||
        (!isEnglishWord(lower) && !SENTENCE_WORDS.has(lower) && !PREPOSITIONS.has(lower))
      );
    })
  );
}

/** "the Prime Minister said", "the Foreign Secretary said": a title alone is a role, not a name. */
function namesOnlyARole(r: NameRun): boolean {
  return r.words.length > 1 && r.words.every((w) => isTitleWord(w.toLowerCase()));
}

/**
 * "Age Concern says", "the Liberal Democrats claim", "Hewlett-Packard CEO Ann Lee": capitalised
 * words with no given name or surname among them that are all common English words (WordNet),
 * or end in a plural or a title, name a body, a group or a role — not one person, whatever verb
 * follows.
 */
function wordsOfNoName(r: NameRun): boolean {
  const lower = r.words.map((w) => w.toLowerCase());
  // Not "Hicks said": a surname alone may look like a plural.
  if (lower.length < 2 || lower.some((w) => givenNameGender(w) || LAST_NAMES.has(w))) return false;
  const last = lower[lower.length - 1]!;
  if (isTitleWord(last)) return true;
  // "Liberal Democrats"; not "Geert Wilders": a word no dictionary knows before the plural is a
  // given name the name lists lack.
  if (pluralNoun(last)) return lower.slice(0, -1).every((w) => isEnglishWord(w));
  return lower.every((w) => isEnglishWord(w) && !nounKinds(w).includes("person"));
}

/** "democrats", "fathers": a plural WordNet knows by its singular. */
const pluralNoun = (w: string) =>
  singular(w) !== w || (/[^s]s$/.test(w) && isWordAs(w.slice(0, -1), "noun"));

/** "Obama said", "Isabelle said": a word the name lists know as a surname or first name speaks as a person. */
function knownName(lower: string): boolean {
  return LAST_NAMES.has(lower) || !!firstNameGender(lower);
}

/** Not "Conservatives", "Britons", "British", "He": plural groups, nationalities and function words. */
function personLikeWord(lower: string): boolean {
  if (SENTENCE_WORDS.has(lower) || DEMONYMS.has(lower) || /(ish|ese)$/.test(lower)) return false;
  if (lower.endsWith("s")) {
    const one = lower.slice(0, -1);
    if (DEMONYMS.has(one) || isRoleNoun(one) || /(ive|ian|an|crat|ist|ite|er|on)$/.test(one))
      return false;
  }
  return true;
}

/** "he" or "she" in the narration soon after a name, with no other name between. */
function heOrSheFollows(p: Paragraph, from: number): boolean {
  const toks = p.tokens;
  for (let i = from; i < toks.length && i - from <= 30; i++) {
    const t = toks[i]!;
    if (t.q >= 0 || !t.word) continue;
    if (t.lower === "he" || t.lower === "she") return true;
    if (t.cap && !t.first && !SENTENCE_WORDS.has(t.lower)) return false;
  }
  return false;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
