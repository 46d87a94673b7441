import { Composer, type Context } from "grammy";
import type { AnswerContext, ChatKind, Inbound } from "../../answers/context.js";
import { answer } from "../../answers/router.js";
import type { Logger } from "../../log/logger.js";
import type { ButtonCommands } from "../keyboard.js";
import { sendReplies } from "../send.js";

export interface AnswerDeps {
  context: () => AnswerContext;
  buttons: ButtonCommands;
  log: Logger;
}

/** Commands and questions: every text message goes through the core router. */
export function answersFeature(deps: AnswerDeps): Composer<Context> {
  const feature = new Composer<Context>();

  feature.on("message:text", async (ctx, next) => {
    const msg = ctx.message;
    const inbound: Inbound = { text: msg.text, chat: ctx.chat.type as ChatKind, addressed: isAddressed(ctx) };
    const replies = answer(inbound, { ...deps.context(), botUsername: ctx.me.username });
    if (replies.length === 0) return next();
    await sendReplies(ctx.api, { chatId: ctx.chat.id, replyTo: msg.message_id, threadId: msg.is_topic_message ? msg.message_thread_id : undefined }, replies, deps.buttons, deps.log);
  });

  feature.on("callback_query:data", async (ctx) => {
    const command = deps.buttons.decode(ctx.callbackQuery.data);
    const chat = ctx.chat;
    if (!command || !chat) {
      await ctx.answerCallbackQuery({ text: "This button has expired. Send the command again." });
      return;
    }
    await ctx.answerCallbackQuery();
    const replies = answer({ text: command, chat: chat.type as ChatKind, addressed: true }, { ...deps.context(), botUsername: ctx.me.username });
    const threadId = ctx.callbackQuery.message?.message_thread_id;
    await sendReplies(ctx.api, { chatId: chat.id, threadId }, replies, deps.buttons, deps.log);
  });

  return feature;
}

/** In groups the bot answers plain text only when mentioned or replied to. */
function isAddressed(ctx: Context): boolean {
  const msg = ctx.message;
  if (!msg) return false;
  if (msg.reply_to_message?.from?.id === ctx.me.id) return true;
  const username = ctx.me.username.toLowerCase();
  return (msg.entities ?? []).some(
    (e) => e.type === "mention" && (msg.text ?? "").slice(e.offset + 1, e.offset + e.length).toLowerCase() === username,
  );
}
