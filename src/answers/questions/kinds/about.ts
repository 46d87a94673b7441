/** "What is the article about?": its summary sentences (the latest article when several are loaded). */
import type { Sentence } from "../../../model/analysis.js";
import { summarySentences } from "../../../nlp/summary.js";
import { bold } from "../../reply.js";
import { none, sentenceBlock, type AskContext, type Item, type Outcome } from "../core.js";
import type { QuestionStrategy } from "../strategy.js";

export const aboutStrategy: QuestionStrategy = {
  kind: "about",
  recognise(t) {
    return /^(?:(?:what|wat)\s+(?:is|s|was)\s+(?:the|this|it)\s+(?:(?:article|story|piece|text|news|report)\s+)?about|what\s+(?:is|s)\s+(?:it|this)\s+about|summari[sz]e(?:\s+(?:the|this|it)(?:\s+(?:article|story|news))?)?|(?:give\s+(?:me\s+)?)?(?:a\s+)?(?:summary|overview|recap)(?:\s+of\s+(?:the|this)\s+(?:article|story|news))?|tl\s*dr|gist|in\s+short|what\s+happened|what\s+s\s+(?:going\s+on|happening|new|the\s+news|the\s+story)|what\s+is\s+(?:going\s+on|happening|the\s+news|the\s+story)|(?:what\s+(?:is|s|are)\s+)?(?:the\s+)?(?:main|key)\s+(?:points?|facts?|idea|takeaways?))$/.test(
      t,
    )
      ? { kind: "about", rest: "" }
      : undefined;
  },
  answer: answerAbout,
};

function answerAbout(ctx: AskContext): Outcome {
  const analysis = ctx.only ?? ctx.library.latest();
  if (!analysis || !analysis.sentences.length) return none("The article has no text to summarise.");
  const picked = summarySentences(analysis, 3);
  const items: Item[] = picked
    .map((i) => analysis.sentences[i])
    .filter((s): s is Sentence => !!s)
    .map((s, n) => ({
      analysis,
      sentence: s.index,
      block: sentenceBlock(ctx, analysis, s),
      score: 3 - n,
    }));
  return {
    type: "answer",
    kind: "about",
    items,
    intro: [bold(analysis.article.title), " — in short:"],
    confidence: 1,
  };
}
