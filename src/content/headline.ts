import { splitSentences } from "../nlp/sentences.js";
import { splitStoryDateline, startsWithStoryDateline } from "./dateline.js";

/**
 * The headline of a plain-text article. By the content folder's convention (README, "Adding an
 * article") the first line of a file without front matter or heading is its title — whatever
 * its punctuation: many sources end headlines with a full stop. A first block is not taken as
 * the headline only when it reads as the story's opening paragraph: it is long, it is only a
 * dateline, or — ending with a full stop — it reports in the past ("… said it completed its
 * purchase."), or it is longer than most headlines and opens with a dateline ("DALLAS (AP) —
 * …"), ends with an attribution ("…, officials say.") or holds several sentences.
 */
const MAX_HEADLINE_WORDS = 20;
const MAX_HEADLINE_CHARS = 250;
const MAX_TITLE_CASE_WORDS = 30;
/** A first line without a full stop reads as a headline up to this length. */
const MAX_UNPUNCTUATED_WORDS = 25;
/** A deck (the line below a headline) is at most this long; longer, it is the story. */
const MAX_DECK_WORDS = 30;
/** Up to this many words even a block that opens like a story (dateline, attribution) is a headline. */
const SHORT_HEADLINE_WORDS = 15;
/** A headline and its deck ("Campaign cash tied to group; / Senator returns funds.") fit on three lines. */
const MAX_HEADLINE_LINES = 3;

/** Headlines report in the present ("says"); "said", "reported" belong to the story. */
const PAST_REPORTING = /\b(said|reported|announced|told)\b/;

const ATTRIBUTION_END =
  /,\s*(?:[^,]{0,60}\s)?(?:said|says|say|reported|reports|announced|announces|told|according to)\b[^,]{0,40}[.!?]?["”’']?$/i;

export interface Headline {
  title: string;
  /** The story's text that follows the headline in the same block (after a line break), if any. */
  rest?: string;
}

/**
 * The headline of a file's first block (its raw lines, before they are joined), or undefined
 * when the block is the story's opening. `more` says whether other blocks follow: a file that
 * is one block has no headline. A first line that ends a phrase (";", ":", ".") over more
 * lines is a headline over its deck (left out when short) or over the story (kept).
 */
export function headlineOf(rawLines: string[], more: boolean): Headline | undefined {
  const lines = rawLines.map((l) => l.trim()).filter(Boolean);
  if (lines.length === 0) return undefined;
  const overMore = lines.length > 1 && /[;:.!?]["”’']?$/.test(lines[0]!);
  if (overMore) {
    const below = lines.slice(1).join("\n");
    const rest = wordCount(below) > MAX_DECK_WORDS ? below : undefined;
    if (!isHeadline(lines[0]!)) return undefined;
    return { title: cleanTitle(lines[0]!), ...(rest ? { rest } : {}) };
  }
  if (!more || lines.length > MAX_HEADLINE_LINES) return undefined;
  const text = lines.join(" ");
  if (lines.length > 1 && wordCount(text) > SHORT_HEADLINE_WORDS && !isTitleCase(text))
    return undefined; // a wrapped paragraph
  return isHeadline(text) ? { title: cleanTitle(text) } : undefined;
}

function isHeadline(text: string): boolean {
  const words = wordCount(text);
  if (text.length > MAX_HEADLINE_CHARS || /^#{1,6}\s/.test(text)) return false;
  if (splitStoryDateline(text)?.rest === "") return false; // "HAVANA (AP) --" alone
  if (!/[.!?]["”’')]*$/.test(text)) return words <= MAX_UNPUNCTUATED_WORDS;
  if (isTitleCase(text)) return words <= MAX_TITLE_CASE_WORDS;
  if (words > MAX_HEADLINE_WORDS || PAST_REPORTING.test(text)) return false;
  if (words <= SHORT_HEADLINE_WORDS) return true;
  const readsAsStory =
    startsWithStoryDateline(text) || ATTRIBUTION_END.test(text) || splitSentences(text).length > 1;
  return !readsAsStory;
}

function cleanTitle(text: string): string {
  return text.replace(/\s*;$/, "").replace(/\s+/g, " ");
}

/**
 * Whether a block of the body repeats the headline: the same words whatever the case and
 * punctuation, or the headline followed by a little more (a front-matter title cut short, a
 * deck after it), or one of the parts of a headline written in parts ("Main line; deck") of
 * three words or more.
 */
export function repeatsHeadline(block: string, headline: string): boolean {
  const parts = headline.split(/\s*;\s*/).filter((p) => wordCount(p) >= 3);
  if (parts.length > 1 && parts.some((p) => repeatsHeadline(block, p))) return true;
  const h = comparable(headline);
  const b = comparable(block);
  if (!h || !b) return false;
  if (b === h) return true;
  const headWords = h.split(" ").length;
  if (headWords < 4) return false;
  const extra = b.split(" ").length - headWords;
  const cutShort = headWords >= 6 && b.startsWith(h); // a title cut mid-word
  return (b.startsWith(`${h} `) || cutShort) && extra <= 15 && splitSentences(block).length <= 2;
}

/**
 * A raw block without its first line when that line is the headline (or its first part, the
 * title going on with a deck): "Headline;\nThe story…" → "The story…".
 */
export function withoutHeadlineLine(rawBlock: string, headline: string): string {
  const [first, ...rest] = rawBlock.split("\n");
  if (!first || rest.length === 0) return rawBlock;
  const line = comparable(first);
  const h = comparable(headline);
  const isHead = line === h || (line.split(" ").length >= 4 && h.startsWith(`${line} `));
  return isHead ? rest.join("\n") : rawBlock;
}

/** The leading sentence of a block when it repeats the headline and the story follows on. */
export function dropLeadingHeadline(block: string, headline: string): string {
  const [first, second] = splitSentences(block);
  if (!first || !second) return block;
  return comparable(first.text) === comparable(headline) ? block.slice(second.start) : block;
}

/** Most words of four letters or more capitalised, as headlines write them and sentences never do. */
function isTitleCase(text: string): boolean {
  const long = text.match(/[\p{L}][\p{L}’'-]{3,}/gu) ?? [];
  const capitalised = long.filter((w) => /^\p{Lu}/u.test(w)).length;
  return long.length >= 4 && capitalised >= 0.8 * long.length;
}

function comparable(text: string): string {
  return text
    .toLowerCase()
    .replace(/…$/, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
