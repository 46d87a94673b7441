import type { Library } from "../library/library.js";
import type { CommandSpec } from "./spec.js";

export type ChatKind = "private" | "group" | "supergroup" | "channel";

/** One incoming message, as the core sees it. */
export interface Inbound {
  text: string;
  chat: ChatKind;
  /** In groups: the message mentions the bot or replies to one of its messages. */
  addressed?: boolean;
}

export interface AnswerContext {
  library: Library;
  /** The bot's username without "@", when known (Telegram mode). */
  botUsername?: string;
  now: () => Date;
  /** Every command answered, in /help order (default: the core's, answers/commands.ts). */
  commands?: readonly CommandSpec[];
  /** True for an article this chat brought itself (a link, a text, a feed): /articles marks it. */
  ownArticle?: (articleId: string) => boolean;
}
