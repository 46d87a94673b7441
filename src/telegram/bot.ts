import { sequentialize } from "@grammyjs/runner";
import { Bot, type Context } from "grammy";
import type { AnswerContext } from "../answers/context.js";
import type { Logger } from "../log/logger.js";
import { answersFeature } from "./features/answers.js";
import { greetingFeature } from "./features/greeting.js";
import { inlineFeature } from "./features/inline.js";
import type { DigestBotDeps } from "../digest/service.js";
import { digestFeatures } from "./features/digest.js";
import { ButtonCommands } from "./keyboard.js";
import type { ChatArticles } from "../library/chat-articles.js";
import type { FeedPoller } from "../library/feed-poller.js";
import type { ChatSourceStore } from "../storage/chat-sources.js";
import { articlesInFeature } from "./features/articles-in.js";
import { feedsFeature } from "./features/feeds.js";
import { Outgoing } from "./outgoing.js";
import { showTyping } from "./typing.js";

export interface BotDeps {
  apiRoot: string;
  /** The answer context of a chat (the shared articles and its own); without a chat, the shared one. */
  context: (chatId?: number) => AnswerContext;
  log: Logger;
  /** Articles chats bring (links, text) and the feeds they follow; without it links are questions like any text. */
  intake?: { articles: ChatArticles; feeds?: { poller: FeedPoller; store: ChatSourceStore } };
  /** Daily digests with their storage; without it /digest only explains where digests live. */
  digest?: DigestBotDeps;
  /** The outgoing budget every call goes through (default: a new one). */
  outgoing?: Outgoing;
  /** Answers are slow just now (articles still loading): show "typing…" at once. */
  busy?: () => boolean;
  /** Longest wait for an answer from the Bot API, seconds (default 75; see createBot). */
  timeoutSeconds?: number;
}

/** Builds the grammY bot from its dependencies; starting and stopping it is the caller's. */
export function createBot(token: string, deps: BotDeps): Bot<Context> {
  // timeoutSeconds: well above the longest Telegram takes to answer a send (a few seconds at
  // worst; long polls are cut sooner by Polling), so a time-out means the request is lost,
  // not slow — and a message whose outcome is unknown is not sent again (see Outgoing)
  const bot = new Bot<Context>(token, {
    client: { apiRoot: deps.apiRoot, timeoutSeconds: deps.timeoutSeconds ?? 75 },
  });
  // one outgoing budget for replies and digests; 429s, 5xx and the network handled there
  bot.api.config.use((deps.outgoing ?? new Outgoing({ log: deps.log })).transformer);

  // many chats at once, each chat's updates in order (and a user's inline queries in order)
  bot.use(
    sequentialize(
      (ctx) =>
        (ctx.chat ? `chat:${ctx.chat.id}` : ctx.from ? `user:${ctx.from.id}` : undefined) ?? [],
    ),
  );
  bot.use(showTyping({ log: deps.log, busy: deps.busy }));

  const buttons = new ButtonCommands();
  // /digest and chat membership first: the answers feature only explains /digest.
  if (deps.digest)
    bot.use(digestFeatures({ ...deps.digest, context: deps.context, buttons, log: deps.log }));
  bot.use(greetingFeature({ buttons, log: deps.log }));
  if (deps.intake?.feeds) bot.use(feedsFeature({ ...deps.intake.feeds, buttons, log: deps.log }));
  if (deps.intake)
    bot.use(
      articlesInFeature({
        articles: deps.intake.articles,
        context: deps.context,
        buttons,
        log: deps.log,
      }),
    );
  bot.use(inlineFeature({ context: () => deps.context(), log: deps.log }));
  bot.use(answersFeature({ context: deps.context, buttons, log: deps.log }));

  // Error boundary: a failing update is logged and the bot goes on with the others.
  bot.catch((err) => {
    const update = err.ctx.update;
    deps.log.error(
      {
        err: err.error,
        updateId: update.update_id,
        kind: Object.keys(update).find((k) => k !== "update_id"),
      },
      "update failed",
    );
  });
  return bot;
}
