/** Reading a question: its frame (politeness, "in the article") off, then the first kind that recognises it. */
import { FILLER, type ParsedQuestion } from "./kind.js";
import { STRATEGIES } from "./kinds/registry.js";

/** `known(word)`: whether the articles use a word (splits "which TV channel interviewed X"). */
export function parseQuestion(
  text: string,
  known: (word: string) => boolean = () => true,
): ParsedQuestion {
  const t = text
    .replace(FILLER, "")
    .trim()
    .replace(
      /\s+(?:please|pls|plz|thanks|thank you|in the article|in this article|in the story|according to the article)$/g,
      "",
    )
    .trim();
  for (const strategy of STRATEGIES) {
    const parsed = strategy.recognise(t, known);
    if (parsed) return parsed;
  }
  return { kind: "other", rest: t };
}
