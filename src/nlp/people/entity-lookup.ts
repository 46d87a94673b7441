/**
 * Finds the entity a user means by a name they typed: the full name, a surname, an alias
 * ("the Kazakh president"), any case, and common transliterations (Tokayev/Tokaev,
 * Nazarbaev/Nazarbayev, ks/x, y/i, double letters) or one typo in a long name.
 */
import type { Analysis, Entity, Quote } from "../../model/analysis.js";
import { nameKey } from "./name-key.js";
import { HONORIFICS } from "../lexicon/titles.js";

const SMALL = new Set("the a an of and for in at de van von der la le al bin".split(" "));

const wordsOf = (s: string): string[] =>
  s
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/['’]s\b/g, "")
    .match(/[\p{L}\p{N}]+/gu) ?? [];

/** The words of a typed name that must match: no honorifics, no small words. */
function nameWords(s: string): string[] {
  return wordsOf(s).filter((w) => !HONORIFICS[w] && !SMALL.has(w));
}

/** Same name word however spelt: same transliteration key, or one edit apart when long. */
export function sameNameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 3 || b.length < 3) return false;
  if (nameKey(a) === nameKey(b)) return true;
  return a.length >= 6 && b.length >= 6 && a[0] === b[0] && withinOneEdit(a, b);
}

function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

export interface EntityMatch {
  entity: Entity;
  /** 3: the whole name or an alias, as typed; 2: every typed word is a word of a name; 1: spelt differently. */
  score: number;
}

/** Every entity the typed name fits, best first (people first, then the most quoted and mentioned). */
export function findEntitiesByName(analysis: Analysis, typed: string): EntityMatch[] {
  const query = wordsOf(typed).join(" ");
  const qWords = nameWords(typed);
  if (!query) return [];
  const quoted = quoteCounts(analysis.quotes);
  const out: EntityMatch[] = [];
  for (const entity of analysis.entities) {
    const forms = [entity.name, ...entity.aliases];
    let score = 0;
    if (forms.some((f) => wordsOf(f).join(" ") === query || nameWords(f).join(" ") === query))
      score = 3;
    else if (qWords.length) {
      // Only name forms count here, not role descriptions ("the president" is matched whole, above).
      const names = forms.filter((f) => !/^(the|a|an|his|her|our)\s/i.test(f)).flatMap(nameWords);
      if (qWords.every((q) => names.includes(q))) score = 2;
      else if (qWords.every((q) => names.some((n) => sameNameWord(q, n)))) score = 1;
    }
    if (score) out.push({ entity, score });
  }
  const rank = (m: EntityMatch) => (m.entity.kind === "person" ? 1 : 0);
  return out.sort(
    (a, b) =>
      b.score - a.score ||
      rank(b) - rank(a) ||
      (quoted.get(b.entity.id) ?? 0) - (quoted.get(a.entity.id) ?? 0) ||
      b.entity.mentions.length - a.entity.mentions.length,
  );
}

/** The entity the typed name means, or undefined. */
export function findEntityByName(analysis: Analysis, typed: string): Entity | undefined {
  return findEntitiesByName(analysis, typed)[0]?.entity;
}

/** Direct quotes by speaker id. */
export function quoteCounts(quotes: Quote[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const q of quotes)
    if (q.speakerId && !q.indirect) counts.set(q.speakerId, (counts.get(q.speakerId) ?? 0) + 1);
  return counts;
}

/** The direct quotes (in article order) a speaker said; with `indirect`, their reported speech too. */
export function quotesBy(analysis: Analysis, entityId: string, indirect = false): Quote[] {
  return analysis.quotes.filter((q) => q.speakerId === entityId && (indirect || !q.indirect));
}
