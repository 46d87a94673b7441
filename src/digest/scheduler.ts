import type { Analysis } from "../model/analysis.js";
import type { Logger } from "../log/logger.js";
import { renderMessages, type RenderedMessage } from "../render/messages.js";
import type { DigestStore } from "../storage/digest-store.js";
import type { Subscription } from "../storage/types.js";
import { composeDigest, MAX_DIGEST_MESSAGES } from "./compose.js";
import { formatDuration, formatLocal } from "./format.js";
import { decide, MISSED_LIMIT_MS, nextCheck } from "./plan.js";

/** What happened when a digest was handed to Telegram. `messages` = how many it accepted. */
export type DeliveryResult =
  | { ok: true; messages: number }
  /** Telegram will not take messages for this chat any more: switch the digest off. */
  | { ok: false; messages: number; reason: "blocked" | "removed"; detail: string }
  /** The group became a supergroup with a new id. */
  | { ok: false; messages: number; reason: "migrated"; newChatId: number; detail: string }
  /** Anything else; retryable when nothing was delivered and trying again could help. */
  | { ok: false; messages: number; reason: "error"; detail: string; retryable: boolean };

/** `silent`: sent without a notification (the chat's choice). */
export type Deliver = (
  chatId: number,
  messages: RenderedMessage[],
  options?: { silent?: boolean },
) => Promise<DeliveryResult>;

export interface SchedulerOptions {
  store: DigestStore;
  /** The articles a chat sees now (the shared ones and its own), newest first. */
  analyses: (chatId: number) => readonly Analysis[];
  deliver: Deliver;
  log: Logger;
  now?: () => number;
  /** Longest sleep between two looks at the schedule (default 20 s). */
  checkMs?: number;
  missedLimitMs?: number;
  /** Attempts for a digest Telegram never accepted (default 3), this far apart (default 5 min). */
  maxAttempts?: number;
  retryDelayMs?: number;
}

export interface TickReport {
  sent: number[];
  skipped: number[];
  failed: number[];
  switchedOff: number[];
}

/** A wake-up shortly after a due minute starts, so latestDue() already includes it. */
const AFTER_DUE_MS = 50;
const MIN_SLEEP_MS = 250;

/**
 * The alarm clock. Wakes at the next due time (or every checkMs at the latest), sends what
 * is owed — claiming each (chat, local date) in the database first, so no restart or crash
 * can send a day twice — and records what happened. A digest missed while the bot was
 * down is sent once at start-up when less than 6 h late, else recorded as skipped.
 */
export class DigestScheduler {
  private readonly now: () => number;
  private readonly checkMs: number;
  private readonly missedLimitMs: number;
  private readonly maxAttempts: number;
  private readonly retryDelayMs: number;
  private timer: NodeJS.Timeout | undefined;
  private running = false;
  private stopping = false;
  private current: Promise<TickReport> | undefined;
  private again = false;

  constructor(private readonly options: SchedulerOptions) {
    this.now = options.now ?? Date.now;
    this.checkMs = options.checkMs ?? 20_000;
    this.missedLimitMs = options.missedLimitMs ?? MISSED_LIMIT_MS;
    this.maxAttempts = options.maxAttempts ?? 3;
    this.retryDelayMs = options.retryDelayMs ?? 5 * 60_000;
  }

