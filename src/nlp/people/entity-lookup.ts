/** An entity's direct quotes, looked up by its id (names are matched in name-match.ts). */
import type { Analysis, Quote } from "../../model/analysis.js";

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
