/**
 * A quotation whose speaker is named in the sentence after it, a sentence that points back to
 * it: `"…." That was the message from Rachel Tunney.`, `"…." So said the headteacher, Alan
 * Firth.`, `"…." Those were the words of Kim Lee, …`. Features and columns open a paragraph with
 * the quote and name its speaker only then.
 */
import { isFrameVerb } from "../lexicon/reporting-verbs.js";
import type { Paragraph } from "../text-model.js";
import { isPersonId, type QuoteContext, type Speaker } from "./context.js";
import { npStartingAt } from "./noun-phrases.js";
import { sentenceRange, usedAsVerb } from "./words.js";

/** "the headteacher, Alan Firth": a person named after a comma closing a short description. */
function namedInApposition(
  ctx: QuoteContext,
  p: Paragraph,
  from: number,
  end: number,
): Speaker | undefined {
  const toks = p.tokens;
  for (let j = from; j < end && j - from <= APPOSITION_WITHIN; j++) {
    const t = toks[j]!;
    if (t.q >= 0 || (!t.word && t.text !== ",")) return undefined;
    if (t.text !== ",") continue;
    const m = ctx.mentionStartingAt(p, j + 1);
    return m?.entity && isPersonId(m.entity) ? { entity: m.entity, start: m.start } : undefined;
  }
  return undefined;
}

/** How many words a description before the name may take ("the school's new headteacher"). */
const APPOSITION_WITHIN = 6;

/** Words that point back to what was just quoted, opening the sentence after it. */
const POINTS_BACK = /^(?:that|this|those|these|so|such)$/;
/** How far into that sentence the speaker may be named. */
const NAMED_WITHIN = 8;

/**
 * The person the sentence right after a quotation names as its source: after "from", "of", "by"
 * or a reporting verb ("said"), within its first words, when it opens with a word pointing back
 * ("That", "So", "Those"). `afterClose`: the token after the closing mark; the quote must end its
 * sentence there.
 */
export function speakerNamedNext(
  ctx: QuoteContext,
  p: Paragraph,
  afterClose: number,
): Speaker | undefined {
  const toks = p.tokens;
  const first = toks[afterClose];
  const closing = toks[afterClose - 1];
  if (!first?.word || !closing || first.sent === closing.sent || !POINTS_BACK.test(first.lower))
    return undefined;
  const range = sentenceRange(p, first.sent);
  if (!range) return undefined;
  const end = Math.min(range.end, afterClose + NAMED_WITHIN);
  for (let k = afterClose + 1; k < end; k++) {
    const t = toks[k]!;
    if (t.q >= 0 || t.mark) return undefined;
    if (!t.word || t.cap) continue;
    // "That quote from Tom Kerb": a reporting verb's word used as a noun is passed over.
    if (!/^(?:from|of|by)$/.test(t.lower) && !(isFrameVerb(t.lower) && usedAsVerb(toks, k)))
      continue;
    const sp = npStartingAt(ctx, p, k + 1);
    // Only a person: "That is the heart of the matter." names no one.
    if (sp?.entity && isPersonId(sp.entity)) return { ...sp, cue: t.lower };
    const named = namedInApposition(ctx, p, k + 1, range.end);
    return named && { ...named, cue: t.lower };
  }
  return undefined;
}
