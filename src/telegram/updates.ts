import { BotError, type Bot, type Context } from "grammy";
import type { Update } from "grammy/types";
import type { Logger } from "../log/logger.js";
import { MemoryUpdateJournal, REMEMBER_MS, type UpdateJournal } from "../storage/update-journal.js";
import { SendCancelled } from "./limiter.js";

export interface UpdateProcessorOptions {
  log: Logger;
  /** Where received and finished updates are recorded (default: in memory). */
  journal?: UpdateJournal;
  /** Gives up the sends still waiting (Outgoing.cancelWaits) when the grace time is over. */
  cancelWaits?: () => void;
  /** The journal could not be written: storage is failing. */
  onStorageFailure?: (err: unknown) => void;
  now?: () => number;
}

const PRUNE_EVERY_MS = 60 * 60 * 1000;

/**
 * Takes updates from Telegram (long polling or webhook) and hands them to the bot, many at
 * once (the bot's middleware keeps each chat in order). Each update is recorded in the
 * journal before Telegram learns it arrived and marked done once handled, so:
 * - one delivered twice (a webhook retry, a restart) is handled once;
 * - `drain()` stops taking updates and finishes those in hand; one that cannot finish in the
 *   grace time (a reply waiting out a long 429) stays recorded and `resume()` takes it up
 *   again after the restart.
 */
export class UpdateProcessor {
  private readonly inHand = new Map<number, Promise<void>>();
  private readonly journal: UpdateJournal;
  private readonly now: () => number;
  private readonly listeners: ((updateId: number) => void)[] = [];
  private stopping = false;
  private lastPrune = 0;
  private storageFailed = false;

  constructor(
    private readonly bot: Bot<Context>,
    private readonly options: UpdateProcessorOptions,
  ) {
    this.journal = options.journal ?? new MemoryUpdateJournal();
    this.now = options.now ?? Date.now;
  }

  /** Updates being handled now. */
  get size(): number {
    return this.inHand.size;
  }

  get accepting(): boolean {
    return !this.stopping;
  }

  /** Calls `listener` with each update's id once it is handled (or left for the next start). */
  onSettled(listener: (updateId: number) => void): void {
    this.listeners.push(listener);
  }

  /** Records the updates not seen before and returns them (to hand to `handle`); drops duplicates. */
  accept(updates: readonly Update[]): Update[] {
    const now = this.now();
    if (now - this.lastPrune > PRUNE_EVERY_MS) {
      this.lastPrune = now;
      this.journal.prune(now - REMEMBER_MS);
    }
    const fresh = this.journal.receive(updates, now);
    const dropped = updates.length - fresh.length;
    if (dropped > 0)
      this.options.log.info(
        { updates: dropped },
        "update delivered again; already handled, skipped",
      );
    return fresh;
  }

  /** Accepts one update and handles it in the background; false when it was seen before. */
  take(update: Update): boolean {
    const [fresh] = this.accept([update]);
    if (!fresh) return false;
    void this.handle(fresh);
    return true;
  }

  /** Takes up again the updates an earlier run recorded but did not finish, oldest first. */
  resume(): number {
    const left = this.journal.unfinished().filter((u) => !this.inHand.has(u.update_id));
    if (left.length > 0)
      this.options.log.info(
        { updates: left.length },
        "finishing updates received before the restart",
      );
    for (const u of left) void this.handle(u);
    return left.length;
  }

  /** Handles an accepted update; resolves when it is finished (never rejects). */
  handle(update: Update): Promise<void> {
    const id = update.update_id;
    const running = this.inHand.get(id);
    if (running) return running;
    const task = this.run(update).finally(() => {
      this.inHand.delete(id);
      for (const l of this.listeners) l(id);
    });
    this.inHand.set(id, task);
    return task;
  }

  /**
   * Stops taking updates and waits for those in hand; after `graceMs`, sends still waiting
   * are given up and their updates stay recorded for the next start.
   */
  async drain(graceMs: number): Promise<void> {
    this.stopping = true;
    if (this.inHand.size === 0) return;
    this.options.log.info({ updates: this.inHand.size }, "finishing the updates in hand");
    const settled = () => Promise.allSettled([...this.inHand.values()]).then(() => true);
    if (await Promise.race([settled(), delay(graceMs, false)])) return;
    this.options.log.warn(
      { updates: this.inHand.size },
      "updates not finished in time; they are taken up again after the restart",
    );
    this.options.cancelWaits?.();
    await Promise.race([settled(), delay(2000, false)]);
  }

  private async run(update: Update): Promise<void> {
    try {
      await this.bot.handleUpdate(update);
    } catch (err) {
      if (this.stopping && cancelled(err)) return; // left in the journal: finished after the restart
      try {
        await this.bot.errorHandler(
          err instanceof BotError
            ? (err as BotError<Context>)
            : new BotError<Context>(err, undefined as never),
        );
      } catch (again) {
        this.options.log.error(
          { err: again, updateId: update.update_id },
          "the error handler failed",
        );
      }
    }
    try {
      this.journal.done(update.update_id, this.now());
    } catch (err) {
      if (this.storageFailed) return;
      this.storageFailed = true;
      this.options.log.fatal(
        { err, updateId: update.update_id },
        "could not record a handled update in the database",
      );
      this.options.onStorageFailure?.(err);
    }
  }
}

function cancelled(err: unknown): boolean {
  return (
    err instanceof SendCancelled || (err instanceof BotError && err.error instanceof SendCancelled)
  );
}

function delay<T>(ms: number, value: T): Promise<T> {
  return new Promise((resolve) => setTimeout(() => resolve(value), ms).unref());
}
