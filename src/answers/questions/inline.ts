/**
 * Inline mode's core: the quotes that match a few words (speaker names or the quote's own
 * words), best first, across every article — so "@bot tokaev russia" offers Tokaev's quotes
 * about Russia to drop into any chat. Names are read as /quotes and questions read them
 * (nlp/people/name-match.ts). Telegram-free: the adapter turns these into results.
 */
import type { Analysis, Quote } from "../../model/analysis.js";
import type { Corpus } from "../context.js";
import { readFilter } from "../quotes.js";
import { buildQuery, searchTerms } from "./terms.js";
import { questionText } from "./text.js";

export interface QuoteMatch {
  analysis: Analysis;
  quote: Quote;
  /** Stable across calls for the same quote (Telegram result ids must be unique in one answer). */
  key: string;
}

/** Longest inline query read; Telegram allows 256 characters. */
const MAX_QUERY = 256;
/** Articles (the best matching first) whose speakers the words may name. */
const SPEAKER_ARTICLES = 10;

/** Direct quotes matching the words (all quotes of the newest articles for an empty query), at most `limit`. */
export function matchingQuotes(words: string, corpus: Corpus, limit = 50): QuoteMatch[] {
  const { library, index } = corpus;
  const out: QuoteMatch[] = [];
  const seen = new Set<string>();
  const push = (analysis: Analysis, quote: Quote) => {
    const i = analysis.quotes.indexOf(quote);
    const key = `${analysis.article.id}#${i}`;
    if (seen.has(key) || out.length >= limit) return;
    seen.add(key);
    out.push({ analysis, quote, key });
  };
  const shown = (q: Quote) => !q.indirect && q.text.trim().split(/\s+/).length >= 3;
  const qt = questionText(words.slice(0, MAX_QUERY), (w) => index.knows(w));
  const query = buildQuery(qt.words, index, [], [], qt.acronyms);
  if (!query.groups.length) {
    for (const analysis of library.list()) {
      for (const q of analysis.quotes) if (shown(q)) push(analysis, q);
      if (out.length >= limit) break;
    }
    return out;
  }
  const hits = index.search(searchTerms(query, index), {
    fields: ["quote", "speaker", "text"],
    limit: 200,
  });
  // Someone the words name first: their quotes about the other words (all of them when the
  // words are only a name); then every quote the search found.
  const articles = [...new Set(hits.map((h) => h.analysis))].slice(0, SPEAKER_ARTICLES);
  for (const analysis of articles)
    for (const q of readFilter(analysis, words.slice(0, MAX_QUERY)).speaker?.about ?? [])
      if (shown(q)) push(analysis, q);
  for (const h of hits) {
    for (const q of h.analysis.quotes)
      if (q.sentence === h.sentence.index && shown(q)) push(h.analysis, q);
    if (out.length >= limit) break;
  }
  return out;
}
