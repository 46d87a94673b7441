/**
 * The asked value in the sentence after the one that tells of the asked event (issue 12, item 6).
 * News writes an event first and its figures, names or dates next — "BT signed up more people for
 * broadband than in any other quarter. The 600,000 connections take its total to 3.3 million";
 * a one-sentence opening paragraph ("The first children's commissioner has been appointed.") with
 * the details in the paragraph after it ("… will start the £100,000-a-year job"). The sentence
 * that covers the question names no value, the next one gives it but covers little of the
 * question on its own: the value is the found event's when the next sentence, read on its own,
 * passes the kind's own check ("the article does not say …": the value's kind, its holder, what
 * it counts) and it continues the found sentence — in the same paragraph, or opening the next one
 * when the found sentence ends its own.
 */
import type { Span } from "../reply.js";
import type { AskContext } from "./core.js";
import type { RankedHit } from "./ranking.js";
import type { QuestionStrategy } from "./strategy.js";

/**
 * The sentence after the best one found (`hits[0]`) that gives the asked value for it, as a hit
 * (undefined when none): the very next sentence, in the same paragraph or opening the next
 * paragraph right after the found one ends its own, with a lead of the kind and the kind's check
 * passed on its own words.
 */
export function continuedIn(
  ctx: AskContext,
  strategy: QuestionStrategy,
  hits: readonly RankedHit[],
  lead: (h: RankedHit) => Span[] | undefined,
): RankedHit | undefined {
  const found = hits[0];
  const must = strategy.mustSay;
  if (!found || !must) return undefined;
  const all = found.analysis.sentences;
  const next = all[found.sentence.index + 1];
  if (!next || !continues(found.sentence.para, next.para)) return undefined;
  const hit: RankedHit = { ...found, sentence: next, matched: [], score: 0 };
  return lead(hit) && must.said(ctx, [hit], true) ? hit : undefined;
}

/** The next sentence continues the found one: the same paragraph, or the one right after it. */
export function continues(foundPara: number, nextPara: number): boolean {
  return nextPara === foundPara || nextPara === foundPara + 1;
}
