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
import type { DigestStore } from "./digest-store.js";
import { toDelivery, toSubscription } from "./rows.js";
import { prepareStatements } from "./statements.js";
import type { Delivery, OffReason, Subscription } from "./types.js";

const SET_SILENT = `INSERT INTO subscriptions (chat_id, enabled, time, zone, created_at, updated_at, active_since, silent)
  VALUES (@chatId, 0, @time, @zone, @now, @now, @now, @silent)
  ON CONFLICT (chat_id) DO UPDATE SET silent = excluded.silent, updated_at = excluded.updated_at`;

/** The digest's tables in DATA_DIR/bot.db. Every write runs in a transaction. */
export class SqliteStore implements DigestStore {
  private closed = false;
  private silentStmt?: Database.Statement;
  private readonly stmt: ReturnType<typeof prepareStatements>;

  constructor(readonly db: Database.Database) {
    this.stmt = prepareStatements(db);
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
