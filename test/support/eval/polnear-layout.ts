/**
 * Coarse layout categories of wrong speakers, for the polnear eval's category line
 * (scripts/eval/polnear.ts). The categories were fixed before any held-out count was read
 * (session 17); the line counts them and names no article, case or text.
 *
 * A quote LEFT UNATTRIBUTED, by the layout of the paragraph its first quoted part opens in:
 * - `labels/lists`: not running prose — the paragraph opens with a speaker label ("Q:", "TRUMP:",
 *   "Sen. Lee:") or a bullet, or is a short line with no closing punctuation (a caption, a heading);
 * - `colon intro`: the words before the quote end with a colon ("X said:"), in its paragraph or,
 *   when the quote opens the paragraph, at the end of the paragraph before;
 * - `same ¶, speech verb`: the gold speaker is written in the quote's paragraph, which has a speech
 *   verb outside the quote marks ("…,” said longtime resident Paul Moss.) — a name the bot did not tie;
 * - `same ¶, no speech verb`: the gold speaker is in the quote's paragraph with no speech verb
 *   outside the marks ("In a statement, X: …", "X, on Fox: “…”");
 * - `¶ before`: the quote's paragraph does not hold the gold speaker; the paragraph before does
 *   (a quote paragraph continuing the speaker named or quoted just before);
 * - `other`: the speaker further back, or after the quote.
 *
 * A quote GIVEN TO ANOTHER SPEAKER, by how the gold names the speaker and what the bot did:
 * - `pronoun`: the gold speaker is a pronoun ("he said") the bot took for someone else;
 * - `description`: the gold speaker is a description ("the senator") the bot took for someone else;
 * - `previous kept`: the bot's speaker is the one of its previous quote in the article (a new
 *   speaker was missed and the old one carried on);
 * - `other`.
 */
import { isSpeechVerb } from "../../../src/nlp/lexicon/reporting-verbs.js";
import type { GoldQuote } from "./polnear-gold.js";

export const UNATTRIBUTED_CATEGORIES = [
  "labels/lists",
  "colon intro",
  "same ¶, speech verb",
  "same ¶, no speech verb",
  "¶ before",
  "other",
] as const;
export const ANOTHER_CATEGORIES = ["pronoun", "description", "previous kept", "other"] as const;

export type UnattributedCategory = (typeof UNATTRIBUTED_CATEGORIES)[number];
export type AnotherCategory = (typeof ANOTHER_CATEGORIES)[number];

interface Para {
  start: number;
  end: number;
}

function paraAt(doc: string, at: number): Para {
  const start = doc.lastIndexOf("\n", Math.max(0, at - 1)) + 1;
  const nl = doc.indexOf("\n", at);
  return { start, end: nl < 0 ? doc.length : nl };
}

/** The non-blank paragraph before `para`, if any. */
function paraBefore(doc: string, para: Para): Para | undefined {
  let end = para.start - 1;
  while (end > 0 && /\s/.test(doc[end - 1]!)) end--;
  if (end <= 0) return undefined;
  return paraAt(doc, end - 1);
}

/** The paragraph's characters outside quote marks (the marks themselves dropped). */
function outside(doc: string, mask: Uint8Array, from: number, to: number): string {
  let s = "";
  for (let i = from; i < to; i++) s += mask[i] ? " " : doc[i];
  return s.replace(/[“”"]|''|``/g, " ");
}

const LABEL = /^\s*(?:Q|A|[A-Z][\p{L}.'’-]*(?:\s+[A-Z][\p{L}.'’-]*){0,3})\s*:\s/u;
const BULLET = /^\s*[•*·\-–—]/;

export function unattributedCategory(
  doc: string,
  mask: Uint8Array,
  g: GoldQuote,
): UnattributedCategory {
  const first = g.quoted[0]?.start ?? g.at;
  const para = paraAt(doc, first);
  const text = doc.slice(para.start, para.end);
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  if (
    (LABEL.test(text) && para.start + text.search(/:/) < first) ||
    BULLET.test(text) ||
    (words.length <= 15 && !/[.?!”"'’)…:]\s*$/.test(text))
  )
    return "labels/lists";
  const before = outside(doc, mask, para.start, first).trim();
  if (before.endsWith(":")) return "colon intro";
  if (!before) {
    const prev = paraBefore(doc, para);
    if (prev && doc.slice(prev.start, prev.end).trim().endsWith(":")) return "colon intro";
  }
  if (g.at >= para.start && g.at < para.end) {
    const out = (outside(doc, mask, para.start, para.end)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? []) as string[];
    return out.some((w) => isSpeechVerb(w) || w === "according")
      ? "same ¶, speech verb"
      : "same ¶, no speech verb";
  }
  const prev = paraBefore(doc, para);
  if (prev && g.at >= prev.start && g.at < prev.end) return "¶ before";
  return "other";
}

export function anotherCategory(
  g: GoldQuote,
  botSpeaker: string | undefined,
  previousBotSpeaker: string | undefined,
): AnotherCategory {
  if (g.kind === "pronoun") return "pronoun";
  if (g.kind === "description") return "description";
  if (botSpeaker && botSpeaker === previousBotSpeaker) return "previous kept";
  return "other";
}
