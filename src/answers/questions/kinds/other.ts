/** Anything else ("what is …", "did …", keywords): the best matching sentences, no lead. */
import type { QuestionStrategy } from "../strategy.js";

export const otherStrategy: QuestionStrategy = {
  kind: "other",
  recognise: (t) => ({ kind: "other", rest: t }),
};
