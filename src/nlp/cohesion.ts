import { BACKWARD_CONNECTIVES, DEMONSTRATIVES, THIRD_PERSON_PRONOUNS } from "./lexicon/discourse-words.js";

/**
 * Which neighbours a sentence needs to be read on its own: a sentence that opens with a
 * connective ("But …", "However, …") or a pronoun ("He added …", "Their plan …", "The two
 * men …") leans on the sentence before it; so does a quotation whose speaker is a pronoun
 * ("“…,” she said.") or is not named at all, and a sentence that closes a quotation opened
 * before it. A sentence that opens a quotation and does not close it leans on the next one.
 */
export interface Leaning {
  back: boolean;
  forward: boolean;
}

/** Connectives that are also ordinary words ("Still unresolved is …" but "Further details …"): only with a comma. */
const WITH_COMMA_ONLY = new Set(["further", "later", "next", "rather", "finally", "previously", "regardless", "else", "plus", "still"]);
/** Counting words after "the" that point back to a group named before ("the two men"). */
const GROUP_WORDS = "two|three|four|five|six|seven|eight|nine|ten|latter|former|same";

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const CONNECTIVE = new RegExp(
  `^(?:${[...BACKWARD_CONNECTIVES]
    .sort((a, b) => b.length - a.length)
    .map((w) => (WITH_COMMA_ONLY.has(w) ? `${escape(w)}\\s*,` : `${escape(w)}\\b(?!\\s+far\\b)`))
    .join("|")})`,
  "i",
);
const POINTER = new RegExp(
  `^(?:${[...THIRD_PERSON_PRONOUNS, ...DEMONSTRATIVES].join("|")})\\b|^(?:the\\s+(?:${GROUP_WORDS})|both|another)\\b`,
  "i",
);
const PRONOUN_SPEAKER = new RegExp(`^\\W*(?:${THIRD_PERSON_PRONOUNS.join("|")})\\b`, "i");

export function leaning(sentence: string): Leaning {
  const text = sentence.trim().replace(/``|''/g, '"');
  const mode = (globalThis as unknown as { COH?: string }).COH ?? "all";
  if (mode === "words") {
    const opening = text.replace(/^[(\[]/, "");
    return { back: !/^["“]/.test(text) && (CONNECTIVE.test(opening) || POINTER.test(opening)), forward: false };
  }
  const quotes = quoteShape(text);
  if (mode === "quotes") {
    if (quotes.closesEarlier) return { back: true, forward: false };
    if (quotes.leftOpen) return { back: false, forward: true };
    if (/^["“]/.test(text)) {
      const outside = quotes.outside.replace(/^[\s,.;:!?—–-]+/, "");
      const spoken = (outside.match(/\p{L}{2,}/gu) ?? []).length;
      return { back: spoken < 2 || PRONOUN_SPEAKER.test(outside), forward: false };
    }
    return { back: false, forward: false };
  }
  if (quotes.closesEarlier) return { back: true, forward: false };
  if (quotes.leftOpen) return { back: false, forward: true };
  if (/^["“]/.test(text)) {
    const outside = quotes.outside.replace(/^[\s,.;:!?—–-]+/, "");
    const spoken = (outside.match(/\p{L}{2,}/gu) ?? []).length;
    return { back: spoken < 2 || PRONOUN_SPEAKER.test(outside), forward: false };
  }
  const opening = text.replace(/^[(\[]/, "");
  return { back: CONNECTIVE.test(opening) || POINTER.test(opening), forward: false };
}

interface QuoteShape {
  /** A closing quote mark before any opening one: the sentence ends a quotation begun earlier. */
  closesEarlier: boolean;
  /** A quotation opened and not closed: it goes on in the next sentence. */
  leftOpen: boolean;
  /** The text outside quotation marks. */
  outside: string;
}

/** Curly marks say whether they open or close; a straight mark opens after a space or at the start. */
function quoteShape(text: string): QuoteShape {
  let depth = 0;
  let outside = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const opens = ch === "“" || (ch === '"' && (depth === 0 || i === 0) && (i === 0 || /[\s(\[—–-]/.test(text[i - 1]!)));
    const closes = ch === "”" || (ch === '"' && !opens);
    if (opens) depth++;
    else if (closes) {
      if (depth === 0) return { closesEarlier: true, leftOpen: false, outside };
      depth--;
    } else if (depth === 0) outside += ch;
  }
  return { closesEarlier: false, leftOpen: depth > 0, outside };
}
