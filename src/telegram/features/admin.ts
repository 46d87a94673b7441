import type { Context } from "grammy";
import type { Logger } from "../../log/logger.js";
import { isChatAdmin } from "./digest.js";

/**
 * May the sender of this message or button press change the chat's settings? Anyone in a
 * private chat; an administrator in a group. Undefined when Telegram could not be asked.
 */
export async function senderIsAdmin(ctx: Context, log: Logger): Promise<boolean | undefined> {
  const chat = ctx.chat;
  if (!chat) return false;
  if (chat.type === "private") return true;
  if (ctx.message) return isChatAdmin(ctx, log);
  const from = ctx.callbackQuery?.from;
  if (!from) return false;
  try {
    const member = await ctx.api.getChatMember(chat.id, from.id);
    return member.status === "administrator" || member.status === "creator";
  } catch (err) {
    log.warn({ err, chatId: chat.id }, "getChatMember failed");
    return undefined;
  }
}
