/**
 * What a question asks for (each kind is one entry of kinds/registry.ts), and the words that
 * frame questions. The kinds, read from a question's lower-case words:
 *
 * - say:   what did X say (about Y), X's view on Y, quotes from X, what does X think of Y
 * - who:   who is X / tell me about X (a person or organisation), who did Y (a search)
 * - when:  when …, what date / year / day …
 * - count: how many / how much / how long / how old / how far / what percentage …
 * - where: where …
 * - why:   why …, for what reason …
 * - which: which X …, what X did … (the answer is a name: "which club did he join")
 * - about: what is the article about, summary
 * - other: anything else (what is …, did …, keywords)
 */
import { ASKED_SPEECH_VERBS } from "../../nlp/lexicon/reporting-verbs.js";

export type QuestionKind =
  "say" | "who" | "when" | "count" | "where" | "why" | "which" | "about" | "other";

export interface ParsedQuestion {
  kind: QuestionKind;
  /** The person or thing asked about (X in "what did X say", "who is X"), as words. */
  subject?: string;
  /** What the question is about (Y in "what did X say about Y"), as words. */
  topic?: string;
  /** For "how many candidates …": the counted thing ("candidates"). */
  focus?: string;
  /** Words left once the question frame is taken off, for the search. */
  rest: string;
  /** "Tell me about X": a profile when X is someone, else what the article says about X. */
  profile?: boolean;
}

export const AUX =
  "(?:did|does|do|has|have|had|was|were|is|are|will|would|can|could|might|may|should)";
export const SAY_VERBS = `(?:${[...ASKED_SPEECH_VERBS].join("|")})`;
export const ABOUT =
  "(?:about|on|of|regarding|concerning|over|towards|toward|re|in terms of|when it comes to|with regard to|in relation to)";

/** Leading politeness and filler: "please", "can you tell me", "I want to know", "so", "hey". */
export const FILLER =
  /^(?:(?:hey|hi|hello|ok|okay|so|and|but|well|please|pls|plz|bot|quick question)\s+)*(?:(?:can|could|would|will)\s+you\s+(?:please\s+)?(?:tell|show|give)\s+me\s+|(?:please\s+)?(?:tell|show|give)\s+me\s+(?:please\s+)?|i\s+(?:want|would like|d like|wanna|need)\s+to\s+know\s+|do\s+you\s+know\s+|i\s+wonder\s+|i\s+m\s+wondering\s+|any\s+idea\s+)?/;
