import type { AnswerContext } from "../../src/answers/context.js";
import type { Library } from "../../src/library/library.js";
import { indexFollowing } from "../../src/search/follow.js";

/**
 * An answer context over a library, with a sentence index that follows it (as main.ts wires
 * them). Make one a library and reuse it: each makes its own index.
 */
export function answerContext(
  library: Library,
  extra: Partial<Omit<AnswerContext, "library" | "index">> = {},
): AnswerContext {
  return { library, index: indexFollowing(library), now: () => new Date(), ...extra };
}

/** `answerContext` for each library, made once a library (so each gets one index). */
export function contextsFor(
  extra: Partial<Omit<AnswerContext, "library" | "index">> = {},
): (library: Library) => AnswerContext {
  const made = new Map<Library, AnswerContext>();
  return (library) => {
    let ctx = made.get(library);
    if (!ctx) made.set(library, (ctx = answerContext(library, extra)));
    return ctx;
  };
}
