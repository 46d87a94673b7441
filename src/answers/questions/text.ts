/**
 * A question as typed → clean lower-case words, with typos in the question's own frame
 * ("wat did … sya abot …") fixed against a small list of question words, so the question
 * kind is recognised however it is spelled. Words of the articles are corrected later,
 * against the index's vocabulary.
 */
import { editDistance } from "../../util/edit-distance.js";
import { acronymsIn, isStopWord, words } from "../../nlp/tokens.js";
import { isWordAs } from "../../nlp/lexicon/wordnet.js";

/** Words that shape a question; a typo of one of them (one edit) is read as the word. */
const FRAME_WORDS = [
  "what",
  "who",
  "whom",
  "whose",
  "when",
  "where",
  "why",
  "which",
  "how",
  "many",
  "much",
  "long",
  "often",
  "old",
  "did",
  "does",
  "do",
  "has",
  "have",
  "had",
  "was",
  "were",
  "is",
  "are",
  "will",
  "would",
  "can",
  "could",
  "say",
  "said",
  "says",
  "tell",
  "told",
  "think",
  "about",
  "quote",
  "quotes",
  "the",
  "happen",
  "happened",
];
const FRAME = new Set(FRAME_WORDS);

/** Longest question read in full (longer text gets a one-line refusal). */
export const MAX_QUESTION_CHARS = 600;

export interface QuestionText {
  /** The question as asked, trimmed. */
  raw: string;
  /** Lower-case words (accents off), question-frame typos fixed. */
  words: string[];
  /** The words joined by single spaces, for pattern matching. */
  text: string;
  /** Words that start with a capital letter in the question (lower-cased): likely names. */
  capitalised: Set<string>;
  /** Words written as acronyms ("US", "U.S.", "NATO"), lower case: terms even when stop words. */
  acronyms: Set<string>;
}

const QUESTION_TEXT_PATTERN = /(?:^|[^\p{L}\p{N}])(\p{Lu}[\p{L}\p{M}'’-]*)/gu;
const QUESTION_TEXT_PATTERN_2 = /\b(?:\p{L}\.){2,}/gu;

/**
 * Cleans a question. `known(word)` says whether the articles use a word; such words are
 * never "corrected" into frame words.
 */
export function questionText(raw: string, known: (word: string) => boolean): QuestionText {
  // Pasted HTML: tags out, the common entities read as their characters.
  const trimmed = raw
    .replace(
      /<\/?(?:b|i|u|s|a|p|br|em|strong|code|pre|span|div|blockquote|del|ins|strike|tg-spoiler|tg-emoji|font|h[1-6]|li|ul|ol)(?:\s[^<>]*)?\/?>/gi,
      " ",
    )
    // "<Russia>" is not markup: keep the word
    .replace(/<([^<>\s/][^<>]{0,60})>/g, " $1 ")
    .replace(
      /&(?:amp|lt|gt|quot|#39|apos|nbsp);/gi,
      (e) =>
        ({
          "&amp;": "&",
          "&lt;": "<",
          "&gt;": ">",
          "&quot;": '"',
          "&#39;": "'",
          "&apos;": "'",
          "&nbsp;": " ",
        })[e.toLowerCase()] ?? " ",
    )
    .replace(/\s+/g, " ")
    .trim();
  const capitalised = new Set<string>();
  for (const m of trimmed.matchAll(QUESTION_TEXT_PATTERN)) {
    const w = words(m[1] ?? "");
    for (const x of w) capitalised.add(x);
  }
  // "what's" / "who's" / "Tokaev's": keep the word, drop the clitic. Phrasal verbs news writes
  // as one word: "step down" → "resign", unless the articles write the phrase's verb and not the
  // word (keepsPhrase).
  const cleaned = trimmed
    // "U.S.", "U.K.": one word, never the chat shorthand "u" (you) and a stray letter
    .replace(QUESTION_TEXT_PATTERN_2, (m) => m.replace(/\./g, ""))
    .replace(/['’](s|re|ve|ll|d)\b/gi, (m, c: string) =>
      c.toLowerCase() === "s" ? " s" : ` ${m.slice(1)}`,
    )
    .replace(/%/g, " percent ")
    .replace(/\b(step(?:s|ped|ping)?|stand(?:s|ing)?|stood)\s+down\b/gi, (phrase, verb: string) =>
      keepsPhrase(verb.toLowerCase(), known) ? phrase : "resign",
    );
  // "WHO is …", "WHAT did …": a question word typed in capitals is no acronym.
  const acronyms = new Set([...acronymsIn(cleaned)].filter((w) => !FRAME.has(w)));
  const fixed = words(cleaned).map((w) => fixFrameWord(w, known));
  const out: string[] = [];
  for (const w of fixed) out.push(w);
  return { raw: trimmed, words: out, text: out.join(" "), capitalised, acronyms };
}

/**
 * Whether "step down" / "stand down" stays as the question writes it: the articles use the
 * phrase's verb ("will step down in May") and never "resign" (by stem: nor "resigned",
 * "resignation"): the article's own phrase is then what finds the answer.
 */
function keepsPhrase(verb: string, known: (word: string) => boolean): boolean {
  if (known("resign")) return false;
  return known(verb.startsWith("step") ? "step" : "stand");
}

function fixFrameWord(w: string, known: (word: string) => boolean): string {
  // A real verb is not a typo of one ("what did X die of" is not "did X did").
  if (FRAME.has(w) || w.length < 3 || known(w) || isStopWord(w) || isWordAs(w, "verb"))
    return expandShort(w);
  for (const f of FRAME_WORDS) {
    if (Math.abs(f.length - w.length) > 1) continue;
    if (f[0] !== w[0]) continue;
    if (editDistance(w, f, 1) !== undefined) return f;
  }
  return expandShort(w);
}

/** Chat shorthand for question words. */
function expandShort(w: string): string {
  switch (w) {
    case "wat":
    case "wht":
    case "whta":
      return "what";
    case "abt":
      return "about";
    case "u":
      return "you";
    default:
      return w;
  }
}
