import { Composer, type Context } from "grammy";
import { parseCommand } from "../../answers/command.js";
import { FEED_USAGE, feedListReply, notReadReply } from "../../answers/intake.js";
import { reply, text, type Reply } from "../../answers/reply.js";
import { stateOf, type FeedPoller } from "../../library/feed-poller.js";
import type { Logger } from "../../log/logger.js";
import { linkArgument } from "../../sources/links.js";
import type { ChatSourceStore } from "../../storage/chat-sources.js";
import type { ButtonCommands } from "../keyboard.js";
import { replyTargetOf, sendReplies } from "../send.js";
import { senderIsAdmin } from "./admin.js";

export interface FeedsDeps {
  poller: FeedPoller;
  store: ChatSourceStore;
  buttons: ButtonCommands;
  log: Logger;
}

const ADMINS_ONLY = "Only administrators can add or remove this group's news feeds.";
const CHECK_FAILED = "I could not check who may change the feeds just now. Please try again.";

/**
 * `/feed` (the chat's feeds, with remove buttons), `/feed add <link>`, `/feed remove N`;
 * in groups only administrators add or remove, by command or button. Register before the
 * answers feature.
 */
export function feedsFeature(deps: FeedsDeps): Composer<Context> {
  const feature = new Composer<Context>();

  feature.on("message:text", async (ctx, next) => {
    const command = parseCommand(ctx.message.text);
    if (!command || command.name !== "feed") return next();
    if (command.target && command.target.toLowerCase() !== ctx.me.username.toLowerCase()) return;
    const msg = ctx.message;
    const replies = await feedCommand(ctx, deps, command.args);
    await sendReplies(ctx.api, replyTargetOf(msg), replies, deps.buttons, deps.log);
  });

  // the list's remove buttons: checked here, as a typed command would be
  feature.on("callback_query:data", async (ctx, next) => {
    const press = deps.buttons.decode(ctx.callbackQuery.data);
    const command = press && parseCommand(press.command);
    if (!command || command.name !== "feed" || !ctx.chat) return next();
    const replies = await feedCommand(ctx, deps, command.args);
    await ctx
      .answerCallbackQuery()
      .catch((err: unknown) => deps.log.debug({ err }, "could not answer the callback query"));
    const origin = ctx.callbackQuery.message;
    await sendReplies(
      ctx.api,
      { chatId: ctx.chat.id, replyTo: origin && origin.date !== 0 ? origin.message_id : undefined },
      replies,
      deps.buttons,
      deps.log,
    );
  });

  return feature;
}

async function feedCommand(ctx: Context, deps: FeedsDeps, args: string): Promise<Reply[]> {
  const chatId = ctx.chat!.id;
  const words = args.trim().split(/\s+/).filter(Boolean);
  const verb = (words[0] ?? "").toLowerCase();
  if (verb === "" || verb === "list") return [listReply(deps, chatId)];
  if (verb !== "add" && verb !== "remove") return [reply(text(FEED_USAGE))];
  const admin = await senderIsAdmin(ctx, deps.log);
  if (admin === undefined) return [reply(text(CHECK_FAILED))];
  if (!admin) return [reply(text(ADMINS_ONLY))];
  if (verb === "add") {
    const rest = words.slice(1).join(" ");
    const link = linkArgument(rest) ?? (/^https?:\/\//i.test(rest) ? rest : undefined);
    if (!link) return [reply(text(FEED_USAGE))];
    const added = await deps.poller.add(chatId, link);
    if (!added.ok) return [notReadReply("that feed", added.reason)];
    const name = added.title ? `“${added.title}”` : added.url;
    return [
      reply(
        text(
          added.already
            ? `This chat follows ${name} already.`
            : `Following ${name}. Its new articles will appear in /articles.`,
        ),
      ),
    ];
  }
  const feeds = deps.store.feeds(chatId);
  const n = Number(words[1]);
  const feed = /^\d{1,4}$/.test(words[1] ?? "") ? feeds[n - 1] : undefined;
  if (!feed || words.length !== 2)
    return [
      reply(
        text(
          feeds.length === 0
            ? "This chat follows no news feeds."
            : `Use /feed remove N, N from 1 to ${feeds.length} (send /feed to see them).`,
        ),
      ),
    ];
  deps.store.removeFeed(chatId, feed.url);
  return [
    reply(
      text(
        `Stopped following ${feed.title ? `“${feed.title}”` : feed.url}. Its articles stay until removed.`,
      ),
    ),
  ];
}

function listReply(deps: FeedsDeps, chatId: number): Reply {
  return feedListReply(
    deps.store.feeds(chatId).map((f) => {
      const state = stateOf(f);
      return { url: f.url, title: f.title, failures: state.failures, lastError: state.lastError };
    }),
  );
}
