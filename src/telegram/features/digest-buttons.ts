import { Composer, type Context } from "grammy";
import { parseCommand } from "../../answers/command.js";
import type { Reply } from "../../answers/reply.js";
import { parseDigestArgs } from "../../digest/command.js";
import { runDigestCommand, type DigestServiceDeps } from "../../digest/service.js";
import { statusButtons, statusReply, statusView } from "../../digest/status.js";
import type { Logger } from "../../log/logger.js";
import { renderMessages } from "../../render/messages.js";
import type { ButtonCommands } from "../keyboard.js";
import { editMessage, isChatUnavailable } from "../send.js";

export interface DigestButtonDeps extends DigestServiceDeps {
  buttons: ButtonCommands;
  log: Logger;
}

/** Telegram shows at most 200 characters in a callback answer. */
const ALERT_LIMIT = 200;

const NOT_ADMIN = "Only this chat's administrators can change the digest.";
const CHECK_FAILED = "I couldn't check with Telegram whether you are an administrator; try again.";
const STORAGE_FAILED = "Sorry, I could not save that just now; nothing was changed.";

/**
 * The buttons under /digest's status: on/off, earlier/later, silent, change time. In groups
 * only administrators may press them (anyone else gets a short alert); a press changes the
 * setting, confirms it in a small notice and shows the new status in place.
 */
export function digestButtonsFeature(deps: DigestButtonDeps): Composer<Context> {
  const feature = new Composer<Context>();
  feature.on("callback_query:data", async (ctx, next) => {
    const command = parseCommand(deps.buttons.decode(ctx.callbackQuery.data)?.command ?? "");
    const chat = ctx.chat;
    if (!command || command.name !== "digest" || !chat) return next();
    const group = chat.type !== "private";
    if (group) {
      const admin = await isAdministrator(ctx, chat.id, ctx.from.id, deps.log);
      if (admin !== true) return alert(ctx, deps.log, admin === false ? NOT_ADMIN : CHECK_FAILED);
    }
    const action = parseDigestArgs(command.args);
    // "Change time…" explains how to type a time; nothing changes
    if (action.kind === "invalid") return alert(ctx, deps.log, action.message);
    let replies: Reply[];
    try {
      replies = await runDigestCommand(
        { chatId: chat.id, args: command.args, group, isAdmin: () => Promise.resolve(true) },
        deps,
      );
    } catch (err) {
      deps.log.error({ err, chatId: chat.id }, "digest button failed");
      return alert(ctx, deps.log, STORAGE_FAILED);
    }
    await notice(ctx, deps.log, firstLine(replies));
    const origin = ctx.callbackQuery.message;
    if (!origin || origin.date === 0) return;
    const view = statusView(deps.store, chat.id, deps.now(), deps.defaults);
    const [status] = renderMessages({ ...statusReply(view), buttons: statusButtons(view) });
    if (!status) return;
    try {
      await editMessage(ctx.api, chat.id, origin.message_id, status, deps.buttons, deps.log);
    } catch (err) {
      if (!isChatUnavailable(err)) throw err;
    }
  });
  return feature;
}

/** Is this user an administrator of the chat? Undefined when Telegram could not be asked. */
export async function isAdministrator(
  ctx: Context,
  chatId: number,
  userId: number,
  log: Logger,
): Promise<boolean | undefined> {
  try {
    const member = await ctx.api.getChatMember(chatId, userId);
    return member.status === "administrator" || member.status === "creator";
  } catch (err) {
    log.warn({ err, chatId }, "getChatMember failed");
    return undefined;
  }
}

function firstLine(replies: Reply[]): string {
  const first = replies[0];
  return first ? (renderMessages(first)[0]?.text.split("\n")[0] ?? "") : "";
}

function clip(s: string): string {
  const chars = Array.from(s.trim());
  return chars.length <= ALERT_LIMIT
    ? chars.join("")
    : `${chars.slice(0, ALERT_LIMIT - 1).join("")}…`;
}

/** A refusal or an explanation: an alert the user must dismiss. */
async function alert(ctx: Context, log: Logger, message: string): Promise<void> {
  try {
    await ctx.answerCallbackQuery({ text: clip(message), show_alert: true });
  } catch (err) {
    log.debug({ err }, "could not answer the callback query");
  }
}

/** A confirmation: the small notice at the top of the chat. */
async function notice(ctx: Context, log: Logger, message: string): Promise<void> {
  try {
    await ctx.answerCallbackQuery(message ? { text: clip(message) } : undefined);
  } catch (err) {
    log.debug({ err }, "could not answer the callback query");
  }
}
