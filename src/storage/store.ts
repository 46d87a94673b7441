import type Database from "better-sqlite3";
import { statSync } from "node:fs";
import path from "node:path";
import {
  DATABASE_FILE,
  databaseProblem,
  openDatabase,
  watchDatabaseFile,
  type OpenOptions,
} from "./database.js";
import type { Delivery, DeliveryStatus, OffReason, Subscription } from "./types.js";

interface SubscriptionRow {
  chat_id: number;
  enabled: number;
  time: string;
  zone: string;
  created_at: number;
  updated_at: number;
  active_since: number;
  off_reason: string | null;
  off_detail: string | null;
  off_at: number | null;
  silent: number;
}

interface DeliveryRow {
  chat_id: number;
  local_date: string;
  due_at: number;
  claimed_at: number;
  sent_at: number | null;
  status: string;
  detail: string | null;
  attempts: number;
  retry_at: number | null;
  messages: number;
  articles: number;
}

const OFF_REASONS: readonly string[] = [
  "command",
  "blocked",
  "removed",
  "migrated",
] satisfies OffReason[];
const STATUSES: readonly string[] = [
  "sending",
  "sent",
  "skipped",
  "failed",
] satisfies DeliveryStatus[];

function toSubscription(r: SubscriptionRow): Subscription {
  return {
    chatId: r.chat_id,
    enabled: r.enabled === 1,
    time: r.time,
    zone: r.zone,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    activeSince: r.active_since,
    offReason:
      r.off_reason !== null && OFF_REASONS.includes(r.off_reason)
        ? (r.off_reason as OffReason)
        : undefined,
    offDetail: r.off_detail ?? undefined,
    offAt: r.off_at ?? undefined,
    silent: r.silent === 1, // undefined before migration 3: not silent
  };
}

function toDelivery(r: DeliveryRow): Delivery {
  return {
    chatId: r.chat_id,
    localDate: r.local_date,
    dueAt: r.due_at,
    claimedAt: r.claimed_at,
    sentAt: r.sent_at ?? undefined,
    status: (STATUSES.includes(r.status) ? r.status : "failed") as DeliveryStatus,
    detail: r.detail ?? undefined,
    attempts: r.attempts,
    retryAt: r.retry_at ?? undefined,
    messages: r.messages,
    articles: r.articles,
  };
}

/** What the digest needs from storage; the SQLite store implements it. */
export interface DigestStore {
  subscription(chatId: number): Subscription | undefined;
  enabledSubscriptions(): Subscription[];
  /** Turns the digest on (or changes its time/zone); due times before `now` are not owed. */
  enable(chatId: number, time: string, zone: string, now: number): Subscription;
  /**
   * Makes the chat's digests silent or not; a chat without a setting gets one (off, at
   * `defaults`), so the choice is kept for when the digest is turned on.
   */
  setSilent(
    chatId: number,
    silent: boolean,
    now: number,
    defaults: { time: string; zone: string },
  ): Subscription;
  /** Turns it off with the reason; false when the chat has no subscription. */
  disable(chatId: number, reason: OffReason, now: number, detail?: string): boolean;
  /** Moves a chat's subscription, deliveries and digested articles to its new id (group → supergroup). */
  moveChat(fromId: number, toId: number, now: number): boolean;
  delivery(chatId: number, localDate: string): Delivery | undefined;
  lastSent(chatId: number): Delivery | undefined;
  /** The most recent record by local date, whatever its status. */
  latestDelivery(chatId: number): Delivery | undefined;
  /**
   * Claims (chat, local date) before sending, in one transaction: true when this caller now owns
   * the send. An existing record blocks the claim, except a failed one whose retry time has come.
   */
  claim(
    chatId: number,
    localDate: string,
    dueAt: number,
    now: number,
    maxAttempts: number,
  ): boolean;
  markSent(
    chatId: number,
    localDate: string,
    now: number,
    articleIds: readonly string[],
    messages: number,
  ): void;
  markFailed(
    chatId: number,
    localDate: string,
    now: number,
    detail: string,
    retryAt?: number,
  ): void;
  /** Records a missed digest as skipped; false when a record already existed. */
  recordSkipped(
    chatId: number,
    localDate: string,
    dueAt: number,
    now: number,
    detail: string,
  ): boolean;
  digestedArticles(chatId: number): Set<string>;
  close(): void;
}

const SET_SILENT = `INSERT INTO subscriptions (chat_id, enabled, time, zone, created_at, updated_at, active_since, silent)
  VALUES (@chatId, 0, @time, @zone, @now, @now, @now, @silent)
  ON CONFLICT (chat_id) DO UPDATE SET silent = excluded.silent, updated_at = excluded.updated_at`;

/** The digest's tables in DATA_DIR/bot.db. Every write runs in a transaction. */
export class SqliteStore implements DigestStore {
  private closed = false;
  private silentStmt?: Database.Statement;
  private readonly stmt;

