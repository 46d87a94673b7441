/** Where a sentence says the verbs a question asks about, in any form ("led" for "leads"). */
import { lemma } from "../../nlp/lexicon/irregular-verbs.js";
import { processTerm } from "../../search/terms.js";

/** The base of a verb form: its irregular verb's base ("led" → "lead"), else its search stem. */
function verbKey(word: string): string {
  const w = word.toLowerCase();
  const base = lemma(w);
  return base !== w ? base : (processTerm(w) ?? w);
}

/**
 * Where (character offset, word end) each lower-case word of `text` that is a form of one of
 * `verbs` stands, in order: "Ritter led his team" for "leads" gives the place of "led".
 */
export function verbPositions(text: string, verbs: string[]): Array<{ at: number; end: number }> {
  const keys = new Set(verbs.flatMap((v) => [verbKey(v), processTerm(v) ?? v]));
  if (!keys.size) return [];
  const out: Array<{ at: number; end: number }> = [];
  for (const m of text.matchAll(/(?<![\p{L}'’-])\p{Ll}[\p{L}'’-]*/gu)) {
    if (keys.has(verbKey(m[0])) || keys.has(processTerm(m[0]) ?? m[0]))
      out.push({ at: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  return out;
}
