import { Composer, type Context } from "grammy";
import type { Message } from "grammy/types";
import type { AnswerContext, ChatKind, Inbound } from "../../answers/context.js";
import { reply, text, type Reply } from "../../answers/reply.js";
import { parseCommand } from "../../answers/command.js";
import { answer } from "../../answers/router.js";
import { entryBytes, Lru } from "../../util/lru.js";
import type { Logger } from "../../log/logger.js";
import type { ButtonCommands } from "../keyboard.js";
import { SendOutcomeUnknown } from "../outgoing.js";
import {
  editMessage,
  isChatUnavailable,
  renderTelegram,
  replyTargetOf,
  sendMessages,
  topicOf,
} from "../send.js";

export interface AnswerDeps {
  /** The answer context of a chat (its articles); without a chat, the shared one. */
  context: (chatId?: number) => AnswerContext;
  buttons: ButtonCommands;
  log: Logger;
}

const EXPIRED = "This button has expired. Send the command again.";

/**
 * Commands and questions: every text message goes through the core router, and the
 * replies go back to the same chat (and forum topic) as a reply to the message. Buttons
 * run their command; the answer replaces the message in place when both are one message.
 */
export function answersFeature(deps: AnswerDeps): Composer<Context> {
  const feature = new Composer<Context>();
  const { log } = deps;

  // which of the bot's messages answered which message, so an edited question is answered again in place
  const answered = new Lru<string, number[]>(
    256 * 1024,
    (k, ids) => entryBytes(k) + ids.length * 8,
  );
  const keyOf = (chatId: number, messageId: number) => `${chatId}:${messageId}`;

  feature.on("message:text", async (ctx, next) => {
    const msg = ctx.message;
    const replies = safeAnswer(inboundOf(ctx, msg.text), ctx, deps);
    if (replies.length === 0) return next();
    const target = replyTargetOf(msg);
    await delivered(log, ctx.chat.id, async () => {
      const sent = await sendMessages(ctx.api, target, renderTelegram(replies), deps.buttons, log);
      answered.set(
        keyOf(ctx.chat.id, msg.message_id),
        sent.map((m) => m.message_id),
      );
    });
  });

  // An edited message is answered again: the earlier one-message reply is edited to the new
  // answer; otherwise the new answer is sent as a reply to the edited message.
  feature.on("edited_message:text", async (ctx) => {
    const msg = ctx.editedMessage;
    // /digest changes settings: an edit does not change them again behind the chat's back
    if (parseCommand(msg.text)?.name === "digest") return;
    const replies = safeAnswer(inboundOf(ctx, msg.text), ctx, deps);
    if (replies.length === 0) return;
    const messages = renderTelegram(replies);
    const key = keyOf(ctx.chat.id, msg.message_id);
    const earlier = answered.get(key);
    const only = messages.length === 1 ? messages[0] : undefined;
    if (earlier?.length === 1 && only) {
      try {
        await editMessage(ctx.api, ctx.chat.id, earlier[0]!, only, deps.buttons, log);
        return;
      } catch (err) {
        if (isChatUnavailable(err)) return;
        log.debug({ chatId: ctx.chat.id, err }, "could not edit the earlier answer; sending anew");
      }
    }
    const target = replyTargetOf(msg);
    await delivered(log, ctx.chat.id, async () => {
      const sent = await sendMessages(ctx.api, target, messages, deps.buttons, log);
      answered.set(
        key,
        sent.map((m) => m.message_id),
      );
    });
  });

  feature.on("callback_query:data", async (ctx) => {
    const press = deps.buttons.decode(ctx.callbackQuery.data);
    const chat = ctx.chat;
    if (!press || !chat) {
      await answerQuery(ctx, log, EXPIRED);
      return;
    }
    await answerQuery(ctx, log);
    const replies = safeAnswer(
      { text: press.command, chat: chat.type as ChatKind, addressed: true },
      ctx,
      deps,
    );
    if (replies.length === 0) return;
    const messages = renderTelegram(replies);
    const origin = ctx.callbackQuery.message;
    // an inaccessible (too old) message has date 0 and cannot be edited or replied to
    const shown = origin && origin.date !== 0 ? (origin as Message) : undefined;
    const only = messages.length === 1 ? messages[0] : undefined;
    if (press.editable && shown && only) {
      try {
        await editMessage(ctx.api, chat.id, shown.message_id, only, deps.buttons, log);
        return;
      } catch (err) {
        if (isChatUnavailable(err)) {
          log.info(
            { chatId: chat.id, description: err.description },
            "chat unavailable; answer dropped",
          );
          return;
        }
        log.debug(
          { chatId: chat.id, err },
          "could not edit the message; sending the answer instead",
        );
      }
    }
    const target = {
      chatId: chat.id,
      replyTo: shown?.message_id,
      threadId: shown ? topicOf(shown) : undefined,
    };
    await delivered(log, chat.id, () => sendMessages(ctx.api, target, messages, deps.buttons, log));
  });

  return feature;
}

function inboundOf(ctx: Context, textOf: string): Inbound {
  return {
    text: textOf,
    chat: (ctx.chat?.type ?? "private") as ChatKind,
    addressed: isAddressed(ctx),
  };
}

/** The core's answer; an unexpected failure becomes a short apology, never silence. */
function safeAnswer(inbound: Inbound, ctx: Context, deps: AnswerDeps): Reply[] {
  try {
    return answer(inbound, { ...deps.context(ctx.chat?.id), botUsername: ctx.me.username });
  } catch (err) {
    deps.log.error({ err, updateId: ctx.update.update_id }, "answering failed");
    return [
      reply(
        text("Sorry, something went wrong with that message. Please try again, or send /help."),
      ),
    ];
  }
}

/**
 * Sends, treating a chat the bot can no longer write to (blocked, removed) as a logged
 * non-event, and a message Telegram may have got without saying so as sent (not sent twice).
 */
async function delivered(log: Logger, chatId: number, send: () => Promise<unknown>): Promise<void> {
  try {
    await send();
  } catch (err) {
    if (err instanceof SendOutcomeUnknown) return; // logged where it happened
    if (!isChatUnavailable(err)) throw err;
    log.info({ chatId, description: err.description }, "chat unavailable; answer dropped");
  }
}

/** Stops the button's spinner; a query that is too old to answer is not an error worth more than a line. */
async function answerQuery(ctx: Context, log: Logger, message?: string): Promise<void> {
  try {
    await ctx.answerCallbackQuery(message ? { text: message } : undefined);
  } catch (err) {
    log.debug({ err }, "could not answer the callback query");
  }
}

/** In groups the bot answers plain text only when mentioned or replied to. */
export function isAddressed(ctx: Context): boolean {
  const msg = ctx.msg;
  if (!msg) return false;
  if (msg.reply_to_message?.from?.id === ctx.me.id) return true;
  const username = ctx.me.username.toLowerCase();
  const textOf = msg.text ?? "";
  return (msg.entities ?? []).some(
    (e) =>
      (e.type === "mention" &&
        textOf.slice(e.offset + 1, e.offset + e.length).toLowerCase() === username) ||
      (e.type === "text_mention" && e.user.id === ctx.me.id),
  );
}