  constructor(readonly db: Database.Database) {
    this.stmt = {
      sub: db.prepare<[number], SubscriptionRow>("SELECT * FROM subscriptions WHERE chat_id = ?"),
      enabled: db.prepare<[], SubscriptionRow>(
        "SELECT * FROM subscriptions WHERE enabled = 1 ORDER BY chat_id",
      ),
      upsertSub: db.prepare(
        `INSERT INTO subscriptions (chat_id, enabled, time, zone, created_at, updated_at, active_since, off_reason, off_detail, off_at)
         VALUES (@chatId, 1, @time, @zone, @now, @now, @now, NULL, NULL, NULL)
         ON CONFLICT (chat_id) DO UPDATE SET enabled = 1, time = excluded.time, zone = excluded.zone, updated_at = excluded.updated_at,
           active_since = excluded.active_since, off_reason = NULL, off_detail = NULL, off_at = NULL`,
      ),
      disable: db.prepare(
        "UPDATE subscriptions SET enabled = 0, updated_at = @now, off_reason = @reason, off_detail = @detail, off_at = @now WHERE chat_id = @chatId",
      ),
      delivery: db.prepare<[number, string], DeliveryRow>(
        "SELECT * FROM deliveries WHERE chat_id = ? AND local_date = ?",
      ),
      lastSent: db.prepare<[number], DeliveryRow>(
        "SELECT * FROM deliveries WHERE chat_id = ? AND status = 'sent' ORDER BY sent_at DESC LIMIT 1",
      ),
      latest: db.prepare<[number], DeliveryRow>(
        "SELECT * FROM deliveries WHERE chat_id = ? ORDER BY local_date DESC, claimed_at DESC LIMIT 1",
      ),
      insertClaim: db.prepare(
        `INSERT INTO deliveries (chat_id, local_date, due_at, claimed_at, status, attempts)
         VALUES (@chatId, @localDate, @dueAt, @now, 'sending', 1)`,
      ),
      reclaim: db.prepare(
        `UPDATE deliveries SET status = 'sending', claimed_at = @now, attempts = attempts + 1, retry_at = NULL
         WHERE chat_id = @chatId AND local_date = @localDate AND status = 'failed'`,
      ),
      sent: db.prepare(
        `UPDATE deliveries SET status = 'sent', sent_at = @now, detail = NULL, retry_at = NULL, messages = @messages, articles = @articles
         WHERE chat_id = @chatId AND local_date = @localDate`,
      ),
      failed: db.prepare(
        "UPDATE deliveries SET status = 'failed', detail = @detail, retry_at = @retryAt WHERE chat_id = @chatId AND local_date = @localDate",
      ),
      skipped: db.prepare(
        `INSERT INTO deliveries (chat_id, local_date, due_at, claimed_at, status, detail)
         VALUES (@chatId, @localDate, @dueAt, @now, 'skipped', @detail) ON CONFLICT DO NOTHING`,
      ),
      digested: db.prepare<[number], { article_id: string }>(
        "SELECT article_id FROM digested_articles WHERE chat_id = ?",
      ),
      markDigested: db.prepare(
        "INSERT INTO digested_articles (chat_id, article_id, digested_at) VALUES (@chatId, @articleId, @now) ON CONFLICT DO NOTHING",
      ),
      moveSub: db.prepare(
        "UPDATE subscriptions SET chat_id = @toId, updated_at = @now WHERE chat_id = @fromId",
      ),
      moveDeliveries: db.prepare(
        `INSERT INTO deliveries (chat_id, local_date, due_at, claimed_at, sent_at, status, detail, attempts, retry_at, messages, articles)
         SELECT @toId, local_date, due_at, claimed_at, sent_at, status, detail, attempts, retry_at, messages, articles
         FROM deliveries WHERE chat_id = @fromId ON CONFLICT DO NOTHING`,
      ),
      dropDeliveries: db.prepare("DELETE FROM deliveries WHERE chat_id = @fromId"),
      moveDigested: db.prepare(
        `INSERT INTO digested_articles (chat_id, article_id, digested_at)
         SELECT @toId, article_id, digested_at FROM digested_articles WHERE chat_id = @fromId ON CONFLICT DO NOTHING`,
      ),
      dropDigested: db.prepare("DELETE FROM digested_articles WHERE chat_id = @fromId"),
    };
  }

  /** Opens DATA_DIR/bot.db (see openDatabase for what can go wrong and how it is reported). */
  static open(dataDir: string, options?: OpenOptions): SqliteStore {
    const store = new SqliteStore(openDatabase(dataDir, options));
    store.file = path.join(path.resolve(dataDir), DATABASE_FILE);
    store.opened = statSync(store.file);
    return store;
  }

  /** The file behind the store (when opened by path) and its identity then. */
  private file?: string;
  private opened?: { dev: number; ino: number };

  /** "ok", or what is wrong: the file deleted, replaced or unwritable, or a read failing. */
  health(): string {
    try {
      this.stmt.enabled.all();
    } catch (err) {
      return `cannot be read: ${err instanceof Error ? err.message : String(err)}`;
    }
    return (this.file && this.opened && databaseProblem(this.file, this.opened)) || "ok";
  }

