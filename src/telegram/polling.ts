import { GrammyError, type Bot, type Context } from "grammy";
import type { Logger } from "../log/logger.js";
import { registerCommands } from "./menu.js";

/** Update kinds the bot asks Telegram for (my_chat_member: added to or removed from chats). */
export const ALLOWED_UPDATES = ["message", "callback_query", "inline_query", "my_chat_member"] as const;

/**
 * Long polling with a clean start and stop: getMe (within a time limit), the command menu
 * (a failure there is only logged), then polling until `stop()`. `stop()` may come at any
 * moment, even before polling has started, and waits for the update being handled.
 */
export class Polling {
  private stopped = false;
  private readonly abort = new AbortController();
  private done?: Promise<void>;

  constructor(
    private readonly bot: Bot<Context>,
    private readonly log: Logger,
    private readonly startupTimeoutMs = 30_000,
  ) {}

  /** Resolves when polling has stopped; rejects (with a one-line reason) when Telegram refuses the bot. */
  run(): Promise<void> {
    this.done ??= this.poll();
    return this.done;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.abort.abort();
    if (this.bot.isRunning()) {
      try {
        await this.bot.stop();
      } catch (err) {
        this.log.warn({ err }, "could not confirm the last updates while stopping");
      }
    }
    await this.done?.catch(() => undefined);
  }

  private async poll(): Promise<void> {
    try {
      await this.init();
      if (this.stopped) return;
      await registerCommands(this.bot.api, this.log);
      if (this.stopped) return;
      await this.bot.start({
        allowed_updates: ALLOWED_UPDATES,
        drop_pending_updates: false,
        onStart: (me) => this.log.info({ username: me.username }, "bot running on Telegram (long polling)"),
      });
    } catch (err) {
      if (this.stopped) return;
      throw new Error(describe(err), { cause: err });
    }
  }

  /** getMe, given up after startupTimeoutMs (auto-retry would otherwise wait for the network forever). */
  private async init(): Promise<void> {
    const timer = setTimeout(() => this.abort.abort(), this.startupTimeoutMs);
    try {
      // grammY types its signal with the abort-controller shim; a native AbortSignal works the same
      await this.bot.init(this.abort.signal as Parameters<Bot<Context>["init"]>[0]);
    } catch (err) {
      if (!this.stopped && !(err instanceof GrammyError)) throw new Error(`could not reach the Bot API within ${Math.round(this.startupTimeoutMs / 1000)} s`, { cause: err });
      throw err;
    } finally {
      clearTimeout(timer);
    }
  }
}

function describe(err: unknown): string {
  if (err instanceof GrammyError) {
    if (err.error_code === 401) return "Telegram refused BOT_TOKEN (401 Unauthorized): copy the token from @BotFather again";
    if (err.error_code === 404) return "The Bot API answered 404 Not Found: check TELEGRAM_API_ROOT and BOT_TOKEN";
    if (err.error_code === 409) return `Another instance of this bot is already running (409 Conflict: ${err.description})`;
    return `Telegram refused ${err.method}: ${err.error_code} ${err.description}`;
  }
  return err instanceof Error ? err.message : String(err);
}
