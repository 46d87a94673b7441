import { autoRetry } from "@grammyjs/auto-retry";
import { Bot, type Context } from "grammy";
import type { AnswerContext } from "../answers/context.js";
import type { Logger } from "../log/logger.js";
import { answersFeature } from "./features/answers.js";
import { inlineFeature } from "./features/inline.js";
import { digestFeatures, type DigestBotDeps } from "./features/digest.js";
import { ButtonCommands } from "./keyboard.js";

export interface BotDeps {
  apiRoot: string;
  context: () => AnswerContext;
  log: Logger;
  /** Daily digests with their storage; without it /digest only explains where digests live. */
  digest?: DigestBotDeps;
}

/** Builds the grammY bot from its dependencies; starting and stopping it is the caller's. */
export function createBot(token: string, deps: BotDeps): Bot<Context> {
  // timeoutSeconds: a hung request fails (and is retried) instead of blocking updates for grammY's default 500 s
  const bot = new Bot<Context>(token, { client: { apiRoot: deps.apiRoot, timeoutSeconds: 75 } });
  // 429: wait retry_after (≤ 60 s) and retry; 5xx: back off 3 s, 6 s, … (5 times at most);
  // network errors: back off and retry until the network is back
  bot.api.config.use(autoRetry({ maxRetryAttempts: 5, maxDelaySeconds: 60, rethrowInternalServerErrors: false }));

  const buttons = new ButtonCommands();
  // /digest and chat membership first: the answers feature only explains /digest.
  if (deps.digest) bot.use(digestFeatures({ ...deps.digest, context: deps.context, buttons, log: deps.log }));
  bot.use(inlineFeature({ context: deps.context, log: deps.log }));
  bot.use(answersFeature({ context: deps.context, buttons, log: deps.log }));

  // Error boundary: a failing update is logged and polling goes on with the next one.
  bot.catch((err) => {
    const update = err.ctx.update;
    deps.log.error({ err: err.error, updateId: update.update_id, kind: Object.keys(update).find((k) => k !== "update_id") }, "update failed");
  });
  return bot;
}
