/**
 * Quotes of an article: reported speech sentence by sentence (indirect.ts), then every direct
 * quotation with its speaker (direct.ts), in article order. Speakers are found by their frames
 * (frames.ts), the subjects of reporting verbs (verb-subject.ts, noun-phrases.ts) and of
 * clauses (clause-subject.ts), over the people finder's mentions (mentions.ts).
 */
import type { Entity, Quote, Sentence } from "../../model/analysis.js";
import { findPeople, type People } from "../people/people.js";
import { QuoteContext } from "./context.js";
import { directQuote } from "./direct.js";
import { reportedSpeechIn } from "./indirect.js";

/** Every direct quote with its speaker (undefined speaker = unattributed), then reported speech (indirect: true). */
export function findQuotes(sentences: Sentence[], _entities: Entity[], people?: People): Quote[] {
  const ctx = new QuoteContext(people ?? findPeople(sentences));
  const out: Quote[] = [];
  for (const p of ctx.model.paragraphs) {
    for (const s of p.sentences) {
      const found = reportedSpeechIn(ctx, p, s.index);
      if (!found) continue;
      out.push(found.quote);
      ctx.remember(s.index, found.speaker);
    }
  }
  for (const unit of ctx.model.units) {
    const q = directQuote(ctx, unit);
    if (q) out.push(q);
  }
  return out.sort((a, b) => a.sentence - b.sentence || Number(!!a.indirect) - Number(!!b.indirect));
}
