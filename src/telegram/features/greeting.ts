import { Composer, type Context } from "grammy";
import type { ChatMember } from "grammy/types";
import { groupGreeting } from "../../answers/help.js";
import type { Logger } from "../../log/logger.js";
import type { ButtonCommands } from "../keyboard.js";
import { isChatUnavailable, sendReplies } from "../send.js";

export interface GreetingDeps {
  buttons: ButtonCommands;
  log: Logger;
}

/** In the chat (a member, an administrator, or restricted but still a member). */
function isIn(member: ChatMember): boolean {
  return (
    member.status === "member" ||
    member.status === "administrator" ||
    member.status === "creator" ||
    (member.status === "restricted" && member.is_member)
  );
}

/**
 * One short greeting when the bot is added to a group (my_chat_member: from out of the
 * chat to in it) — not when it is promoted or its rights change.
 */
export function greetingFeature(deps: GreetingDeps): Composer<Context> {
  const feature = new Composer<Context>();
  feature.on("my_chat_member", async (ctx, next) => {
    const update = ctx.myChatMember;
    const group = update.chat.type === "group" || update.chat.type === "supergroup";
    if (group && !isIn(update.old_chat_member) && isIn(update.new_chat_member)) {
      try {
        await sendReplies(
          ctx.api,
          { chatId: update.chat.id },
          [groupGreeting(ctx.me.username)],
          deps.buttons,
          deps.log,
        );
      } catch (err) {
        if (!isChatUnavailable(err)) throw err;
        deps.log.info({ chatId: update.chat.id }, "could not greet the group (no right to post)");
      }
    }
    await next();
  });
  return feature;
}
