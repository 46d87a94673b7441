import type { Delivery, OffReason, Subscription } from "./types.js";

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
