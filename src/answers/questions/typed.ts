/** The question as typed: a phrase in the asker's spelling, and whether a word is a name no article uses. */
import { commonness } from "../../nlp/lexicon/common-words.js";
import { isStopWord, words } from "../../nlp/tokens.js";
import { processTerm } from "../../search/terms.js";
import type { AskContext } from "./core.js";

/** A phrase as the question typed it ("the Eurasian Economic Union"), found by its words. */
export function asTyped(ctx: AskContext, phrase: string): string {
  const ws = phrase.split(" ").filter(Boolean);
  if (!ws.length) return phrase;
  const pattern = new RegExp(
    ws.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("[^\\p{L}\\p{N}]+"),
    "iu",
  );
  const m = pattern.exec(ctx.question.raw.normalize("NFKD").replace(/[\u0300-\u036f]/g, ""));
  return m ? m[0] : phrase;
}

/**
 * True when the subject names someone no article mentions: a word no article uses (nor a
 * word one typo away) that is capitalised in the question or is not a common word.
 */
export function looksLikeName(ctx: AskContext, subject: string): boolean {
  const ws = subject
    .split(" ")
    .filter((w) => w.length > 1 && !isStopWord(w) && !/^(?:mr|mrs|ms|dr)$/.test(w));
  const first = words(ctx.question.raw)[0];
  return ws.some((w) => {
    if (ctx.index.knows(w) || ctx.index.correct(w)) return false;
    const t = processTerm(w);
    return (ctx.question.capitalised.has(w) && w !== first) || (t !== null && commonness(t) === 1);
  });
}
