/** Anything else ("what is …", "did …", keywords): the best matching sentences, no lead. */
import type { QuestionStrategy } from "../strategy.js";
import { weights } from "../weights.js";

/** Words of a question that asks what something is called ("what was the report called", "its nickname"). */
const ASKS_NAME =
  /^(?:called|named|entitled|titled|dubbed|nicknamed|name|names|nickname|nicknames|title|titles|headline)$/;

/**
 * A name given in the sentence: a naming word ("entitled", "called", "dubbed", "known as")
 * right before a quoted or capitalised phrase ("entitled “Mr. Lee Is Not a Hero”").
 */
const GIVES_NAME =
  /\b(?:called|named|entitled|titled|dubbed|nicknamed|headlined|known\s+as|nickname|title)\s*[,:]?\s*(?:the\s+)?[“"‘'`]*\p{Lu}/u;

/** How much a sentence that gives a name ranks up when the question asks what something is called. Now weights.otherName (weights.ts). */

export const otherStrategy: QuestionStrategy = {
  kind: "other",
  recognise: (t) => ({ kind: "other", rest: t }),
  // "what was the report called": "called" only frames the question; the article need not write it.
  searchWords: (ctx) => ({
    text: (ctx.parsed.rest || ctx.question.text).replace(
      /^(what\s+(?:is|was|are|were|s)\s+.+?)\s+(?:called|named|titled|entitled|dubbed|nicknamed|known\s+as)$/,
      "$1",
    ),
    light: [],
  }),
  bonus: (_ctx, _a, s, asked) =>
    [...asked].some((w) => ASKS_NAME.test(w)) && GIVES_NAME.test(s.text) ? weights.otherName : 0,
};
