/**
 * Questions answered from the best matching sentences, with the settings of their kind
 * (strategy.ts): the direct answer in front when the kind asks for one — the date for
 * "when", the number for "how many", the place for "where", the people for "who did …".
 */
import type { Analysis, Sentence } from "../../model/analysis.js";
import { none, sentenceBlock, type AskContext, type Item, type Outcome } from "./core.js";
import type { Span } from "../reply.js";

/** How far below the threshold a sentence holding the asked thing itself may answer (measured: see directAnswer). Now weights.directMargin (weights.ts). */
import { confidentHits, queryFor, rankedSentences, type RankedHit } from "./ranking.js";
import type { QuestionStrategy } from "./strategy.js";
import { missing, textStems } from "./terms.js";
import { asTyped } from "./typed.js";
import { continuedIn } from "./continued.js";
import { nameNeverWritten } from "./absent-holder.js";
import { thresholdFor, weights } from "./weights.js";

export function answerBySearch(ctx: AskContext, strategy: QuestionStrategy): Outcome {
  const { text, light } = strategy.searchWords?.(ctx) ?? {
    text: ctx.parsed.rest || ctx.question.text,
    light: [],
  };
  const query = queryFor(ctx, text, [...(strategy.drop ?? [])], light);
  const asked = new Set(ctx.question.words);
  if (!query.groups.length)
    return none("I could not find a question in that. Ask about the article in a few words.");
  // A name no article writes: whatever the other words match, the article does not say it.
  const absent = nameNeverWritten(ctx, query);
  if (absent) {
    const many = ctx.library.size > 1;
    return none(
      `${many ? "None of the articles" : "The article"} ${many ? "says anything" : "says nothing"} about “${absent}”.`,
    );
  }
  const bonus = strategy.bonus;
  const ranked = rankedSentences(ctx, query, {
    prefer: strategy.prefer,
    bonus: (a: Analysis, s: Sentence) => bonus?.(ctx, a, s, asked) ?? 0,
    withFlag: strategy.withFlag?.(ctx),
  });
  const lead = (h: RankedHit) => strategy.lead?.(ctx, h, asked);
  const threshold = thresholdFor(strategy.kind);
  const hits = confidentHits(ranked, (h) => lead(h) !== undefined, 9, threshold);
  if (!hits.length) {
    const direct = directAnswer(ctx, strategy, ranked, lead, threshold);
    if (direct) return direct;
    return notAnswered(ctx, ranked, query);
  }
  const items: Item[] = hits.map((h) => ({
    analysis: h.analysis,
    sentence: h.sentence.index,
    block: sentenceBlock(ctx, h.analysis, h.sentence, lead(h)),
    score: h.rank,
  }));
  // "When" needs a date, "how many" a number, "why" a reason: without one, say so and show the closest sentence.
  const must = strategy.mustSay;
  if (must && !must.said(ctx, hits, items.some(hasLead))) {
    // The asked thing may be in a sentence ranked below the first few ("the 83-year-old
    // justice" under nine sentences that name Ginsburg but give no age).
    const direct = must.deep?.(ctx)
      ? directAnswer(ctx, strategy, ranked, lead, threshold)
      : undefined;
    if (direct) return direct;
    const h = hits[0]!;
    const explained =
      strategy.explain?.(ctx, hits) ?? continuedIn(ctx, strategy, hits, lead, query);
    if (explained) {
      const event = hits.find(
        (x) => x.analysis === explained.analysis && x.sentence.index < explained.sentence.index,
      );
      return {
        type: "answer",
        kind: strategy.kind,
        items: [explained, ...(event ? [event] : [])].map((x) => ({
          analysis: x.analysis,
          sentence: x.sentence.index,
          block: sentenceBlock(ctx, x.analysis, x.sentence, x === explained ? lead(x) : undefined),
          score: x.rank,
        })),
        confidence: h.coverage,
      };
    }
    const scope = ctx.library.size > 1 ? "None of the articles says" : "The article does not say";
    const what = typeof must.what === "string" ? must.what : must.what(ctx);
    return none([`${scope} ${what}. The closest it comes:`], {
      blocks: [sentenceBlock(ctx, h.analysis, h.sentence)],
      analysis: h.analysis,
      confidence: h.coverage,
    });
  }
  // Answers with a direct answer go first (a date for "when", a number for "how many").
  if (strategy.leadFirst)
    items.sort((a, b) => Number(hasLead(b)) - Number(hasLead(a)) || b.score - a.score);
  else leadNearTopFirst(items);
  return { type: "answer", kind: strategy.kind, items, confidence: hits[0]!.coverage };
}

