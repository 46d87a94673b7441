import type Database from "better-sqlite3";
import type { DeliveryRow, SubscriptionRow } from "./rows.js";

/** The SQL the store runs, prepared once. */
export function prepareStatements(db: Database.Database) {
  return {
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
