/**
 * Shared parts of question answering: the context every answerer gets, answer items and
 * outcomes, the confidence threshold, and how an answer names its article.
 */
import type { Analysis, Sentence } from "../../model/analysis.js";
import type { Library } from "../../library/library.js";
import type { SentenceIndex } from "../../search/sentence-index.js";
import type { Block, Span } from "../reply.js";
import type { ParsedQuestion, QuestionKind } from "./kind.js";
import type { QuestionText } from "./text.js";
import { weights } from "./weights.js";

/**
 * The least share of a question's weight (IDF of its content words) a sentence must cover to
 * be given as an answer. Set on the question sets in test/fixtures/questions (answerable and
 * no-answer questions): `npm run eval -- questions` prints accuracy at nearby values.
 * Mutable only so the evaluation can sweep it.
 */
export const tuning: { threshold: number } = weights;

export interface AskContext {
  library: Library;
  index: SentenceIndex;
  question: QuestionText;
  parsed: ParsedQuestion;
  /** Only this article (explicit reference, or a single article loaded). */
  only?: Analysis;
}

export interface Item {
  analysis: Analysis;
  sentence: number;
  block: Block;
  /** Ranking score (higher first); confidence-like, 0 to ~1.2. */
  score: number;
}

export type Outcome =
  | { type: "answer"; kind: QuestionKind; items: Item[]; intro?: Span[]; confidence: number }
  /** Nothing answers: one honest line, maybe with the closest thing the article does say. */
  | { type: "none"; line: Span[]; blocks?: Block[]; analysis?: Analysis; confidence: number };

export function none(
  line: Span[] | string,
  extra: { blocks?: Block[]; analysis?: Analysis; confidence?: number } = {},
): Outcome {
  return {
    type: "none",
    line: typeof line === "string" ? [line] : line,
    blocks: extra.blocks,
    analysis: extra.analysis,
    confidence: extra.confidence ?? 0,
  };
}

/** With several articles loaded, each answer names its article ("3. Title"). */
export function articleLabel(ctx: AskContext, analysis: Analysis): string | undefined {
  if (ctx.library.size <= 1) return undefined;
  const n = ctx.library.numberOf(analysis.article.id);
  const title =
    analysis.article.title.length > 60
      ? `${analysis.article.title.slice(0, 57).trimEnd()}…`
      : analysis.article.title;
  return n ? `${n}. ${title}` : title;
}

export function sentenceBlock(
  ctx: AskContext,
  analysis: Analysis,
  sentence: Sentence,
  lead?: Span[],
): Block {
  const block: Block = { kind: "sentence", text: sentence.text, para: sentence.para };
  if (lead && lead.length) block.lead = lead;
  const article = articleLabel(ctx, analysis);
  if (article) block.article = article;
  return block;
}
