/**
 * Irregular forms → their base form, so "left" finds "leave", "won" finds "win", "held" finds
 * "hold" and "women" finds "woman" (the Porter stemmer only handles regular endings). Read from
 * compromise (MIT) by `npm run gen` (scripts/build/irregular-forms.ts) into
 * irregular-forms-data.ts: its verbs conjugated by its own models, and its irregular plurals.
 * Loading compromise at run time cost ~1 s at start and ~0.4 s in every worker thread; the
 * tables load in no time.
 */
import * as data from "./irregular-forms-data.js";

function pairs(list: string): Map<string, string> {
  return new Map(list.split(" ").map((pair) => pair.split(":") as [string, string]));
}

const PAST = pairs(data.PAST_FORMS);
const BASES = new Set(PAST.values());
const PLURALS = pairs(data.PLURALS);

/** The base form of an irregular past form of a verb ("left" → "leave"); other words unchanged. */
export function lemma(word: string): string {
  return PAST.get(word) ?? word;
}

const NOUN_SHAPED = pairs(data.NOUN_SHAPED_PAST_FORMS);

/**
 * The base form of an irregular past form, also of the few that are mostly nouns ("rose" →
 * "rise", "wound" → "wind"): only for checking a verb already asked about, never for the index.
 */
export function verbLemma(word: string): string {
  return PAST.get(word) ?? NOUN_SHAPED.get(word) ?? word;
}

/** Whether the word is the base form of an irregular verb ("go", "meet", "hold"). */
export function isIrregularBase(word: string): boolean {
  return BASES.has(word);
}

/**
 * Whether an irregular verb's simple past differs from its base ("meet"/"met", "win"/"won"), so
 * that the base form cannot be a past ("beat", "hit", "set" can): a past form of it that is not
 * a participle's shape (-en, -wn, -ne, -rn: "beaten", "shown", "gone", "worn").
 */
export function hasOwnPast(base: string): boolean {
  OWN_PAST ??= new Set(
    [...PAST].filter(([form, b]) => form !== b && !/(?:en|wn|ne|rn)$/.test(form)).map(([, b]) => b),
  );
  return OWN_PAST.has(base);
}
let OWN_PAST: Set<string> | undefined;

/** The singular of an irregular plural ("women" → "woman", "crises" → "crisis"); other words unchanged. */
export function singular(word: string): string {
  return PLURALS.get(word) ?? word;
}
