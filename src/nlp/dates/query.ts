/**
 * For "when …?" questions: the dated events (and placeless time mentions) whose sentence
 * shares the most content words with the question. Uses only the precomputed analysis.
 */
import type { Analysis, DatedEvent, TimeMention } from "../../model/analysis.js";
import { terms } from "../tokens.js";

export type DateMatch =
  | { kind: "date"; date: DatedEvent; score: number }
  | { kind: "unresolved" | "duration"; mention: TimeMention; score: number };

/** Words that only say the question is about time. */
const TIME_WORDS = new Set(
  ["date", "day", "time", "happen", "happened", "year", "month", "long", "take", "place"].map(
    (w) => terms(w)[0] ?? w,
  ),
);

/**
 * Dated events and time mentions ranked by how many of the query's content terms their
 * sentence holds (terms in the event line count double). `query` is the question text or its
 * terms. Only matches sharing at least one term are returned, best first.
 */
export function datesMatching(analysis: Analysis, query: string | string[]): DateMatch[] {
  const wanted = new Set(
    (typeof query === "string" ? terms(query) : query.flatMap((q) => terms(q))).filter(
      (t) => !TIME_WORDS.has(t),
    ),
  );
  if (!wanted.size) return [];
  const score = (sentence: number, event: string) => {
    const inSentence = new Set(terms(analysis.sentences[sentence]?.text ?? ""));
    const inEvent = new Set(terms(event));
    let s = 0;
    for (const t of wanted) {
      if (inEvent.has(t)) s += 2;
      else if (inSentence.has(t)) s += 1;
    }
    return s / (2 * wanted.size);
  };
  const out: DateMatch[] = [];
  for (const date of analysis.dates) {
    const s = score(date.sentence, date.event);
    if (s > 0) out.push({ kind: "date", date, score: s });
  }
  for (const mention of analysis.timeMentions ?? []) {
    const s = score(mention.sentence, mention.event);
    // A placed date beats a placeless mention of the same strength.
    if (s > 0) out.push({ kind: mention.kind, mention, score: s * 0.9 });
  }
  const sentenceOf = (m: DateMatch) => (m.kind === "date" ? m.date.sentence : m.mention.sentence);
  return out.sort((a, b) => b.score - a.score || sentenceOf(a) - sentenceOf(b));
}
