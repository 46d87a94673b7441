/**
 * A fast rule-based sentence splitter for news prose. It knows common abbreviations,
 * initials, decimals and closing quotes, and never splits inside a quotation that
 * continues after a comma.
 */
import { ABBREVIATIONS, COMPANY_ABBREVIATIONS } from "./lexicon/abbreviations.js";
import { SENTENCE_WORDS } from "./lexicon/function-words.js";
import { HONORIFIC_ABBREVIATIONS } from "./lexicon/compromise-tags.js";

export interface SentenceSpan {
  text: string;
  /** Offset of the sentence in its paragraph. */
  start: number;
}

const CLOSERS = "\"'”’)]»";

export function splitSentences(paragraph: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  const n = paragraph.length;
  for (let i = 0; i < n; i++) {
    const ch = paragraph[i];
    if (ch !== "." && ch !== "!" && ch !== "?" && ch !== "…") continue;
    let end = i + 1;
    while (end < n && (paragraph[end] === "." || paragraph[end] === "!" || paragraph[end] === "?"))
      end++;
    while (end < n && CLOSERS.includes(paragraph[end] ?? "")) end++;
    if (end < n && !/\s/.test(paragraph[end] ?? "")) continue;
    let next = end;
    while (next < n && /\s/.test(paragraph[next] ?? "")) next++;
    if (next >= n) break;
    if (!startsSentence(paragraph, next)) continue;
    if (ch === "." && isAbbreviation(paragraph, i)) continue;
    push(spans, paragraph, start, end);
    start = next;
  }
  push(spans, paragraph, start, n);
  return spans;
}

function push(spans: SentenceSpan[], paragraph: string, start: number, end: number): void {
  const raw = paragraph.slice(start, end);
  const text = raw.trim();
  if (text) spans.push({ text, start: start + raw.indexOf(text) });
}

function startsSentence(text: string, at: number): boolean {
  const c = text[at] ?? "";
  if (/[A-Z0-9“"‘'`([¿¡]/.test(c)) return true;
  return /\p{Lu}/u.test(c);
}

function isAbbreviation(text: string, dot: number): boolean {
  let s = dot - 1;
  while (s >= 0 && /[A-Za-z.]/.test(text[s] ?? "")) s--;
  const word = text.slice(s + 1, dot);
  if (word.length === 0) return false;
  if (/^[A-Z]$/.test(word)) return true; // initial: "J. K. Rowling"
  if (/^([A-Za-z]\.)+[A-Za-z]$/.test(word)) return true; // "U.S", "e.g"
  if (/^[A-Z]/.test(word) && COMPANY_ABBREVIATIONS.has(word.toLowerCase()))
    return !opensClause(text.slice(dot + 1));
  return ABBREVIATIONS.has(word.toLowerCase()) && !isLowerSentenceEnd(word, text, dot);
}

/**
 * After a company's name ("Dow Chemical Co.") the sentence goes on ("…Co. Chairman Frank Popoff
 * said") unless the next word is one a new sentence opens with: a function word ("The", "He",
 * "But"), a title ("Mr.") or a quotation mark. A bracket after the name is the name's own (a
 * stock ticker, "Halvern Inc. (NASDAQ: HLVN) today announced …", a former name) unless it holds
 * a sentence of its own ("… Orr Mills Inc. (The deal closed in May.)").
 */
function opensClause(after: string): boolean {
  const rest = after.trimStart();
  if (/^[“"‘'`]/.test(rest)) return true;
  if (/^[([]/.test(rest)) return BRACKETED_SENTENCE.test(rest);
  const word = /^[A-Za-z']+/.exec(rest)?.[0]?.toLowerCase() ?? "";
  return SENTENCE_WORDS.has(word) || HONORIFIC_ABBREVIATIONS.has(word);
}

/** A bracket closed after a sentence's end: "(The deal closed in May.)". */
const BRACKETED_SENTENCE = /^[([][^()[\]]*[.!?]["”’']?[)\]]/;

/**
 * "…from No. 10" and "…(grant no. 2318842)" stay together — a number after it, as news never opens
 * a sentence with figures — but "…said no." at the end of a sentence splits.
 */
function isLowerSentenceEnd(word: string, text: string, dot: number): boolean {
  if (word.toLowerCase() !== "no" && word.toLowerCase() !== "co") return false;
  const after = text.slice(dot + 1).trimStart();
  return !/^\d/.test(after);
}
