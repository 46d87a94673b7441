import { GrammyError, HttpError, type Api, type InlineKeyboard } from "grammy";
import type { Logger } from "../log/logger.js";
import type { RenderedMessage } from "../render/messages.js";
import { ButtonCommands } from "./keyboard.js";
import { SendCancelled } from "./limiter.js";
import type { Deliver, DeliveryResult } from "../digest/scheduler.js";

/**
 * Delivers a digest through the Bot API and says what Telegram answered: a 403 means the
 * bot may no longer post there (blocked or removed), a migrate parameter means the group
 * has a new id. The bot's outgoing budget (see telegram/outgoing.ts) spaces the messages
 * and waits out 429s; 5xx are retried there first.
 */
export function telegramDeliver(
  api: Api,
  log: Logger,
  buttons: ButtonCommands = new ButtonCommands(),
): Deliver {
  return async (chatId, messages, options = {}) => {
    let sent = 0;
    for (const message of messages) {
      try {
        await sendOne(api, chatId, message, log, {
          silent: options.silent === true,
          // a press sends its answer as a new message: the digest stays as it was
          keyboard: buttons.keyboard(message.buttons, false),
        });
        sent++;
      } catch (err) {
        return classify(err, sent);
      }
    }
    return { ok: true, messages: sent };
  };
}

async function sendOne(
  api: Api,
  chatId: number,
  message: RenderedMessage,
  log: Logger,
  how: { silent: boolean; keyboard?: InlineKeyboard },
): Promise<void> {
  const options = {
    ...(how.silent ? { disable_notification: true } : {}),
    ...(how.keyboard ? { reply_markup: how.keyboard } : {}),
    link_preview_options: message.preview ? { url: message.preview } : { is_disabled: true },
  };
  try {
    await api.sendMessage(chatId, message.html, { ...options, parse_mode: "HTML" });
  } catch (err) {
    if (!(
      err instanceof GrammyError &&
      err.error_code === 400 &&
      /pars|entit|tag/i.test(err.description)
    ))
      throw err;
    log.warn({ chatId, description: err.description }, "digest HTML refused; sending plain text");
    await api.sendMessage(chatId, message.text.slice(0, 4096), options);
  }
}

/** Telegram's error → what the scheduler should do about the chat. */
export function classify(err: unknown, sent: number): DeliveryResult {
  if (err instanceof GrammyError) {
    const detail = `${err.error_code} ${err.description}`;
    const newChatId = err.parameters?.migrate_to_chat_id;
    if (newChatId !== undefined)
      return { ok: false, messages: sent, reason: "migrated", newChatId, detail };
    if (err.error_code === 403) {
      const removed = /kicked|not a member|removed|chat not found/i.test(err.description);
      return {
        ok: false,
        messages: sent,
        reason: removed ? "removed" : "blocked",
        detail: err.description,
      };
    }
    if (
      err.error_code === 400 &&
      /chat not found|group chat was deactivated|chat_write_forbidden|have no rights to send/i.test(
        err.description,
      )
    ) {
      return { ok: false, messages: sent, reason: "removed", detail: err.description };
    }
    return {
      ok: false,
      messages: sent,
      reason: "error",
      detail,
      retryable: err.error_code === 429 || err.error_code >= 500,
    };
  }
  if (err instanceof SendCancelled)
    return { ok: false, messages: sent, reason: "error", detail: err.message, retryable: true };
  if (err instanceof HttpError)
    return {
      ok: false,
      messages: sent,
      reason: "error",
      detail: `network: ${err.message}`,
      retryable: true,
    };
  return {
    ok: false,
    messages: sent,
    reason: "error",
    detail: err instanceof Error ? err.message : String(err),
    retryable: false,
  };
}
