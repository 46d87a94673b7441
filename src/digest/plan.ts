import type { Delivery, Subscription } from "../storage/types.js";
import { latestDue, nextDue, parseClockTime, type Due } from "./schedule.js";

/** A digest missed while the bot was down is still sent at start-up if it is less late than this. */
export const MISSED_LIMIT_MS = 6 * 60 * 60 * 1000;

export type Decision =
  /** Nothing owed now; `next` is the next due time. */
  | { kind: "wait"; next: Due }
  /** Owed: claim it and send. */
  | { kind: "send"; due: Due; lateMs: number }
  /** Owed but too late: record it as skipped (shown in the status), do not send. */
  | { kind: "skip"; due: Due; lateMs: number };

/**
 * What a subscription needs at `now`, given the delivery record for the latest due date.
 * Pure: the no-double-send guarantee comes from the record (claimed in a transaction
 * before sending), so a local date with any record is never sent again — except a failed
 * attempt Telegram never accepted, once its retry time has come.
 */
export function decide(
  sub: Subscription,
  now: number,
  recordFor: (localDate: string) => Delivery | undefined,
  missedLimitMs = MISSED_LIMIT_MS,
): Decision {
  const time = parseClockTime(sub.time) ?? { hour: 9, minute: 0 };
  const next = nextDue(now, time, sub.zone);
  if (!sub.enabled) return { kind: "wait", next };
  const due = latestDue(now, time, sub.zone);
  // Due times from before the digest was turned on (or its time changed) are not owed.
  if (due.at < sub.activeSince) return { kind: "wait", next };
  const lateMs = now - due.at;
  const record = recordFor(due.localDate);
  if (record) {
    const retry =
      record.status === "failed" &&
      record.retryAt !== undefined &&
      record.retryAt <= now &&
      lateMs < missedLimitMs;
    return retry ? { kind: "send", due, lateMs } : { kind: "wait", next };
  }
  return lateMs < missedLimitMs ? { kind: "send", due, lateMs } : { kind: "skip", due, lateMs };
}

/** When the scheduler should next look at this subscription (ms since the epoch). */
export function nextCheck(sub: Subscription, now: number, record: Delivery | undefined): number {
  const time = parseClockTime(sub.time) ?? { hour: 9, minute: 0 };
  const next = nextDue(now, time, sub.zone).at;
  if (record?.status === "failed" && record.retryAt !== undefined && record.retryAt > now)
    return Math.min(next, record.retryAt);
  return next;
}
