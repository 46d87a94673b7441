/** The digest tables' rows as SQLite gives them, and the records they become. */
import type { Delivery, DeliveryStatus, OffReason, Subscription } from "./types.js";

export interface SubscriptionRow {
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
  /** Since migration 3. */
  silent: number;
}

export interface DeliveryRow {
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

export function toSubscription(r: SubscriptionRow): Subscription {
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
    silent: r.silent === 1,
  };
}

export function toDelivery(r: DeliveryRow): Delivery {
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
