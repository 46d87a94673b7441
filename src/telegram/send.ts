import { GrammyError, type Api } from "grammy";
import type { Reply } from "../answers/reply.js";
import type { Logger } from "../log/logger.js";
import { renderMessages } from "../render/messages.js";
import type { ButtonCommands } from "./keyboard.js";

export interface SendTarget {
  chatId: number;
  /** Message to reply to (kept even if it was deleted meanwhile). */
  replyTo?: number;
  /** Forum topic the conversation is in. */
  threadId?: number;
}

/**
 * Sends replies as HTML messages within Telegram's limits. If Telegram still refuses a
 * message's HTML, it is sent again as plain text rather than lost.
 */
export async function sendReplies(api: Api, target: SendTarget, replies: Reply[], buttons: ButtonCommands, log: Logger): Promise<void> {
  for (const r of replies) {
    for (const message of renderMessages(r)) {
      const options = {
        reply_markup: buttons.keyboard(message.buttons),
        link_preview_options: { is_disabled: true },
        ...(target.threadId ? { message_thread_id: target.threadId } : {}),
        ...(target.replyTo ? { reply_parameters: { message_id: target.replyTo, allow_sending_without_reply: true } } : {}),
      };
      try {
        await api.sendMessage(target.chatId, message.html, { ...options, parse_mode: "HTML" });
      } catch (err) {
        if (!(err instanceof GrammyError && err.error_code === 400 && /pars|entit|tag/i.test(err.description))) throw err;
        log.warn({ chatId: target.chatId, description: err.description }, "HTML refused; sending plain text");
        await api.sendMessage(target.chatId, message.text.slice(0, 4096), options);
      }
    }
  }
}
