/** The question as typed: a phrase in the asker's spelling, and whether a word is a name no article uses. */
import type { Analysis } from "../../model/analysis.js";
import { commonness } from "../../nlp/lexicon/common-words.js";
import { isStopWord, withoutAccents, words } from "../../nlp/tokens.js";
import { processTerm } from "../../search/terms.js";
import type { AskContext } from "./core.js";

/**
 * A phrase as the article writes it ("on Russia"), the question's typos corrected to the
 * words the articles use ("on rusia"); undefined when the article does not have it.
 */
export function asWritten(ctx: AskContext, analysis: Analysis, phrase: string): string | undefined {
  const fixed = phrase
    .split(" ")
    .map((w) => ctx.index.correct(w)?.word ?? w)
    .join(" ");
  const pattern = phrasePattern(fixed);
  if (!pattern) return undefined;
  for (const s of analysis.sentences) {
    const m = pattern.exec(withoutAccents(s.text));
    if (m) return m[0];
  }
  return undefined;
}

/** The words of a phrase with anything but letters and digits between them, case-insensitive. */
function phrasePattern(phrase: string): RegExp | undefined {
  const ws = phrase.split(" ").filter(Boolean);
  if (!ws.length) return undefined;
  return new RegExp(
    `(?<![\\p{L}\\p{N}])${ws.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("[^\\p{L}\\p{N}]+")}`,
    "iu",
  );
}

/** A phrase as the question typed it ("the Eurasian Economic Union"), found by its words. */
export function asTyped(ctx: AskContext, phrase: string): string {
  const raw = withoutAccents(ctx.question.raw);
  const m = phrasePattern(phrase)?.exec(raw) ?? dottedPattern(phrase)?.exec(raw);
  return m ? m[0] : phrase;
}

/** A short word as a dotted abbreviation ("us" → "U.S."), so the reply quotes what was typed. */
function dottedPattern(word: string): RegExp | undefined {
  if (!/^[a-z]{2,5}$/.test(word)) return undefined;
  return new RegExp(`(?<![\\p{L}\\p{N}])${word.split("").join("\\.")}\\.?`, "iu");
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
    if (ctx.question.capitalised.has(w) && w !== first) return true;
    // Lower case and short for a word the articles use: an abbreviation ("govt"), not a name.
    const t = processTerm(w);
    return t !== null && commonness(t) === 1 && !ctx.index.expandAbbreviation(w);
  });
}
