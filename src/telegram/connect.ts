import { GrammyError, type Bot, type Context } from "grammy";

/** grammY types its signals with the abort-controller shim; a native AbortSignal works the same. */
export type Signal = Parameters<Bot<Context>["init"]>[0];

/**
 * getMe, given up after `startupTimeoutMs` (the network is otherwise retried for ever) or
 * when `abort` fires (a stop during start-up).
 */
export async function connect(
  bot: Bot<Context>,
  abort: AbortController,
  startupTimeoutMs: number,
): Promise<void> {
  const timer = setTimeout(() => abort.abort(), startupTimeoutMs);
  try {
    await bot.init(abort.signal as Signal);
  } catch (err) {
    if (err instanceof GrammyError || !abort.signal.aborted) throw err;
    throw new Error(`could not reach the Bot API within ${Math.round(startupTimeoutMs / 1000)} s`, {
      cause: err,
    });
  } finally {
    clearTimeout(timer);
  }
}

/** A one-line reason why the bot could not start on Telegram. */
export function describeStartError(err: unknown): string {
  if (err instanceof GrammyError) {
    if (err.error_code === 401)
      return "Telegram refused BOT_TOKEN (401 Unauthorized): copy the token from @BotFather again";
    if (err.error_code === 404)
      return "The Bot API answered 404 Not Found: check TELEGRAM_API_ROOT and BOT_TOKEN";
    if (err.error_code === 409)
      return `Another instance of this bot is already running (409 Conflict: ${err.description})`;
    return `Telegram refused ${err.method}: ${err.error_code} ${err.description}`;
  }
  return err instanceof Error ? err.message : String(err);
}