/**
 * Below the threshold, a sentence that holds the very thing its kind asks for — a number that
 * counts what "how many" asks, a date of the asked event, a reason — may still answer, when it
 * covers nearly as much of the question (DIRECT_MARGIN less): the kind's own check ("the
 * article does not say …") guards against a wrong one.
 */
function directAnswer(
  ctx: AskContext,
  strategy: QuestionStrategy,
  ranked: RankedHit[],
  lead: (h: RankedHit) => Span[] | undefined,
  threshold: number,
): Outcome | undefined {
  const must = strategy.mustSay;
  if (!strategy.lead || !must) return undefined;
  const floor = threshold - weights.directMargin;
  const h = ranked.find((r) => r.coverage >= floor && lead(r) && must.said(ctx, [r], true));
  if (!h || h.coverage < floor) return undefined;
  return {
    type: "answer",
    kind: strategy.kind,
    items: [
      {
        analysis: h.analysis,
        sentence: h.sentence.index,
        block: sentenceBlock(ctx, h.analysis, h.sentence, lead(h)),
        score: h.rank,
      },
    ],
    confidence: h.coverage,
  };
}

/** How much less a sentence with a direct answer may rank and still go before the best one without. Now weights.leadMargin (weights.ts). */

/**
 * When the best sentence holds no direct answer (no name for "who", no place for "where"),
 * the best one that does goes first if it ranks nearly as high: "The meeting was long. ¶
 * Madrid: They met in Madrid." for "where did they meet".
 */
export function leadNearTopFirst(items: Item[]): void {
  const top = items[0];
  if (!top || hasLead(top)) return;
  const i = items.findIndex((x) => hasLead(x) && x.score >= top.score - weights.leadMargin);
  if (i > 0) items.unshift(...items.splice(i, 1));
}

const hasLead = (i: Item) => i.block.kind === "sentence" && !!i.block.lead;

/** One honest line: which of the question's words the article never uses, or that nothing matches well enough. */
function notAnswered(
  ctx: AskContext,
  ranked: RankedHit[],
  query: ReturnType<typeof queryFor>,
): Outcome {
  const best = ranked[0];
  const many = ctx.library.size > 1;
  const scope = many ? "None of the articles" : "The article";
  // A word the articles use only through a far relative is still one they never write.
  const unknown = query.groups
    .filter((g) => !g.known || g.onlyFar)
    .map((g) => asTyped(ctx, g.word));
  const left = best
    ? missing(query, textStems(best.sentence.text)).map((g) => asTyped(ctx, g.word))
    : [];
  const absent = unknown.length ? unknown : left;
  if (absent.length) {
    const list = absent.slice(0, 3).map((w) => `“${w}”`);
    const joined = list.length > 1 ? `${list.slice(0, -1).join(", ")} or ${list.at(-1)}` : list[0]!;
    const verb = unknown.length
      ? many
        ? "says anything about"
        : "says nothing about"
      : many
        ? "answers that: nothing links it to"
        : "does not answer that: nothing links it to";
    return none(`${scope} ${verb} ${joined}.`, {
      analysis: best?.analysis,
      confidence: best?.coverage ?? 0,
    });
  }
  return none(`${scope} ${many ? "answers" : "does not answer"} that.`, {
    analysis: best?.analysis,
    confidence: best?.coverage ?? 0,
  });
}
