/** "Why …", "for what reason …": the sentences that give a cause. */
import { FLAG } from "../../../search/sentence-flags.js";
import type { QuestionStrategy } from "../strategy.js";

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
      hits.some((h) => ctx.index.flagsOf(h.analysis.article.id, h.sentence.index) & FLAG.cause),
  },
};
