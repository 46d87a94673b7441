import { GrammyError, type Api } from "grammy";
import type { Message } from "grammy/types";
import type { Reply } from "../answers/reply.js";
import type { Logger } from "../log/logger.js";
import { renderMessages, TELEGRAM_TEXT_LIMIT, type RenderedMessage } from "../render/messages.js";
import type { ButtonCommands } from "./keyboard.js";

export interface SendTarget {
  chatId: number;
  /** Message the first part replies to (sent even if it was deleted meanwhile). */
  replyTo?: number;
  /** Forum topic the conversation is in. */
  threadId?: number;
}

/** The forum topic a message is in (undefined outside forum topics and in the General topic). */
export function topicOf(msg: Message): number | undefined {
  return msg.is_topic_message ? msg.message_thread_id : undefined;
}

/** Where the answer to a message goes: its chat and topic, replying to it. */
export function replyTargetOf(msg: Message): SendTarget {
  return { chatId: msg.chat.id, replyTo: msg.message_id, threadId: topicOf(msg) };
}

/** Every message of the replies, in order, each within Telegram's limits. */
export function renderTelegram(replies: Reply[]): RenderedMessage[] {
  return replies.flatMap((r) => renderMessages(r));
}

/** Telegram refused the HTML itself ("can't parse entities …"). */
function isParseError(err: unknown): err is GrammyError {
  return (
    err instanceof GrammyError &&
    err.error_code === 400 &&
    /can't parse entities/i.test(err.description)
  );
}

/** "message is not modified": an edit with the same text and buttons; nothing to do. */
export function isNotModified(err: unknown): boolean {
  return (
    err instanceof GrammyError &&
    err.error_code === 400 &&
    /message is not modified/i.test(err.description)
  );
}

/**
 * The bot can no longer write to the chat: blocked by the user, removed from the group,
 * the chat deleted or never started. Retrying will not help.
 */
export function isChatUnavailable(err: unknown): err is GrammyError {
  if (!(err instanceof GrammyError)) return false;
  if (err.error_code === 403) return true;
  return (
    err.error_code === 400 &&
    /chat not found|not enough rights to send|have no rights to send|CHAT_WRITE_FORBIDDEN|CHAT_RESTRICTED/i.test(
      err.description,
    )
  );
}

/** A basic group became a supergroup: Telegram names the new chat id. */
export function migratedChatId(err: unknown): number | undefined {
  return err instanceof GrammyError ? err.parameters.migrate_to_chat_id : undefined;
}

/** At most `max` UTF-16 units of `s`, never cutting a surrogate pair in half. */
function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  const end = /[\uD800-\uDBFF]/.test(s[max - 1] ?? "") ? max - 1 : max;
  return s.slice(0, end);
}

/**
 * Sends rendered messages in order as HTML. The first one replies to `target.replyTo`,
 * buttons go where the renderer put them (editable in place when the answer is a single
 * message). If Telegram still refuses a message's HTML it is sent again as plain text
 * rather than lost; if the group became a supergroup, the rest goes to the new chat.
 * Other errors (a 403 from a blocked chat, …) are thrown for the caller to judge.
 */
export async function sendMessages(
  api: Api,
  target: SendTarget,
  messages: RenderedMessage[],
  buttons: ButtonCommands,
  log: Logger,
): Promise<Message.TextMessage[]> {
  const sent: Message.TextMessage[] = [];
  const editable = messages.length === 1;
  let chatId = target.chatId;
  for (const [i, message] of messages.entries()) {
    const send = async (to: number): Promise<Message.TextMessage> => {
      // after a move to the new supergroup, the message ids of the old chat mean nothing there
      const here = to === target.chatId;
      const options = {
        reply_markup: buttons.keyboard(message.buttons, editable),
        link_preview_options: { is_disabled: true },
        ...(here && target.threadId !== undefined ? { message_thread_id: target.threadId } : {}),
        ...(here && i === 0 && target.replyTo !== undefined
          ? { reply_parameters: { message_id: target.replyTo, allow_sending_without_reply: true } }
          : {}),
      };
      try {
        return await api.sendMessage(to, message.html, { ...options, parse_mode: "HTML" });
      } catch (err) {
        if (!isParseError(err)) throw err;
        log.warn(
          { chatId: to, description: err.description },
          "Telegram refused the HTML; sending plain text",
        );
        const plain = clip(message.text.trim(), TELEGRAM_TEXT_LIMIT) || "…";
        return await api.sendMessage(to, plain, options);
      }
    };
    try {
      sent.push(await send(chatId));
    } catch (err) {
      const moved = migratedChatId(err);
      if (moved === undefined || moved === chatId) throw err;
      log.info({ from: chatId, to: moved }, "group became a supergroup; sending there");
      chatId = moved;
      sent.push(await send(chatId));
    }
  }
  return sent;
}

/** Renders and sends replies (see sendMessages). */
export async function sendReplies(
  api: Api,
  target: SendTarget,
  replies: Reply[],
  buttons: ButtonCommands,
  log: Logger,
): Promise<Message.TextMessage[]> {
  return sendMessages(api, target, renderTelegram(replies), buttons, log);
}

/**
 * Replaces the text and buttons of one of the bot's messages. Resolves "unchanged" when
 * Telegram says nothing would change; other errors are thrown.
 */
export async function editMessage(
  api: Api,
  chatId: number,
  messageId: number,
  message: RenderedMessage,
  buttons: ButtonCommands,
  log: Logger,
): Promise<"edited" | "unchanged"> {
  const options = {
    reply_markup: buttons.keyboard(message.buttons, true),
    link_preview_options: { is_disabled: true },
  };
  try {
    try {
      await api.editMessageText(chatId, messageId, message.html, {
        ...options,
        parse_mode: "HTML",
      });
    } catch (err) {
      if (!isParseError(err)) throw err;
      log.warn(
        { chatId, description: err.description },
        "Telegram refused the HTML; editing as plain text",
      );
      await api.editMessageText(
        chatId,
        messageId,
        clip(message.text.trim(), TELEGRAM_TEXT_LIMIT) || "…",
        options,
      );
    }
    return "edited";
  } catch (err) {
    if (isNotModified(err)) return "unchanged";
    throw err;
  }
}
