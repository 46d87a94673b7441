/**
 * The action a do-question asks about, and whether a sentence says it. After "did", "does" or
 * "do" and the subject, English puts the verb in its base form: "when did Kopp move to …" asks
 * about moving, "how much did prices rise" about rising, and "when did she found the group"
 * about founding (the base form "found", not the past of "find"). A date or a sum given for
 * another action of the same people does not answer it.
 */
import { verbLemma } from "../../../nlp/lexicon/irregular-verbs.js";
import { commonness } from "../../../nlp/lexicon/common-words.js";
import { isSpeechVerb } from "../../../nlp/lexicon/reporting-verbs.js";
import {
  actionNouns,
  dictionaryForms,
  isWordAs,
  sharedVerbSense,
  verbSynonyms,
} from "../../../nlp/lexicon/wordnet.js";
import { isStopWord, stem } from "../../../nlp/tokens.js";
import { PREPOSITIONS } from "../../../nlp/lexicon/function-words.js";
import { processTerm } from "../../../search/terms.js";
import { CAUSAL } from "../../../search/sentence-flags.js";
import { relatedWords } from "../related.js";
import { inflections } from "../terms.js";
import { LIGHT_VERBS } from "../verbs.js";

const DO = /^(?:did|does|do)$/;
const DETERMINER = /^(?:the|a|an|his|her|its|their|our|this|that|these|those|s)$/;
/**
 * Verbs that say little on their own ("how much did it make" is answered by "earned"): no check.
 * The question verbs' light verbs, and verbs of saying, happening, starting and ending.
 */
const LIGHT = new Set([
  ...LIGHT_VERBS,
  ...["be", "have", "do", "say", "happen", "occur", "start", "begin", "end", "finish"],
]);

/**
 * The base verb after do-support in a question's lower-case words, past its subject (a name
 * capitalised in the question, a pronoun, nouns): "did house prices rise in wales" → "rise";
 * undefined when there is none, or it is a light verb.
 */
export function doSupportVerb(rest: string, capitalised: ReadonlySet<string>): string | undefined {
  return doSupport(rest, capitalised)?.verb;
}

/** The base verb after do-support and the last word of its subject ("doe" in "did jane doe raise"). */
export function doSupport(
  rest: string,
  capitalised: ReadonlySet<string>,
): { verb: string; subject: string } | undefined {
  const ws = rest.split(" ").filter(Boolean);
  const d = ws.findIndex((w) => DO.test(w));
  if (d < 0) return undefined;
  const verbLike = (w: string | undefined) =>
    !!w && !capitalised.has(w) && !/[^su]s$|ing$/.test(w) && isWordAs(w, "verb");
  let subject = 0;
  let first = "";
  let last = "";
  for (let i = d + 1; i < ws.length && i <= d + 8; i++) {
    const w = ws[i]!;
    if (DETERMINER.test(w)) continue;
    if (isStopWord(w) && subject) return undefined;
    // The subject: its first word whatever it is, then names, plural and -ing nouns, other nouns.
    // A noun that is also a verb before a verb is the subject's ("did the board approve").
    // A pronoun is the whole subject ("did he take part").
    const afterPronoun = subject === 1 && isStopWord(first);
    const compound = !afterPronoun && isWordAs(w, "noun") && verbLike(ws[i + 1]);
    if (subject === 0 || (!afterPronoun && !verbLike(w)) || compound) {
      if (!subject) first = w;
      subject++;
      last = w;
      continue;
    }
    return LIGHT.has(w) ? undefined : { verb: w, subject: last };
  }
  return undefined;
}

/**
 * The head noun of the asked verb's object, when it is a common noun: "when do the banks change
 * their names" → "names" (determiners and possessives skipped, the noun phrase read up to a
 * function word); undefined for a name ("buy the Dallas Mavericks") or no object.
 */
export function askedObject(
  rest: string,
  capitalised: ReadonlySet<string>,
  verb: string,
): string | undefined {
  const ws = rest.split(" ").filter(Boolean);
  const d = ws.findIndex((w) => DO.test(w));
  const v = ws.indexOf(verb, d + 1);
  if (d < 0 || v < 0) return undefined;
  let head: string | undefined;
  for (const w of ws.slice(v + 1)) {
    if (DETERMINER.test(w) && !head) continue;
    if (isStopWord(w) || capitalised.has(w) || !isWordAs(w, "noun")) break;
    head = w;
  }
  return head;
}

