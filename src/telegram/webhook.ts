import type { Bot, Context } from "grammy";
import type { Logger } from "../log/logger.js";
import { connect, describeStartError, type Signal } from "./connect.js";
import { startHttpServer, type HealthReport, type HttpService } from "./http.js";
import { CORE_COMMANDS } from "../answers/commands.js";
import type { CommandSpec } from "../answers/spec.js";
import { registerCommands } from "./menu.js";
import type { Outgoing } from "./outgoing.js";
import { ALLOWED_UPDATES } from "./polling.js";
import { UpdateProcessor } from "./updates.js";

export interface WebhookOptions {
  /** The public https URL Telegram posts to (WEBHOOK_URL). */
  url: string;
  /** Sent back by Telegram in X-Telegram-Bot-Api-Secret-Token (WEBHOOK_SECRET). */
  secret: string;
  /** Path served locally (WEBHOOK_PATH); a reverse proxy maps the public URL to it. */
  path: string;
  port: number;
  host?: string;
  health: () => HealthReport;
  updates?: UpdateProcessor;
  startupTimeoutMs?: number;
  /** Told when the Bot API cannot be reached or is back (probed every `probeSeconds`). */
  outgoing?: Outgoing;
  /** How often to ask Telegram about the webhook, seconds (default 20). */
  probeSeconds?: number;
  /** How long stop() lets the updates in hand finish, ms (default 8000). */
  graceMs?: number;
  /** The command menu to register (default: the core's commands). */
  commands?: readonly CommandSpec[];
}

/**
 * Webhook mode: getMe, the command menu, the HTTP server (webhook path and /healthz), then
 * setWebhook with the secret and the update kinds the bot handles. Updates are recorded and
 * answered 200 at once, handled in the background (see UpdateProcessor). `stop()` stops
 * taking requests and finishes the updates in hand; the webhook stays set, so Telegram keeps
 * what arrives meanwhile until the bot is back.
 */
export class Webhook {
  readonly updates: UpdateProcessor;
  private readonly abort = new AbortController();
  private stopped = false;
  private server?: HttpService;
  private done?: Promise<void>;
  private stopping?: Promise<void>;
  private release?: () => void;
  private lastErrorDate?: number;

  constructor(
    private readonly bot: Bot<Context>,
    private readonly log: Logger,
    private readonly options: WebhookOptions,
  ) {
    this.updates = options.updates ?? new UpdateProcessor(bot, { log });
  }

  /** The port the server listens on, once it does. */
  get port(): number | undefined {
    return this.server?.port;
  }

  /** Resolves when stopped; rejects (one-line reason) when Telegram refuses the bot or the port is taken. */
  run(): Promise<void> {
    this.done ??= this.serve();
    return this.done;
  }

  /** Idempotent: a second call waits for the first. */
  stop(): Promise<void> {
    this.stopping ??= (async () => {
      this.stopped = true;
      this.abort.abort();
      await this.server?.close();
      await this.updates.drain(this.options.graceMs ?? 8000);
      this.release?.();
      await this.done?.catch(() => undefined);
    })();
    return this.stopping;
  }

  /**
   * getWebhookInfo: no answer within 8 s means the Bot API cannot be reached (the bot only
   * calls it otherwise when it answers someone); an error Telegram reports about delivering
   * to the webhook is logged once.
   */
  private async probe(): Promise<void> {
    const call = new AbortController();
    const timer = setTimeout(() => call.abort(), 8000);
    try {
      const info = await this.bot.api.getWebhookInfo(call.signal as Signal);
      this.options.outgoing?.markReachable();
      if (info.last_error_date && info.last_error_date !== this.lastErrorDate) {
        this.lastErrorDate = info.last_error_date;
        this.log.warn(
          { error: info.last_error_message, pending: info.pending_update_count },
          "Telegram reports it could not deliver to the webhook",
        );
      }
    } catch (err) {
      if (call.signal.aborted)
        this.options.outgoing?.markUnreachable("no answer to getWebhookInfo within 8 s");
      else this.log.debug({ err }, "getWebhookInfo failed");
    } finally {
      clearTimeout(timer);
    }
  }

  private async serve(): Promise<void> {
    const { options, log } = this;
    try {
      await connect(this.bot, this.abort, options.startupTimeoutMs ?? 30_000);
      if (this.stopped) return;
      await registerCommands(this.bot.api, log, options.commands ?? CORE_COMMANDS);
      if (this.stopped) return;
      this.updates.resume();
      this.server = await startHttpServer({
        port: options.port,
        host: options.host,
        log,
        health: options.health,
        webhook: {
          path: options.path,
          secret: options.secret,
          receive: (update) => {
            if (!this.updates.accepting) return "stopping";
            return this.updates.take(update) ? "accepted" : "duplicate";
          },
        },
      });
      if (this.stopped) return await this.server.close();
      await this.bot.api.setWebhook(
        options.url,
        {
          secret_token: options.secret,
          allowed_updates: ALLOWED_UPDATES,
          drop_pending_updates: false,
        },
        this.abort.signal as Signal,
      );
      log.info(
        {
          username: this.bot.botInfo.username,
          url: options.url,
          port: this.server.port,
          path: options.path,
        },
        "bot running on Telegram (webhook)",
      );
      const probe = setInterval(() => void this.probe(), (options.probeSeconds ?? 20) * 1000);
      probe.unref();
      await new Promise<void>((resolve) => {
        this.release = () => {
          clearInterval(probe);
          resolve();
        };
        if (this.stopped) this.release();
      });
    } catch (err) {
      if (this.stopped) return;
      await this.server?.close();
      throw new Error(describeStartError(err), { cause: err });
    }
  }
}
