/**
 * The asked value in the sentence after the one that tells of the asked event (issue 12, item 6).
 * News writes an event first and its figures, names or dates next — "BT signed up more people for
 * broadband than in any other quarter. The 600,000 connections take its total to 3.3 million";
 * a one-sentence opening paragraph ("The first children's commissioner has been appointed.") with
 * the details in the paragraph after it ("… will start the £100,000-a-year job"). The sentence
 * that covers the question names no value, the next one gives it but covers little of the
 * question on its own: the value is the found event's when the next sentence, read on its own,
 * passes the kind's own check ("the article does not say …": the value's kind, its holder, what
 * it counts), its value is of the asked type by the question's own words (the kind's `carried`:
 * for "how many" the counted noun written with the figure, for "how much … paid" a sum), and it
 * continues the found sentence — in the same paragraph, or opening the next one with a word of
 * the question of its own.
 *
 * Measured and not kept (s18-refuse, probe of 1,320 generated questions on 220 unasked articles):
 * the same for every kind with a check, and for any figure — "who leads Los Angeles" took the
 * actresses of the next sentence, "how many people were involved" a price ("just 25p").
 */
import type { Span } from "../reply.js";
import type { AskContext } from "./core.js";
import type { RankedHit } from "./ranking.js";
import type { QuestionStrategy } from "./strategy.js";
import { textStems, type Query } from "./terms.js";

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
  query: Query,
): RankedHit | undefined {
  const found = hits[0];
  const must = strategy.mustSay;
  if (!found || !must?.carried) return undefined;
  const all = found.analysis.sentences;
  const next = all[found.sentence.index + 1];
  if (!next || !continues(found.sentence.para, next.para)) return undefined;
  // Past a paragraph break, the next sentence must write a word of the question itself: a new
  // paragraph may turn to another thing ("Acme's chairman led the bid. ¶ Rally's went public at $15").
  const own = new Set(textStems(next.text));
  if (
    next.para !== found.sentence.para &&
    !query.groups.some((g) => [...g.members.keys()].some((m) => own.has(m)))
  )
    return undefined;
  const hit: RankedHit = { ...found, sentence: next, matched: [], score: 0 };
  const given = lead(hit);
  if (!given || !must.carried(ctx, leadText(given))) return undefined;
  return must.said(ctx, [hit], true) ? hit : undefined;
}

/** The next sentence continues the found one: the same paragraph, or the one right after it. */
export function continues(foundPara: number, nextPara: number): boolean {
  return nextPara === foundPara || nextPara === foundPara + 1;
}

/** A lead's words as written ("600,000 connections"). */
function leadText(lead: Span[]): string {
  return lead.map((x) => (typeof x === "string" ? x : "bold" in x ? x.bold : "")).join("");
}
