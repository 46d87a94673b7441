/**
 * Spelling-tolerant keys for names, so that a question finds a name however it transliterates
 * it: Tokayev, Tokaev and Tokajev share one key; so do Mohammed and Muhammad.
 */
import { withoutAccents } from "../tokens.js";

/** The key of a name word: lower case, no accents, kh→h, zh→j, y/j→i, doubles single, vowel runs as one "a". */
export function nameKey(word: string): string {
  let k = withoutAccents(word.toLowerCase());
  k = k
    .replace(/kh/g, "h")
    .replace(/zh/g, "j")
    .replace(/ph/g, "f")
    .replace(/ck/g, "k")
    .replace(/[wv]/g, "v")
    .replace(/[yj]/g, "i")
    .replace(/q/g, "k")
    .replace(/x/g, "ks");
  k = k.replace(/([a-z])\1+/g, "$1");
  const first = k[0] ?? "";
  return first + k.slice(1).replace(/[aeiou]+/g, "a");
}
