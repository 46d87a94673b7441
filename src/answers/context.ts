import type { Library } from "../library/library.js";
import type { SentenceIndex } from "../search/sentence-index.js";
import type { CommandSpec } from "./spec.js";

export type ChatKind = "private" | "group" | "supergroup" | "channel";

/** One incoming message, as the core sees it. */
export interface Inbound {
  text: string;
  chat: ChatKind;
  /** In groups: the message mentions the bot or replies to one of its messages. */
  addressed?: boolean;
}

/** The articles answers come from: the Library, and the sentence index that follows it. */
export interface Corpus {
  library: Library;
  /** Made by the code that wires the bot (search/follow.ts `indexFollowing`). */
  index: SentenceIndex;
  /** True for an article this chat brought itself (a link, a text, a feed): /articles marks it. */
  ownArticle?: (articleId: string) => boolean;
}

export interface AnswerContext extends Corpus {
  /** The bot's username without "@", when known (Telegram mode). */
  botUsername?: string;
  now: () => Date;
  /** Every command answered, in /help order (default: the core's, answers/commands.ts). */
  commands?: readonly CommandSpec[];
}
