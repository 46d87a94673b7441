import { autoRetry } from "@grammyjs/auto-retry";
import { Bot, type Context } from "grammy";
import type { AnswerContext } from "../answers/context.js";
import type { Logger } from "../log/logger.js";
import { answersFeature } from "./features/answers.js";
import { ButtonCommands } from "./keyboard.js";

export interface BotDeps {
  apiRoot: string;
  context: () => AnswerContext;
  log: Logger;
}

/** Builds the grammY bot from its dependencies; starting and stopping it is the caller's. */
export function createBot(token: string, deps: BotDeps): Bot<Context> {
  const bot = new Bot<Context>(token, { client: { apiRoot: deps.apiRoot } });
  bot.api.config.use(autoRetry({ maxRetryAttempts: 5, maxDelaySeconds: 60, rethrowInternalServerErrors: false }));

  const buttons = new ButtonCommands();
  bot.use(answersFeature({ context: deps.context, buttons, log: deps.log }));

  bot.catch((err) => {
    deps.log.error({ err: err.error, updateId: err.ctx.update.update_id }, "update failed");
  });
  return bot;
}
