import type { Analysis } from "../model/analysis.js";
import type { Logger } from "../log/logger.js";
import { SqliteStore } from "../storage/store.js";
import { DigestScheduler, type Deliver } from "./scheduler.js";
import type { DigestBotDeps } from "./service.js";
import type { DigestDefaults } from "./status.js";
import { canonicalZone } from "./zone.js";

export interface DigestRuntimeOptions {
  dataDir: string;
  defaults: DigestDefaults;
  /** Longest sleep of the scheduler between two looks, seconds. */
  checkSeconds: number;
  /** The articles a chat sees now (the shared ones and its own), newest first. */
  analyses: (chatId: number) => readonly Analysis[];
  log: Logger;
  now?: () => number;
}

const READY_POLL_MS = 100;

/**
 * Daily digests in Telegram mode: the database (opened at once, so a bad DATA_DIR stops
 * start-up with a clear line), the bot's /digest dependencies, and the scheduler, started
 * once the bot has connected. stop() and close() are idempotent.
 */
export class DigestRuntime {
  readonly store: SqliteStore;
  private scheduler?: DigestScheduler;
  private waiting?: NodeJS.Timeout;
  private stopped = false;
  private readonly now: () => number;
  private readonly defaults: DigestDefaults;

  constructor(private readonly options: DigestRuntimeOptions) {
    this.store = SqliteStore.open(options.dataDir);
    this.now = options.now ?? Date.now;
    this.defaults = {
      time: options.defaults.time,
      zone: canonicalZone(options.defaults.zone) ?? "UTC",
    };
    options.log.info(
      {
        file: `${options.dataDir}/bot.db`,
        subscriptions: this.store.enabledSubscriptions().length,
      },
      "digest storage open",
    );
  }

  /** For createBot: /digest and chat membership. */
  botDeps(): DigestBotDeps {
    return {
      store: this.store,
      defaults: this.defaults,
      now: this.now,
      onChange: () => this.scheduler?.poke(),
    };
  }

  /** Starts the scheduler as soon as `ready()` (the bot knows who it is); digests go out through `deliver`. */
  start(deliver: Deliver, ready: () => boolean): void {
    if (this.stopped || this.scheduler) return;
    const { log } = this.options;
    const scheduler = new DigestScheduler({
      store: this.store,
      analyses: this.options.analyses,
      deliver,
      log,
      now: this.now,
      checkMs: this.options.checkSeconds * 1000,
    });
    const go = () => {
      this.waiting = undefined;
      if (this.stopped) return;
      if (!ready()) {
        this.waiting = setTimeout(go, READY_POLL_MS);
        return;
      }
      this.scheduler = scheduler;
      scheduler.start();
      log.info({ checkSeconds: this.options.checkSeconds }, "digest scheduler running");
    };
    go();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.waiting) clearTimeout(this.waiting);
    await this.scheduler?.stop();
  }

  close(): void {
    this.store.close();
  }
}
