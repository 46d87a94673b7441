/**
 * /ask and plain-text questions: the question is read (kind, names, topic), answered from the
 * articles as its kind's entry in questions/kinds/registry.ts says, and shown as at most three items a page — the direct
 * answer first, then the quote or sentence with its ¶ and speaker — with a "More" button that
 * runs `/ask page:N <question>`. When nothing answers, one honest line and two questions the
 * article can answer.
 */
import type { Analysis } from "../model/analysis.js";
import { articlesToRead, noArticles, stillReading } from "./loading.js";
import {
  listStamp,
  navRow,
  pageArg,
  staleNotice,
  takePage,
  turnPage,
  type PageChoice,
} from "./page.js";
import type { AnswerContext, Corpus } from "./context.js";
import { bold, text, type Block, type Button, type Reply, type Span } from "./reply.js";
import type { CommandSpec } from "./spec.js";
import type { AskContext, Outcome } from "./questions/core.js";
import { none } from "./questions/core.js";
import { answerBySearch } from "./questions/by-search.js";
import { strategyFor } from "./questions/kinds/registry.js";
import { parseQuestion } from "./questions/parse.js";
import { suggestions } from "./questions/suggest.js";
import { MAX_QUESTION_CHARS, questionText } from "./questions/text.js";

export const PAGE_SIZE = 3;

export interface AskOptions {
  /** Answer from this article only. */
  only?: Analysis;
}

/** The core of question answering: a question in, the outcome out (no rendering). Never throws on odd input. */
export function askOutcome(question: string, corpus: Corpus, options: AskOptions = {}): Outcome {
  const { library, index } = corpus;
  const qt = questionText(question.slice(0, MAX_QUESTION_CHARS), (w) => index.knows(w));
  if (!qt.words.length)
    return none("I could not find a question in that. Ask about the article in words.");
  const parsed = parseQuestion(qt.text, (w) => index.knows(w));
  const only = options.only ?? (library.size === 1 ? library.latest() : undefined);
  const ctx: AskContext = { library, index, question: qt, parsed, only };
  const strategy = strategyFor(parsed.kind);
  return strategy.answer ? strategy.answer(ctx) : answerBySearch(ctx, strategy);
}

const GREETING =
  /^(?:hi|hello|hey|hiya|yo|thanks|thank you|thx|ty|ok|okay|cool|great|nice|bye|good (?:morning|afternoon|evening|night))\b[\s!.?\p{Emoji}]*$/iu;

/** The reply to a question: page `page` (1-based) of its answer, or the honest "not in the article". */
export function askReply(
  question: string,
  corpus: Corpus,
  at: Omit<PageChoice, "rest"> = {},
): Reply {
  const q = question.trim();
  if (GREETING.test(q))
    return withSuggestions(
      [text("Hello! Ask me anything about the article, in plain words.")],
      corpus,
      undefined,
    );
  if (q.length > MAX_QUESTION_CHARS)
    return {
      blocks: [
        text(
          `That is a long question; please ask it in fewer than ${MAX_QUESTION_CHARS} characters.`,
        ),
      ],
    };
  const outcome = askOutcome(q, corpus);
  if (outcome.type === "none") {
    return withSuggestions(
      [text(...outcome.line), ...(outcome.blocks ?? [])],
      corpus,
      outcome.analysis,
    );
  }
  const stamp = listStamp(outcome.items.map((i) => `${i.analysis.article.id}:${i.sentence}`));
  const turn = turnPage(at.page, at.stamp, Math.ceil(outcome.items.length / PAGE_SIZE), stamp);
  const { page: p, pages } = turn;
  const shown = outcome.items.slice((p - 1) * PAGE_SIZE, p * PAGE_SIZE);
  const blocks: Block[] = turn.stale ? [staleNotice()] : [];
  if (outcome.intro || p > 1) {
    const intro: Span[] = [...(outcome.intro ?? [])];
    if (p > 1) intro.push(`${intro.length ? " " : ""}(page ${p} of ${pages})`);
    blocks.push(text(...intro));
  }
  for (const item of shown) blocks.push(item.block);
  const r: Reply = { blocks };
  if (pages > 1) r.buttons = [navRow(p, pages, (n) => `/ask ${pageArg(n, stamp)} ${q}`)];
  return r;
}

/** The honest line(s), then two questions the article can answer (as buttons too). */
function withSuggestions(blocks: Block[], corpus: Corpus, analysis: Analysis | undefined): Reply {
  const { library } = corpus;
  const target = analysis ?? library.latest();
  if (!target) return { blocks };
  const asks = suggestions(target, (question) => {
    const o = askOutcome(question, corpus, { only: target });
    return o.type === "answer" && o.items.length > 0;
  });
  if (!asks.length) return { blocks };
  const lead =
    library.size > 1 && analysis
      ? `About “${target.article.title}”, you could ask: `
      : "You could ask: ";
  const spans: Span[] = [lead];
  asks.forEach((a, i) => spans.push(...(i ? [" or ", bold(a)] : [bold(a)])));
  const buttons: Button[][] = [
    asks.map((a) => ({ text: a.length > 40 ? `${a.slice(0, 39)}…` : a, command: `/ask ${a}` })),
  ];
  return { blocks: [...blocks, text(...spans)], buttons };
}

const USAGE =
  "Ask a question about the article, e.g. /ask who is mentioned in the article? In a private chat, just send the question.";

export const askCommand: CommandSpec = {
  name: "ask",
  description: "Ask a question about the article in plain words",
  usage: "/ask <question>",
  run(args, ctx: AnswerContext) {
    if (ctx.library.size === 0) return noArticles(ctx.library);
    const { rest: question, ...at } = takePage(args);
    if (question === "") return [withSuggestions([text(USAGE)], ctx, undefined)];
    const answered = askReply(question, ctx, at);
    // What is still loading may hold the answer: say so rather than leave it unsaid.
    const toRead = articlesToRead(ctx);
    if (toRead > 0)
      answered.blocks.push(
        text(
          `(I am ${stillReading(toRead)} Ask again in a moment for ${toRead === 1 ? "that one" : "those"} too.)`,
        ),
      );
    return [answered];
  },
};
