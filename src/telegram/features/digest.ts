import { Composer, type Context } from "grammy";
import { parseCommand } from "../../answers/command.js";
import type { AnswerContext } from "../../answers/context.js";
import { reply, text } from "../../answers/reply.js";
import {
  runDigestCommand,
  type DigestBotDeps,
  type DigestServiceDeps,
} from "../../digest/service.js";
import type { Logger } from "../../log/logger.js";
import type { ButtonCommands } from "../keyboard.js";
import { replyTargetOf, sendReplies } from "../send.js";
import { digestButtonsFeature, isAdministrator } from "./digest-buttons.js";
import { groupLifeFeature } from "./group-life.js";

/** Group life (removed, blocked, upgraded) and /digest; register before the answers feature. */
export function digestFeatures(
  deps: DigestBotDeps & {
    context: (chatId?: number) => AnswerContext;
    buttons: ButtonCommands;
    log: Logger;
  },
): Composer<Context> {
  const feature = new Composer<Context>();
  feature.use(
    groupLifeFeature({ store: deps.store, log: deps.log, now: deps.now, onChange: deps.onChange }),
  );
  const analyses = (chatId: number) => deps.context(chatId).library.list();
  feature.use(digestFeature({ ...deps, analyses }));
  feature.use(digestButtonsFeature({ ...deps, analyses }));
  return feature;
}

export interface DigestFeatureDeps extends DigestServiceDeps {
  buttons: ButtonCommands;
  log: Logger;
}

/** Telegram's account for messages sent by anonymous group administrators. */
const ANONYMOUS_ADMIN = "GroupAnonymousBot";

/**
 * /digest with storage behind it. Registered before the general answers feature, which
 * only explains digests (the core has no storage). Anyone may see the status; in groups
 * only administrators may change it.
 */
export function digestFeature(deps: DigestFeatureDeps): Composer<Context> {
  const feature = new Composer<Context>();
  feature.on("message:text", async (ctx, next) => {
    const command = parseCommand(ctx.message.text);
    if (!command || command.name !== "digest") return next();
    if (command.target && command.target.toLowerCase() !== ctx.me.username.toLowerCase()) return;
    const chat = ctx.chat;
    const msg = ctx.message;
    let replies;
    try {
      replies = await runDigestCommand(
        {
          chatId: chat.id,
          args: command.args,
          group: chat.type !== "private",
          isAdmin: () => isChatAdmin(ctx, deps.log),
        },
        deps,
      );
    } catch (err) {
      deps.log.error({ err, chatId: chat.id }, "digest command failed");
      replies = [
        reply(
          text(
            "Sorry, I could not read or save the digest setting just now (storage problem); nothing was changed. Please try again later.",
          ),
        ),
      ];
    }
    await sendReplies(ctx.api, replyTargetOf(msg), replies, deps.buttons, deps.log);
  });
  return feature;
}

/**
 * Is the sender an administrator of this chat? Messages sent on behalf of the group itself
 * (anonymous admins) count; a message posted as some other channel does not. Undefined when
 * Telegram could not be asked.
 */
export async function isChatAdmin(ctx: Context, log: Logger): Promise<boolean | undefined> {
  const msg = ctx.message;
  const chat = ctx.chat;
  if (!msg || !chat) return false;
  if (msg.sender_chat) return msg.sender_chat.id === chat.id;
  if (msg.from?.username === ANONYMOUS_ADMIN) return true;
  if (!msg.from) return false;
  return isAdministrator(ctx, chat.id, msg.from.id, log);
}
