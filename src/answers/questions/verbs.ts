/**
 * The verbs a question asks about, where its words show them plainly: an irregular past form
 * ("won", "held": lexicon/irregular-verbs.ts) or a regular one ("arrested", "fired"). An answer
 * to "who won …" or "when was X arrested" must say that very thing, not something near it.
 */
import { lemma } from "../../nlp/lexicon/irregular-verbs.js";
import { isStopWord } from "../../nlp/tokens.js";
import type { RankedHit } from "./ranking.js";
import { textStems } from "./terms.js";

/** Helping and light verbs: "when was the poll taken" may be answered by "conducted". */
const AUX = /^(?:is|are|was|were|be|been|being|has|have|had|do|does|did|done)$/;
const LIGHT = new Set([
  "take",
  "make",
  "get",
  "give",
  "go",
  "come",
  "put",
  "set",
  "keep",
  "let",
  "see",
]);

export function askedVerbs(words: string): string[] {
  return words
    .split(" ")
    .filter(
      (w) =>
        w.length > 2 &&
        !isStopWord(w) &&
        !AUX.test(w) &&
        !LIGHT.has(lemma(w)) &&
        (lemma(w) !== w || /[^aeiou]ed$|[^e]ied$/.test(w)),
    );
}

/** True when a sentence found uses every verb asked about (in any form). */
export function saysAskedVerbs(verbs: string[], hit: RankedHit): boolean {
  if (!verbs.length) return true;
  const stems = textStems(hit.sentence.text);
  return verbs.every((v) => [...textStems(v)].every((s) => stems.has(s)));
}
