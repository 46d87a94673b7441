import type { Context, MiddlewareFn } from "grammy";
import type { Logger } from "../log/logger.js";

export interface TypingOptions {
  log: Logger;
  /** Show it at once: the answer is known to be slow now (articles still loading). */
  busy?: () => boolean;
  /** Wait before showing it, ms (default 500). */
  afterMs?: number;
}

/** Telegram shows a chat action for about 5 s; it is sent again while the answer is not out. */
const REPEAT_MS = 4000;
/** Methods that put the answer in the chat: once one starts, "typing…" stops. */
const ANSWERS = new Set(["sendMessage", "editMessageText", "sendDocument", "sendPhoto"]);

/**
 * "typing…" in the chat while an answer to a message or a button takes longer than about
 * half a second — and at once while the bot is busy (articles still loading). It stops as
 * soon as the answer starts going out, so it never shows after the reply.
 */
export function showTyping(options: TypingOptions): MiddlewareFn<Context> {
  const afterMs = options.afterMs ?? 500;
  return async (ctx, next) => {
    const chat = ctx.chat;
    if (!chat || !(ctx.message || ctx.callbackQuery)) return next();
    const thread = ctx.message?.is_topic_message ? ctx.message.message_thread_id : undefined;
    let done = false;
    let timer: NodeJS.Timeout | undefined;
    const stop = () => {
      done = true;
      clearTimeout(timer);
    };
    const show = () => {
      if (done) return;
      ctx.api
        .sendChatAction(
          chat.id,
          "typing",
          thread !== undefined ? { message_thread_id: thread } : {},
        )
        .catch((err: unknown) => options.log.debug({ err }, "could not show typing"));
      timer = setTimeout(show, REPEAT_MS);
    };
    ctx.api.config.use((prev, method, payload, signal) => {
      if (ANSWERS.has(method)) stop();
      return prev(method, payload, signal);
    });
    if (options.busy?.()) show();
    else timer = setTimeout(show, afterMs);
    try {
      await next();
    } finally {
      stop();
    }
  };
}
