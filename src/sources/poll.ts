import type { FeedItem } from "./feeds.js";

/**
 * Where polling one feed stands, kept between polls (and restarts): the validators for
 * conditional requests, the run of failures, and when to look next. Pure functions move
 * it along; the clock is always passed in.
 */
export interface FeedPollState {
  url: string;
  etag?: string;
  lastModified?: string;
  /** Failures in a row; 0 after any success. */
  failures: number;
  /** One-line reason of the last failure. */
  lastError?: string;
  lastPolledAt?: number;
  lastSuccessAt?: number;
  /** When the feed is due again (ms since epoch). */
  nextPollAt: number;
}

export interface PollTiming {
  /** FEED_POLL_MINUTES in ms. */
  intervalMs: number;
  /** Longest wait after failures (default 24 hours). */
  maxBackoffMs?: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** A feed just added: due at once. */
export function newPollState(url: string, now: number): FeedPollState {
  return { url, failures: 0, nextPollAt: now };
}

export function isDue(state: FeedPollState, now: number): boolean {
  return now >= state.nextPollAt;
}

/** The validators to send (If-None-Match / If-Modified-Since). */
export function conditionalRequest(state: FeedPollState): { etag?: string; lastModified?: string } {
  return { etag: state.etag, lastModified: state.lastModified };
}

/**
 * After an answer (200 or 304): new validators replace the old (a 304 that repeats none
 * keeps them), failures are forgotten and the next poll is one interval away.
 */
export function afterPollSuccess(
  state: FeedPollState,
  answer: { notModified: boolean; etag?: string; lastModified?: string },
  now: number,
  timing: PollTiming,
): FeedPollState {
  return {
    url: state.url,
    etag: answer.notModified ? (answer.etag ?? state.etag) : answer.etag,
    lastModified: answer.notModified
      ? (answer.lastModified ?? state.lastModified)
      : answer.lastModified,
    failures: 0,
    lastPolledAt: now,
    lastSuccessAt: now,
    nextPollAt: now + timing.intervalMs,
  };
}

/** After a failure: the wait doubles with each failure in a row, up to the longest wait. */
export function afterPollFailure(
  state: FeedPollState,
  reason: string,
  now: number,
  timing: PollTiming,
): FeedPollState {
  const failures = state.failures + 1;
  return {
    ...state,
    failures,
    lastError: reason,
    lastPolledAt: now,
    nextPollAt: now + backoffMs(failures, timing),
  };
}

/** interval × 2^failures, at most maxBackoffMs (and never less than the interval). */
export function backoffMs(failures: number, timing: PollTiming): number {
  const max = Math.max(timing.maxBackoffMs ?? DAY_MS, timing.intervalMs);
  const factor = 2 ** Math.min(Math.max(failures, 0), 30);
  return Math.min(timing.intervalMs * factor, max);
}

/**
 * The items not seen before (by guid or by URL), newest first, at most `max`. On a feed
 * just added, `max` keeps a long back catalogue from flooding a chat.
 */
export function unseenItems(
  items: readonly FeedItem[],
  seen: ReadonlySet<string>,
  max = Infinity,
): FeedItem[] {
  const fresh = items.filter((i) => !seen.has(i.guid) && !(i.url !== undefined && seen.has(i.url)));
  const time = (i: FeedItem) => (i.published ? Date.parse(i.published) : -Infinity);
  return fresh
    .map((item, order) => ({ item, order }))
    .sort((a, b) => time(b.item) - time(a.item) || a.order - b.order)
    .slice(0, max)
    .map((x) => x.item);
}
