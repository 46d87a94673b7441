/**
 * Where a sentence says the verbs a question asks about, in any form ("led" for "leads"): the
 * one test of "the same verb" for every kind of question. Two words are forms of one verb when
 * they meet as the index keeps them (search/terms.ts: irregular forms to their base, then the
 * Porter stem: "led" ~ "leads", "arrested" ~ "arrest").
 */
import { processTerm } from "../../search/terms.js";

/** A (lower-case) word as verbs are compared: its term, else itself (a stop word such as "did"). */
function verbKey(word: string): string {
  return processTerm(word) ?? word;
}

const VERB_POSITIONS_PATTERN = /(?<![\p{L}'’-])\p{Ll}[\p{L}'’-]*/gu;

/**
 * Where (character offset, word end) each lower-case word of `text` that is a form of one of
 * `verbs` stands, in order: "Ritter led his team" for "leads" gives the place of "led".
 */
export function verbPositions(text: string, verbs: string[]): Array<{ at: number; end: number }> {
  const keys = new Set(verbs.map((v) => verbKey(v.toLowerCase())));
  if (!keys.size) return [];
  const out: Array<{ at: number; end: number }> = [];
  for (const m of text.matchAll(VERB_POSITIONS_PATTERN)) {
    const at = m.index ?? 0;
    if (keys.has(verbKey(m[0]))) out.push({ at, end: at + m[0].length });
  }
  return out;
}