  /** Calls `onLost` (once) when the file is deleted, replaced or made unwritable; returns a stop function. */
  watch(onLost: (reason: string) => void, everyMs?: number): () => void {
    return this.file ? watchDatabaseFile(this.file, onLost, everyMs) : () => undefined;
  }

  subscription(chatId: number): Subscription | undefined {
    const row = this.stmt.sub.get(chatId);
    return row ? toSubscription(row) : undefined;
  }

  enabledSubscriptions(): Subscription[] {
    return this.stmt.enabled.all().map(toSubscription);
  }

  enable(chatId: number, time: string, zone: string, now: number): Subscription {
    return this.db
      .transaction(() => {
        this.stmt.upsertSub.run({ chatId, time, zone, now });
        const row = this.stmt.sub.get(chatId);
        if (!row) throw new Error(`subscription for chat ${chatId} was not stored`);
        return toSubscription(row);
      })
      .immediate();
  }

  setSilent(
    chatId: number,
    silent: boolean,
    now: number,
    defaults: { time: string; zone: string },
  ): Subscription {
    return this.db
      .transaction(() => {
        // prepared here, not with the others: a store opened on an older schema (tests) has no such column
        this.silentStmt ??= this.db.prepare(SET_SILENT);
        this.silentStmt.run({ chatId, silent: silent ? 1 : 0, now, ...defaults });
        const row = this.stmt.sub.get(chatId);
        if (!row) throw new Error(`subscription for chat ${chatId} was not stored`);
        return toSubscription(row);
      })
      .immediate();
  }

  disable(chatId: number, reason: OffReason, now: number, detail?: string): boolean {
    return this.db
      .transaction(
        () => this.stmt.disable.run({ chatId, reason, detail: detail ?? null, now }).changes > 0,
      )
      .immediate();
  }

  moveChat(fromId: number, toId: number, now: number): boolean {
    if (fromId === toId) return false;
    return this.db
      .transaction(() => {
        const from = this.stmt.sub.get(fromId);
        if (!from) return false;
        // The new id's own setting, if it already has one, is newer: keep it and park the old one.
        if (this.stmt.sub.get(toId)) {
          this.stmt.disable.run({
            chatId: fromId,
            reason: "migrated",
            detail: `moved to chat ${toId}`,
            now,
          });
        } else {
          this.stmt.moveSub.run({ fromId, toId, now });
        }
        this.stmt.moveDeliveries.run({ fromId, toId });
        this.stmt.dropDeliveries.run({ fromId });
        this.stmt.moveDigested.run({ fromId, toId });
        this.stmt.dropDigested.run({ fromId });
        return true;
      })
      .immediate();
  }

  delivery(chatId: number, localDate: string): Delivery | undefined {
    const row = this.stmt.delivery.get(chatId, localDate);
    return row ? toDelivery(row) : undefined;
  }

  lastSent(chatId: number): Delivery | undefined {
    const row = this.stmt.lastSent.get(chatId);
    return row ? toDelivery(row) : undefined;
  }

  latestDelivery(chatId: number): Delivery | undefined {
    const row = this.stmt.latest.get(chatId);
    return row ? toDelivery(row) : undefined;
  }

  claim(
    chatId: number,
    localDate: string,
    dueAt: number,
    now: number,
    maxAttempts: number,
  ): boolean {
    return this.db
      .transaction(() => {
        const row = this.stmt.delivery.get(chatId, localDate);
        if (!row) {
          this.stmt.insertClaim.run({ chatId, localDate, dueAt, now });
          return true;
        }
        if (
          row.status === "failed" &&
          row.retry_at !== null &&
          row.retry_at <= now &&
          row.attempts < maxAttempts
        ) {
          return this.stmt.reclaim.run({ chatId, localDate, now }).changes > 0;
        }
        return false;
      })
      .immediate();
  }

  markSent(
    chatId: number,
    localDate: string,
    now: number,
    articleIds: readonly string[],
    messages: number,
  ): void {
    this.db
      .transaction(() => {
        this.stmt.sent.run({ chatId, localDate, now, messages, articles: articleIds.length });
        for (const articleId of articleIds) this.stmt.markDigested.run({ chatId, articleId, now });
      })
      .immediate();
  }

  markFailed(
    chatId: number,
    localDate: string,
    _now: number,
    detail: string,
    retryAt?: number,
  ): void {
    this.db
      .transaction(() =>
        this.stmt.failed.run({ chatId, localDate, detail, retryAt: retryAt ?? null }),
      )
      .immediate();
  }

  recordSkipped(
    chatId: number,
    localDate: string,
    dueAt: number,
    now: number,
    detail: string,
  ): boolean {
    return this.db
      .transaction(
        () => this.stmt.skipped.run({ chatId, localDate, dueAt, now, detail }).changes > 0,
      )
      .immediate();
  }

  digestedArticles(chatId: number): Set<string> {
    return new Set(this.stmt.digested.all(chatId).map((r) => r.article_id));
  }

  /** Idempotent: a second call does nothing. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.db.close();
  }
}
