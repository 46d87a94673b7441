/** "Why …", "for what reason …": the sentences that give a cause. */
import { FLAG } from "../../../search/sentence-flags.js";
import type { QuestionStrategy } from "../strategy.js";
import { textStems } from "../terms.js";
import { isStopWord, words } from "../../../nlp/tokens.js";
import { isWordAs } from "../../../nlp/lexicon/wordnet.js";
import { processTerm } from "../../../search/terms.js";

export const whyStrategy: QuestionStrategy = {
  kind: "why",
  recognise(t) {
    if (
      !/^(?:why|for\s+what\s+reason|what\s+(?:is|was|s)\s+the\s+reason|how\s+come|what\s+caused|what\s+led\s+to)\b/.test(
        t,
      )
    )
      return undefined;
    return {
      kind: "why",
      rest: t.replace(
        /^(?:why|for\s+what\s+reason|what\s+(?:is|was|s)\s+the\s+reason(?:\s+(?:for|why|that))?|how\s+come|what\s+caused|what\s+led\s+to)\s*/,
        "",
      ),
    };
  },
  drop: ["reason", "reasons", "cause"],
  prefer: { cause: 1.3 },
  bonus: (ctx, a, s) => (ctx.index.flagsOf(a.article.id, s.index) & FLAG.cause ? 0.04 : 0),
  mustSay: {
    what: "why",
    said: (ctx, hits) =>
      hits.some(
        (h) =>
          ctx.index.flagsOf(h.analysis.article.id, h.sentence.index) & FLAG.cause ||
          purposeAfter(h.sentence.text, textStems(ctx.parsed.rest)),
      ),
  },
};

/**
 * The asked action followed by an infinitive of purpose: "skip the speech to lead a study"
 * answers "why are they skipping the speech". The infinitive comes after the action's object
 * (a word or more between), so "plans to skip" (what is planned) is not a purpose.
 */
export function purposeAfter(text: string, asked: Set<string>): boolean {
  const ws = words(text);
  return ws.some((w, i) => {
    const t = processTerm(w);
    if (t === null || !asked.has(t) || !isWordAs(w, "verb")) return false;
    for (let j = i + 2; j <= i + 6 && j + 1 < ws.length; j++)
      if (ws[j] === "to" && isWordAs(ws[j + 1]!, "verb") && !isStopWord(ws[j + 1]!)) return true;
    return false;
  });
}
