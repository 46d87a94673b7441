/**
 * The action a do-question asks about, and whether a sentence says it. After "did", "does" or
 * "do" and the subject, English puts the verb in its base form: "when did Kopp move to …" asks
 * about moving, "how much did prices rise" about rising, and "when did she found the group"
 * about founding (the base form "found", not the past of "find"). A date or a sum given for
 * another action of the same people does not answer it.
 */
import { verbLemma } from "../../../nlp/lexicon/irregular-verbs.js";
import { isSpeechVerb } from "../../../nlp/lexicon/reporting-verbs.js";
import { isWordAs } from "../../../nlp/lexicon/wordnet.js";
import { isStopWord, stem } from "../../../nlp/tokens.js";
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
  for (const m of text.matchAll(/\p{L}+/gu)) if (isAction(m[0])) return true;
  return false;
}

/** Whether one word says the base verb or a related word (saysAction), its forms built once. */
function actionWord(verb: string): (word: string) => boolean {
  const base = [verb, ...relatedWords(verb, false).map((r) => r.word)];
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
  for (const m of text.matchAll(/\p{L}+/gu)) {
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
  const before = [...text.slice(Math.max(0, at - 60), at).matchAll(/\p{L}+/gu)].map((m) =>
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
  const ws = [...text.matchAll(/\p{L}+/gu)].map((m) => m[0].toLowerCase());
  const at = ws.flatMap((w, i) => (isAction(w) ? [i] : []));
  return (
    at.length > 0 &&
    at.every((i) => ws.slice(Math.max(0, i - 2), i).some((w) => /^(?:that|which|who)$/.test(w)))
  );
}
