import {
  createConcurrentSink,
  createRunner,
  createSource,
  type RunnerHandle,
} from "@grammyjs/runner";
import { GrammyError, type Bot, type Context } from "grammy";
import type { Update } from "grammy/types";
import type { Logger } from "../log/logger.js";
import { connect, describeStartError, type Signal } from "./connect.js";
import { CORE_COMMANDS } from "../answers/commands.js";
import type { CommandSpec } from "../answers/spec.js";
import { registerCommands } from "./menu.js";
import type { Abortable } from "./limiter.js";
import type { Outgoing } from "./outgoing.js";
import { UpdateProcessor } from "./updates.js";

/** Update kinds the bot asks Telegram for (my_chat_member: added to or removed from chats). */
export const ALLOWED_UPDATES = [
  "message",
  "edited_message",
  "callback_query",
  "inline_query",
  "my_chat_member",
] as const;

export interface PollingOptions {
  /** Takes the fetched updates (default: one with an in-memory journal). */
  updates?: UpdateProcessor;
  /** Told when a long poll gets no answer at all (Telegram unreachable). */
  outgoing?: Outgoing;
  /** Long-poll time-out, seconds (default 20). A poll with no answer 8 s after that counts as Telegram unreachable. */
  pollSeconds?: number;
  /** How long stop() lets the updates in hand finish, ms (default 8000). */
  graceMs?: number;
  /** The command menu to register (default: the core's commands). */
  commands?: readonly CommandSpec[];
}

/**
 * Long polling with a clean start and stop: getMe (within a time limit), the command menu
 * (a failure there is only logged), then @grammyjs/runner fetching updates while earlier
 * ones are still being handled — many chats at once, each in order (the bot's
 * sequentialize middleware). Fetched updates go to the UpdateProcessor, which records them
 * before the next getUpdates confirms them to Telegram. `stop()` may come at any moment,
 * even before polling has started: it stops fetching, finishes the updates in hand and
 * confirms them.
 */
export class Polling {
  private stopped = false;
  private readonly abort = new AbortController();
  private done?: Promise<void>;
  private stopping?: Promise<void>;
  private runner?: RunnerHandle;
  private offset = 0;
  /** The last poll got no answer at all. */
  private silent = false;
  readonly updates: UpdateProcessor;
  private readonly pollSeconds: number;

  constructor(
    private readonly bot: Bot<Context>,
    private readonly log: Logger,
    private readonly startupTimeoutMs = 30_000,
    private readonly options: PollingOptions = {},
  ) {
    this.updates = options.updates ?? new UpdateProcessor(bot, { log });
    this.pollSeconds = options.pollSeconds ?? 20;
  }

  /** Resolves when polling has stopped; rejects (with a one-line reason) when Telegram refuses the bot. */
  run(): Promise<void> {
    this.done ??= this.poll();
    return this.done;
  }

  /** Idempotent: a second call waits for the first. */
  stop(): Promise<void> {
    this.stopping ??= (async () => {
      this.stopped = true;
      this.abort.abort();
      const runner = this.runner;
      if (runner?.isRunning()) await runner.stop()?.catch(() => undefined);
      await this.updates.drain(this.options.graceMs ?? 8000);
      if (runner) await this.confirm();
      await this.done?.catch(() => undefined);
    })();
    return this.stopping;
  }

  private async poll(): Promise<void> {
    try {
      await connect(this.bot, this.abort, this.startupTimeoutMs);
      if (this.stopped) return;
      await this.bot.api.deleteWebhook(
        { drop_pending_updates: false },
        this.abort.signal as Signal,
      );
      await registerCommands(this.bot.api, this.log, this.options.commands ?? CORE_COMMANDS);
      if (this.stopped) return;
      this.updates.resume();
      const sink = createConcurrentSink<Update>(
        { consume: (u) => this.updates.handle(u) },
        async () => undefined,
      );
      const runner = createRunner(
        createSource<Update>({ supply: (size, signal) => this.fetch(size, signal) }),
        sink,
      );
      this.runner = runner;
      runner.start();
      this.log.info(
        { username: this.bot.botInfo.username },
        "bot running on Telegram (long polling)",
      );
      await runner.task();
    } catch (err) {
      if (this.stopped) return;
      throw new Error(describeStartError(err), { cause: err });
    }
  }

  /**
   * One getUpdates, retried until it answers: the offset confirms every update fetched
   * before (they are recorded and in hand). A poll with no answer in time is reported as
   * Telegram being unreachable and tried again.
   */
  private async fetch(batchSize: number, stop: Abortable): Promise<Update[]> {
    for (;;) {
      // after a poll that got no answer, short probes (no long-poll wait) notice the way back soon
      const wait = this.silent ? 0 : this.pollSeconds;
      const giveUp = wait + (this.silent ? 5 : 8);
      const call = new AbortController();
      const cancel = () => call.abort();
      stop.addEventListener("abort", cancel);
      const timer = setTimeout(cancel, giveUp * 1000);
      try {
        const updates = await this.bot.api.getUpdates(
          {
            offset: this.offset,
            limit: Math.max(1, Math.min(100, batchSize)),
            timeout: wait,
            allowed_updates: ALLOWED_UPDATES,
          },
          call.signal as Signal,
        );
        this.silent = false;
        this.options.outgoing?.markReachable();
        const last = updates.at(-1);
        if (last) this.offset = last.update_id + 1;
        return this.updates.accept(updates);
      } catch (err) {
        if (stop.aborted) throw err;
        if (err instanceof GrammyError && (err.error_code === 401 || err.error_code === 409))
          throw err;
        if (call.signal.aborted) {
          this.silent = true;
          this.options.outgoing?.markUnreachable(`no answer to getUpdates within ${giveUp} s`);
        } else {
          this.log.warn({ err }, "getUpdates failed; trying again");
          await new Promise<void>((resolve) => {
            const t = setTimeout(resolve, 3000);
            stop.addEventListener("abort", () => (clearTimeout(t), resolve()));
          });
        }
      } finally {
        clearTimeout(timer);
        stop.removeEventListener("abort", cancel);
      }
    }
  }

  /** Tells Telegram that the updates fetched so far are taken care of (as grammY's own stop does). */
  private async confirm(): Promise<void> {
    try {
      await this.bot.api.getUpdates({ offset: this.offset, limit: 1, timeout: 0 });
    } catch (err) {
      this.log.warn({ err }, "could not confirm the last updates while stopping");
    }
  }
}
