/** The speaker a reporting verb has: its subject before it, or the speaker named after it. */
import {
  isFrameVerb,
  isInversionVerb,
  isParticiple,
  VERB_FILLERS,
} from "../lexicon/reporting-verbs.js";
import type { Paragraph } from "../text-model.js";
import { clauseSubject } from "./clause-subject.js";
import { isPersonId, type QuoteContext, type Speaker } from "./context.js";
import { npEndingAt, npStartingAt } from "./noun-phrases.js";
import { isDayWord, usedAsVerb } from "./words.js";

/** The speaker named before a reporting verb at `verb` (fillers and an apposition skipped). */
export function subjectOf(
  ctx: QuoteContext,
  p: Paragraph,
  verb: number,
  floor: number,
  loose: boolean,
): Speaker | undefined {
  const toks = p.tokens;
  let k = verb - 1;
  for (;;) {
    while (k >= floor && VERB_FILLERS.has(toks[k]!.lower)) k--;
    // "The prime minister on Sunday said": skip the time.
    if (k - 1 >= floor && isDayWord(toks[k]!.lower) && toks[k - 1]!.lower === "on") k -= 2;
    else break;
  }
  // "Mr Hain, Leader of the Commons, told": skip the apposition.
  if (k >= floor && toks[k]!.text === ",") {
    // "The acting president of Kazakhstan, Kasim-Zhomart Tokaev, said": the name is the speaker.
    const named = ctx.mentionEndingAt(p, k - 1);
    if (named?.entity && isPersonId(named.entity) && named.q < 0)
      return { entity: named.entity, start: named.start };
    let j = k - 1;
    while (j >= floor && toks[j]!.text !== "," && toks[j]!.q < 0 && k - j < 14) j--;
    if (j >= floor && toks[j]!.text === ",") return npEndingAt(ctx, p, j - 1, floor, loose);
    return undefined;
  }
  if (k < floor) return undefined;
  return npEndingAt(ctx, p, k, floor, loose);
}

/** "…," the paper beams, adding, "…" / "with Jaime Vargas lauding …" / "Wenger …, saying only:". */
export function participleSubject(
  ctx: QuoteContext,
  p: Paragraph,
  k: number,
  floor: number,
): Speaker | undefined {
  const toks = p.tokens;
  for (let j = k - 1; j >= floor; j--) {
    const t = toks[j]!;
    if (t.word && !t.cap && isFrameVerb(t.lower) && !isParticiple(t.lower) && usedAsVerb(toks, j))
      return subjectOf(ctx, p, j, floor, true);
  }
  const right = ctx.mentionEndingAt(p, k - 1);
  if (right?.entity && toks[right.start - 1]?.lower === "with")
    return { entity: right.entity, start: right.start };
  return clauseSubject(ctx, p, k);
}

/** "…, said Tokaev back in April." — a reporting verb followed by its speaker. */
export function invertedAtEnd(ctx: QuoteContext, p: Paragraph, k: number): Speaker | undefined {
  const toks = p.tokens;
  if (!isInversionVerb(toks[k]!.lower)) return undefined;
  const prev = toks[k - 1];
  if (!prev || prev.word) return undefined;
  return npStartingAt(ctx, p, k + 1);
}