const ACTS_ON_OBJECT_PATTERN = /[\p{L}\p{N}'’-]+/gu;
const STARTS_UPPER = /^\p{Lu}/u;

/**
 * True when a sentence says the asked object as the object of a verb of its own: "each will
 * adopt the First of America name" for "when do the banks change their names" — the noun
 * after a verb, a few determiners, adjectives or capitalised words between ("under their
 * current names" is no action on them, nor "the shares of market leaders").
 */
export function actsOnObject(text: string, noun: string): boolean {
  const key = processTerm(noun) ?? noun;
  const tokens = [...text.matchAll(ACTS_ON_OBJECT_PATTERN)].map((m) => m[0]);
  return tokens.some((t, i) => {
    if ((processTerm(t.toLowerCase()) ?? t) !== key) return false;
    for (let j = i - 1, n = 0; j >= 0 && n < 6; j--, n++) {
      const w = tokens[j]!;
      const lower = w.toLowerCase();
      const capital = STARTS_UPPER.test(w);
      if (DETERMINER.test(lower)) continue;
      if (capital || (lower === "of" && STARTS_UPPER.test(tokens[j - 1] ?? ""))) continue;
      if (isStopWord(lower)) return false;
      if (isWordAs(lower, "verb") && !isWordAs(lower, "noun") && !isSpeechVerb(lower))
        return !LIGHT.has(verbLemma(lower));
      if (!isWordAs(lower, "adj")) return false;
    }
    return false;
  });
}

/**
 * The verb of "who runs X" (the word after "who" in a present or past form, in its base form)
 * and the content words of its object; undefined when the question is not so built.
 */
export function whoVerb(rest: string): { verb: string; object: string[] } | undefined {
  const [first, ...others] = rest.split(" ").filter(Boolean);
  if (!first || isStopWord(first) || !/(?:[^s]s|ed)$/.test(first)) return undefined;
  const verb = [verbLemma(first), ...dictionaryForms(first)].find(
    (b) => b !== first && isWordAs(b, "verb") && !LIGHT.has(b),
  );
  const object = others.filter((w) => !isStopWord(w) && !DETERMINER.test(w));
  return verb && object.length ? { verb, object } : undefined;
}

/**
 * How a sentence says the verb of "who runs X": "asked" by the verb itself ("ran", "runs") or
 * by a related word used as a verb in the asked sense, with X after it ("Acme operates the bank") or before it
 * in the passive ("the bank is operated by Acme"); "other" by a related word said of something
 * else ("the branches will operate under their old names"); "none" not at all.
 */
export function verbSense(
  text: string,
  asked: { verb: string; object: string[] },
): "asked" | "other" | "none" {
  if (verbFormSaid(text, asked.verb)) return "asked";
  // Related words that are verbs of one of its senses ("operate", not "attempt" or "effort").
  const senses = new Set(verbSynonyms(asked.verb, Infinity));
  const related = new Set(
    relatedWords(asked.verb, false)
      .filter((r) => senses.has(r.word))
      .flatMap((r) => keys(r.word)),
  );
  const object = new Set(asked.object.flatMap(keys));
  const written = [...text.matchAll(ACTS_ON_OBJECT_PATTERN)].map((m) => m[0]);
  const tokens = written.map((w) => w.toLowerCase());
  const isRelated = (w: string) => [w, verbLemma(w)].flatMap(keys).some((k) => related.has(k));
  const isObject = (w: string) => keys(w.replace(/['’]s$/, "")).some((k) => object.has(k));
  const at = tokens.flatMap((w, i) => (isRelated(w) && usedAsVerb(written, i) ? [i] : []));
  if (!at.length) return "none";
  const onAsked = (i: number) =>
    tokens.slice(i + 1, i + 5).some(isObject) ||
    (tokens[i + 1] === "by" && tokens.slice(Math.max(0, i - 6), i).some(isObject));
  return at.some(onAsked) ? "asked" : "other";
}

/** Words before a verb: "will operate", "to operate", "they operate", "owns and operates". */
const BEFORE_VERB =
  /^(?:to|will|would|can|could|may|might|must|shall|should|they|we|i|you|he|she|it|also|not|and|who|which|that)$/;

/**
 * Whether the word at `i` (as written) is used as a verb: a past form ("operated"), a word
 * after "to", a modal, a pronoun or "and" ("will operate", "owns and operates"), or an -s form
 * after a name ("Acme operates"); not a noun ("the first attempt", "takeover attempts",
 * "operating profit").
 */
function usedAsVerb(written: string[], i: number): boolean {
  const w = written[i]!.toLowerCase();
  const before = written[i - 1] ?? "";
  if (w.endsWith("ed") && verbForms(w)) return true;
  if (/[^s]s$/.test(w) && STARTS_UPPER.test(before) && verbForms(w)) return true;
  return BEFORE_VERB.test(before.toLowerCase()) && (isWordAs(w, "verb") || verbForms(w));
}

/** Whether a word is an inflected form of a verb WordNet knows ("operates" → "operate"). */
function verbForms(w: string): boolean {
  return [verbLemma(w), ...dictionaryForms(w)].some((b) => b !== w && isWordAs(b, "verb"));
}

const LETTERS = /\p{L}+/gu;

/** Whether a text says a verb itself in some form ("ran", "runs"), not only a related word. */
function verbFormSaid(text: string, verb: string): boolean {
  const own = new Set([verb, ...inflections(verb)].flatMap(keys));
  return [...text.matchAll(LETTERS)].some((m) => {
    const w = m[0].toLowerCase();
    return [w, verbLemma(w)].flatMap(keys).some((k) => own.has(k));
  });
}

/** The keys a word may meet a verb by: its index term and its plain Porter stem ("founded" ~ "found"). */
function keys(word: string): string[] {
  const out = [stem(word)];
  const t = processTerm(word);
  if (t) out.push(t);
  return out;
}

/**
 * True when a text says the base verb in any form ("rose" for "rise", "founded" for "found",
 * "co-written" for "write") or a closely related word (nlp/lexicon/related-words-data.ts: "climb"
 * for "rise", "death" for "die").
 */
export function saysAction(text: string, verb: string): boolean {
  const isAction = actionWord(verb);
  for (const m of text.matchAll(LETTERS)) if (isAction(m[0])) return true;
  return verb === "become" && madeSo(text);
}

const MADE_SO_PATTERN = /\b(?:is|are|was|were|be|been|being)\s+(\p{L}+)\s+(\p{L}+)/giu;

/**
 * "Become" a rank or an office is said by the passive of a verb that gives one: "was made a
 * dame", "has been named chairman", "was appointed chief executive" — WordNet's sense that
 * "make" shares with "name" ({name, nominate, make}: "She was made president of the club") and
 * the sense above it ({appoint, charge}).
 */
function madeSo(text: string): boolean {
  madeWords ??= new Set(sharedVerbSense("make", "name"));
  for (const m of text.matchAll(MADE_SO_PATTERN)) {
    const w = m[1]!.toLowerCase();
    // The rank or office follows ("made a dame", "named chairman"), not a preposition ("was
    // made across the network", "was named after her father").
    const next = m[2]!.toLowerCase();
    const rank =
      DETERMINER.test(next) ||
      (!PREPOSITIONS.has(next) &&
        !isStopWord(next) &&
        (STARTS_UPPER.test(m[2]!) || isWordAs(next, "noun") || isWordAs(next, "adj")));
    if (!rank) continue;
    if ([w, verbLemma(w), ...dictionaryForms(w)].some((f) => madeWords!.has(f))) return true;
  }
  return false;
}
let madeWords: Set<string> | undefined;

/**
 * The words that say a base verb's action: the verb, its closely related words, WordNet's verbs
 * of its two commonest senses ("issue" for "publish"; light verbs such as "be" for "cost" left
 * out), and the nouns WordNet derives from them all ("acquisition" from "acquire", a relative
 * of "buy"; "resignation"): news names an action by its noun as often as by its verb.
 */
export function actionWords(verb: string): string[] {
  const related = relatedWords(verb, false).map((r) => r.word);
  // A synonym news uses more widely than the verb is too general to say it ("pass" for "die").
  const synonyms = verbSynonyms(verb).filter(
    (w) => !LIGHT.has(w) && !isStopWord(w) && !commoner(w, verb),
  );
  const own = [verb, ...synonyms];
  // Nouns of the verb, its synonyms and its closest related words only (farther ones drift).
  const nouns = [...own, ...related.slice(0, CLOSEST)].flatMap(actionNouns);
  return [...new Set([...own, ...related, ...nouns])];
}

/** Whether news uses a word more widely than another (common-words.ts: the share of articles using it). */
function commoner(word: string, than: string): boolean {
  const w = processTerm(word);
  const t = processTerm(than);
  return w === null || (t !== null && commonness(w) < commonness(t));
}

/** How many of a verb's closest related words (closest first) lend their nouns: "acquire" for "buy". */
const CLOSEST = 3;

/** Whether one word says the base verb or a related word (saysAction), its forms built once. */
function actionWord(verb: string): (word: string) => boolean {
  const base = actionWords(verb);
  // Each as written in its regular forms ("die": "died", where the stems differ) and by stem.
  const forms = new Set(base.flatMap((b) => [b, ...inflections(b)]));
  const wanted = new Set(base.flatMap(keys));
  return (word) => {
    const w = word.toLowerCase();
    return forms.has(w) || [w, verbLemma(w)].flatMap(keys).some((k) => wanted.has(k));
  };
}

/** An aside set off by a pair of dashes or by brackets: "Fat Albert - co-written by Jo Bell - opened". */
const ASIDE = /\s[-–—]\s(?:(?!\s[-–—]\s).)+?\s[-–—]\s|\([^()]*\)/gu;

/**
 * True when the text says the action only inside an aside, and the cause the sentence gives
 * is outside it: "Fat Albert - co-written by Jo Bell - entered the chart after opening on
 * Friday" gives why the film entered the chart, not why Jo Bell co-wrote it.
 */
export function actionOnlyInAside(text: string, verb: string): boolean {
  const asides = [...text.matchAll(ASIDE)].map((m) => ({
    from: m.index ?? 0,
    to: (m.index ?? 0) + m[0].length,
    text: m[0],
  }));
  if (!asides.length) return false;
  const isAction = actionWord(verb);
  let said = false;
  for (const m of text.matchAll(LETTERS)) {
    if (!isAction(m[0])) continue;
    said = true;
    const at = m.index ?? 0;
    const aside = asides.find((a) => a.from <= at && at < a.to);
    if (!aside || CAUSAL.test(aside.text)) return false;
  }
  return said;
}

/** Words between a verb and its date: "opened in 1998", "died last June", "arrived early on Monday". */
const BEFORE_DATE =
  /^(?:in|on|at|by|since|until|during|from|last|early|late|earlier|later|this|next|the|of)$/;

/**
 * True when the date at `at` is the date of another action than the asked one, which the
 * sentence says only in a relative clause: a past verb right before the date (a few small words
 * between) that is not the asked verb nor a reporting one ("The bridge opened in 1998, two years
 * after the flood that destroyed the old one" dates the opening, not the destroying; "Reyes won
 * 45 percent in a poll released Thursday" still dates the winning).
 */
export function dateOfOtherAction(text: string, at: number, verb: string): boolean {
  if (!actionOnlyInRelative(text, verb)) return false;
  const before = [...text.slice(Math.max(0, at - 60), at).matchAll(LETTERS)].map((m) =>
    m[0].toLowerCase(),
  );
  for (let i = before.length - 1, n = 0; i >= 0 && n < 4; i--, n++) {
    const w = before[i]!;
    if (BEFORE_DATE.test(w)) continue;
    const past = /[^e]ed$|[^aeiou]ied$/.test(w) || verbLemma(w) !== w;
    if (!past || !isWordAs(w, "verb")) return false;
    return !isSpeechVerb(w) && !saysAction(w, verb);
  }
  return false;
}

/** True when every place the text says the action is in a relative clause ("the flood that destroyed it"). */
function actionOnlyInRelative(text: string, verb: string): boolean {
  const isAction = actionWord(verb);
  const ws = [...text.matchAll(LETTERS)].map((m) => m[0].toLowerCase());
  const at = ws.flatMap((w, i) => (isAction(w) ? [i] : []));
  return (
    at.length > 0 &&
    at.every((i) => ws.slice(Math.max(0, i - 2), i).some((w) => /^(?:that|which|who)$/.test(w)))
  );
}