  /** Starts the loop; the first look (catching up on missed digests) is immediate. */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.stopping = false;
    this.arm(0);
  }

  /** A setting changed: look again now rather than at the next planned wake-up. */
  poke(): void {
    if (!this.running) return;
    if (this.current) {
      this.again = true;
      return;
    }
    this.arm(0);
  }

  /** Stops the loop and waits for a send in progress to be recorded. Idempotent. */
  async stop(): Promise<void> {
    this.running = false;
    this.stopping = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    await this.current?.catch(() => undefined);
  }

  private arm(delay: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.current = this.tick()
        .catch((err: unknown) => {
          this.options.log.error({ err }, "digest check failed");
          return { sent: [], skipped: [], failed: [], switchedOff: [] };
        })
        .finally(() => {
          this.current = undefined;
          if (!this.running) return;
          const delay = this.again ? 0 : this.sleepMs();
          this.again = false;
          this.arm(delay);
        });
    }, delay);
    this.timer.unref();
  }

  /** How long to sleep: until the soonest due time or retry, at most checkMs. */
  sleepMs(): number {
    const now = this.now();
    let soonest = now + this.checkMs;
    try {
      for (const sub of this.options.store.enabledSubscriptions()) {
        soonest = Math.min(
          soonest,
          nextCheck(sub, now, this.options.store.latestDelivery(sub.chatId)) + AFTER_DUE_MS,
        );
      }
    } catch (err) {
      this.options.log.error({ err }, "could not read the digest schedule");
    }
    return Math.max(MIN_SLEEP_MS, Math.min(this.checkMs, soonest - now));
  }

  /** One look at every subscription: send what is owed, record what is skipped. */
  async tick(): Promise<TickReport> {
    const report: TickReport = { sent: [], skipped: [], failed: [], switchedOff: [] };
    const subs = this.options.store.enabledSubscriptions();
    for (const sub of subs) {
      if (this.stopping) break;
      try {
        await this.handle(sub, report);
      } catch (err) {
        report.failed.push(sub.chatId);
        this.options.log.error({ err, chatId: sub.chatId }, "digest failed");
      }
    }
    return report;
  }

  private async handle(sub: Subscription, report: TickReport): Promise<void> {
    const { store, log } = this.options;
    const now = this.now();
    const decision = decide(
      sub,
      now,
      (localDate) => store.delivery(sub.chatId, localDate),
      this.missedLimitMs,
    );
    if (decision.kind === "wait") return;
    const { due, lateMs } = decision;
    if (decision.kind === "skip") {
      const detail = `not sent: it was due ${formatLocal(due.at, sub.zone)} and the bot was not running until ${formatDuration(lateMs)} later (digests more than ${formatDuration(this.missedLimitMs)} late are skipped)`;
      if (store.recordSkipped(sub.chatId, due.localDate, due.at, now, detail)) {
        report.skipped.push(sub.chatId);
        log.warn({ chatId: sub.chatId, localDate: due.localDate, lateMs }, "missed digest skipped");
      }
      return;
    }
    if (!store.claim(sub.chatId, due.localDate, due.at, now, this.maxAttempts)) return;
    let messages: RenderedMessage[];
    let articleIds: string[];
    try {
      const digest = composeDigest({
        analyses: this.options.analyses(sub.chatId),
        digested: store.digestedArticles(sub.chatId),
        today: due.localDate,
        lastDigest: store.lastSent(sub.chatId)?.localDate,
      });
      messages = renderMessages(digest.reply).slice(0, MAX_DIGEST_MESSAGES);
      articleIds = digest.articleIds;
    } catch (err) {
      store.markFailed(
        sub.chatId,
        due.localDate,
        now,
        `could not compose the digest: ${String(err)}`,
        now + this.retryDelayMs,
      );
      throw err;
    }
    let result: DeliveryResult;
    try {
      result = await this.options.deliver(sub.chatId, messages, { silent: sub.silent });
    } catch (err) {
      // Unknown whether anything arrived: do not risk a double.
      result = {
        ok: false,
        messages: 0,
        reason: "error",
        detail: err instanceof Error ? err.message : String(err),
        retryable: false,
      };
    }
    const after = this.now();
    if (result.ok) {
      store.markSent(sub.chatId, due.localDate, after, articleIds, result.messages);
      report.sent.push(sub.chatId);
      log.info(
        {
          chatId: sub.chatId,
          localDate: due.localDate,
          messages: result.messages,
          articles: articleIds.length,
          lateMs,
        },
        "digest sent",
      );
      return;
    }
    report.failed.push(sub.chatId);
    switch (result.reason) {
      case "blocked":
      case "removed":
        store.markFailed(sub.chatId, due.localDate, after, result.detail);
        store.disable(sub.chatId, result.reason, after, result.detail);
        report.switchedOff.push(sub.chatId);
        log.warn(
          { chatId: sub.chatId, detail: result.detail },
          "digest switched off: Telegram refuses messages for this chat",
        );
        return;
      case "migrated":
        store.markFailed(sub.chatId, due.localDate, after, result.detail, after);
        store.moveChat(sub.chatId, result.newChatId, after);
        log.info(
          { from: sub.chatId, to: result.newChatId },
          "chat became a supergroup; digest moved to its new id",
        );
        this.again = true;
        return;
      case "error": {
        const retryAt =
          result.retryable && result.messages === 0 ? after + this.retryDelayMs : undefined;
        store.markFailed(sub.chatId, due.localDate, after, result.detail, retryAt);
        log.error({ chatId: sub.chatId, detail: result.detail, retryAt }, "digest not delivered");
      }
    }
  }
}
