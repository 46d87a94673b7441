import { Composer, type Context } from "grammy";
import type { Logger } from "../../log/logger.js";
import type { DigestStore } from "../../storage/digest-store.js";

export interface GroupLifeDeps {
  store: DigestStore;
  log: Logger;
  now: () => number;
  onChange?: () => void;
}

/**
 * The chat's life as it affects its digest: the bot removed or blocked → the digest is
 * switched off with the reason; a group upgraded to a supergroup → the digest moves to the
 * new chat id.
 */
export function groupLifeFeature(deps: GroupLifeDeps): Composer<Context> {
  const feature = new Composer<Context>();

  feature.on("my_chat_member", async (ctx, next) => {
    const update = ctx.myChatMember;
    const status = update.new_chat_member.status;
    if (status === "left" || status === "kicked") {
      const reason = update.chat.type === "private" ? "blocked" : "removed";
      if (deps.store.subscription(update.chat.id)?.enabled) {
        deps.store.disable(update.chat.id, reason, deps.now(), `bot status is now "${status}"`);
        deps.log.info({ chatId: update.chat.id, status }, "digest switched off: bot left the chat");
        deps.onChange?.();
      }
    }
    await next();
  });

  feature.on("message:migrate_to_chat_id", async (ctx, next) => {
    move(deps, ctx.chat.id, ctx.message.migrate_to_chat_id);
    await next();
  });

  feature.on("message:migrate_from_chat_id", async (ctx, next) => {
    move(deps, ctx.message.migrate_from_chat_id, ctx.chat.id);
    await next();
  });

  return feature;
}

function move(deps: GroupLifeDeps, from: number, to: number): void {
  if (deps.store.moveChat(from, to, deps.now())) {
    deps.log.info({ from, to }, "group became a supergroup; digest moved to the new chat id");
    deps.onChange?.();
  }
}
